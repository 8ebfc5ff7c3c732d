package code

import "testing"

// TestShadowAndForces: a state's title after "shadow" is the
// opposition's; "forces" after a country is its military, not when it
// is the verb.
func TestShadowAndForces(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-03-01", "GBR", []tripleCase{
		{"shadow and a portfolio", "Shadow health secretary John Okello criticised the government.",
			[]string{"GBROPP/GBRGOV/111"}, []string{"GBRGOV/GBRGOV"}},
		{"shadow and a portfolio of several words", "The shadow work and pensions secretary criticised the government.",
			[]string{"GBROPP/GBRGOV/111"}, nil},
		{"a shadow of something", "The shadow of the health secretary fell on the government.",
			nil, []string{"GBROPP"}},
	})
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"a country's forces", "Kenyan forces attacked al-Shabaab in Somalia.",
			[]string{"KENMIL/SOMREB/190"}, nil},
		{"a leader's forces", "Kenya-led forces attacked al-Shabaab in Somalia.",
			[]string{"KENMIL/SOMREB/190"}, nil},
		{"the verb", "Kenya forces Uganda to close the border.",
			[]string{"KEN/UGA/170"}, []string{"KENMIL"}},
	})
}
