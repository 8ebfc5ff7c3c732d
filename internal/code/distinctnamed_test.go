package code

import "testing"

// Two people or bodies of one code named apart (issue 12 item 3), and
// the self-dyads that stay dropped.
func TestDistinctNamed(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2016-03-01", "", []tripleCase{
		// namesakes: two entries of one surname, each with its given name
		{"namesakes", "Bill Clinton praised Hillary Clinton.", []string{"USAELI/USAELI/051"}, nil},
		{"namesakes the other way", "Hillary Clinton criticised Bill Clinton on Tuesday.", []string{"USAELI/USAELI/111"}, nil},
		// a bare surname or an honorific beside the full name: not told apart
		{"bare surname", "Bill Clinton praised Clinton.", nil, []string{"USAELI/USAELI"}},
		{"honorific and surname", "Bill Clinton praised Mrs Clinton.", nil, []string{"USAELI/USAELI"}},
		// an owner is no actor of the verb
		{"owner", "During Bill Clinton's presidency the donor backed Hillary Clinton.", nil, []string{"USAELI/USAELI"}},
		// one person named twice
		{"one person twice", "Hillary Clinton praised Hillary Clinton.", nil, []string{"USAELI/USAELI"}},
	})
	checkTripleCases(t, c, "2005-03-01", "", []tripleCase{
		// a pronoun for the speaker named before the speech verb
		{"he after said", "Tony Blair said he still admired Gordon Brown.", []string{"GBRGOV/GBRGOV/051"}, nil},
		{"adds that", "John Prescott adds that he urged Gordon Brown to act.", []string{"GBRGOV/GBRGOV/020"}, nil},
		// a pronoun that refers back to the target, a reflexive, a plural,
		// a pronoun of an earlier sentence: no event between two people
		{"pronoun of the target", "Gordon Brown said he criticised Gordon Brown.", nil, []string{"GBRGOV/GBRGOV"}},
		{"reflexive", "Tony Blair said he criticised himself.", nil, []string{"GBRGOV/GBRGOV"}},
		{"plural", "Tony Blair met Iran. Ministers said they criticised Gordon Brown.", nil, []string{"GBRGOV/GBRGOV"}},
		{"earlier sentence", "Tony Blair met Iran. He criticised Gordon Brown.", nil, []string{"GBRGOV/GBRGOV"}},
		// no speech verb between the name and the pronoun
		{"no speech verb", "Tony Blair gave a speech in which he praised Gordon Brown.", nil, []string{"GBRGOV/GBRGOV"}},
		// a body of the speaker's code: his own
		{"body target", "Tony Blair said he criticised the Cabinet.", nil, []string{"GBRGOV/GBRGOV"}},
		// the target the subject of its own verb: what was said about it
		{"target a subject", "Tony Blair said he hoped Gordon Brown would win.", nil, []string{"GBRGOV/GBRGOV"}},
		{"target a subject of a condition", "Tony Blair said he would not resign even if Gordon Brown asked.", nil, []string{"GBRGOV/GBRGOV"}},
	})
}
