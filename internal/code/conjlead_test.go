package code

import "testing"

// TestConjLead: a verb after "and" with an auxiliary or a time phrase
// before it shares the subject of the verb before "and", not a noun of
// that verb's object; with no actor right before the first verb the
// source stays as it was (conjlead.go).
func TestConjLead(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"'and on Tuesday will': the subject of 'wants'", "The Kenyan opposition wants quotas for Ugandan migrants and refugees and on Tuesday will outline its plans for the Ugandan government.",
			[]string{"KENOPP/UGAGOV/014"}, []string{"UGACVL/UGAGOV/"}},
		{"'and last week': no refugee deports", "Kenyan police arrested Ugandan traders and refugees and last week deported them to Uganda.",
			[]string{"KENCOP/UGABUS/173"}, []string{"UGAREF/"}},
		{"'and will': the subject of 'criticised'", "The Kenyan government criticised Ugandan rebels and will ask the African Union for help.",
			[]string{"KENGOV/UGAREB/111", "KENGOV/IGOAFRAFU/020"}, []string{"UGAREB/IGOAFRAFU/"}},
		{"no actor right before the first verb: the source stays", "The United States also was pressing Canada to stop subsidies and was talking with Canadian representatives.",
			[]string{"USA/CAN/046", "CAN/USA/046"}, nil},
		{"'has met … and today signed': the source stays", "The Kenyan president has met Ugandan leaders and today signed an agreement with Tanzania.",
			[]string{"KENGOV/TZA/057"}, nil},
		{"two subjects joined by 'and' before a modal: unchanged", "Kenya and Uganda will meet on Tuesday.",
			[]string{"KEN/UGA/036", "UGA/KEN/036"}, nil},
	})
}
