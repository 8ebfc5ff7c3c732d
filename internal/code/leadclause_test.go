package code

import "testing"

// TestLeadClause: a sentence's one person after an opening clause with a
// verb ("After the war ended, Senator X …") is still its lead subject, so
// "He" opening the next sentence stands for that person; a pronoun for
// the same person later in the sentence keeps the lead. A person named
// only inside the opening clause is no lead.
func TestLeadClause(t *testing.T) {
	c := testCoder(t)
	const us = "The White House said the United States would act. "
	checkTripleCases(t, c, "2016-04-12", "", []tripleCase{
		{"after an opening clause", us + "After the war ended, Senator John Smithers was absent.\n\nHe criticised the Kenyan president.",
			[]string{"USALEG/KENGOV/111"}, nil},
		{"after an As clause, with his own pronoun", us + "As the Republican candidates battled in Wisconsin, Senator John Smithers was absent from his home state, but he was busy.\n\nHe criticised the Kenyan president.",
			[]string{"USALEG/KENGOV/111"}, nil},
		{"no opening clause, as before", us + "Senator John Smithers was absent.\n\nHe criticised the Kenyan president.",
			[]string{"USALEG/KENGOV/111"}, nil},
		{"a person only in the opening clause", us + "After Senator John Smithers left, the war ended.\n\nHe criticised the Kenyan president.",
			nil, []string{"USALEG/KENGOV/111"}},
	})
}
