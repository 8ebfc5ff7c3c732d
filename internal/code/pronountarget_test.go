package code

import "testing"

// A target pronoun standing for another person named in its own sentence
// tells a same-code pair apart (pronountarget.go); "the premier" is a
// prime minister's title (titleholder.go).
func TestPronounTargetOther(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-03-01", "GBR", []tripleCase{
		{"object pronoun", "Tony Blair met Gordon Brown on Monday and praised him.", []string{"GBRGOV/GBRGOV/051"}, nil},
		{"object pronoun after a said clause", "Tony Blair said Gordon Brown would have a key role, and praised him.", []string{"GBRGOV/GBRGOV/051"}, nil},
		{"the premier against a named other", "Tony Blair spoke in London on Monday. The premier praised Mr Brown.", []string{"GBRGOV/GBRGOV/051"}, nil},
		// a reflexive is the source itself
		{"reflexive", "Tony Blair met Gordon Brown on Monday and praised himself.", nil, []string{"GBRGOV/GBRGOV"}},
		// an object pronoun from an earlier sentence is never the source
		{"object from an earlier sentence", "Gordon Brown spoke on Monday. Tony Blair praised him.", []string{"GBRGOV/GBRGOV/051"}, nil},
		// a possessive from an earlier sentence: not told apart
		{"possessive from an earlier sentence", "Gordon Brown spoke on Monday. Tony Blair praised his handling of the economy.", nil, []string{"GBRGOV/GBRGOV"}},
		// the premier is the named person himself
		{"the premier himself", "Tony Blair spoke in London on Monday. The premier praised Mr Blair.", nil, []string{"GBRGOV/GBRGOV"}},
	})
}
