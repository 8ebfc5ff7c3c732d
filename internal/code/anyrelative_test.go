package code

import "testing"

// TestAnyRelative: a relative clause of an "any" phrase names a class of
// actors, no act of theirs (anyRelative, chprec22, issue 17).
func TestAnyRelative(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"any troops that remain", "Al-Shabaab has threatened to attack any Kenyan troops that remain in Somalia after June.", []string{"SOMREB/KENMIL/130"}, []string{"KENMIL/SOM"}},
		{"troops that remain", "Kenyan troops that remain in Somalia attacked al-Shabaab.", []string{"KENMIL/SOM/150"}, nil},
	})
}
