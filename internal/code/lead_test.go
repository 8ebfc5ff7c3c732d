package code

import "testing"

// TestLedNotArmed: a bare "lead" or "head" between actors that bear no
// arms is no act toward the one led or trailed (lead.go ledNotArmed).
func TestLedNotArmed(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"a poll lead by percentages", "The Kenyan government leads the Kenyan opposition by 39% to 34%.",
			nil, []string{"/03", "/06"}},
		{"a poll lead among voters", "The Kenyan senator leads the Kenyan president among young voters.",
			nil, []string{"KENLEG/KENGOV/06", "KENLEG/KENGOV/03"}},
		{"a team led by a person", "The Kenyan government team, led by the Ugandan economist, has worked on the plan since June.",
			nil, []string{"UGA/KENGOV/06", "KENGOV/UGA/06"}},
		{"armed troops led stay", "Kenya led Ugandan troops into the border zone.",
			[]string{"KEN/UGAMIL/060"}, nil},
		{"a lead between two countries' bodies stays", "The Kenyan government leads the Ugandan opposition party.",
			[]string{"KENGOV/UGAOPP/060"}, nil},
		{"a delegation led stays", "The Kenyan minister led a delegation to Uganda.",
			[]string{"KENGOV/UGA/042"}, nil}, // a visit (the generator's "LEAD * DELEGATION TO +" 042)
	})
}
