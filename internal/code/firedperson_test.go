package code

import "testing"

// TestFiredPerson checks firedPerson (cover17, issue 17): "fire" with an
// actor as its direct object is a dismissal, no force; fired at or on, or
// a weapon fired, keeps the force.
func TestFiredPerson(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"fired the chief", "The Kenyan president fired the police chief on Tuesday.", nil, []string{"KENGOV/KENCOP/"}},
		{"fired a named chief", "The Kenyan president fired John Mwangi, the Kenyan police chief, on Tuesday.", nil, []string{"KENGOV/KENCOP/"}},
		{"fired on", "Kenyan troops fired on Ugandan soldiers.", []string{"KENMIL/UGAMIL/190"}, nil},
		{"fired rockets at", "Kenyan troops fired rockets at Uganda.", []string{"KENMIL/UGA/19"}, nil},
	}
	for _, tc := range tests {
		checkTriples(t, c, tc.name, tc.text, "2010-01-01", "", tc.want, tc.not)
	}
}
