package code

import "testing"

// TestVenueTarget: an international body named as the forum or
// instrument of an act ("at U.N. climate talks", "for WTO arbitration")
// is its setting, no target; a body the act is aimed at stays.
func TestVenueTarget(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"a pledge at a body's talks: the body is the venue", "Kenya pledged at U.N. climate talks to cut emissions.",
			nil, []string{"/IGOUNO/"}},
		{"requests for a body's arbitration: the body is the forum", "Kenya and Uganda agreed to suspend their requests for WTO arbitration.",
			nil, []string{"/IGOBUSWTO/"}},
		{"a body criticised at a summit stays the target", "Kenya criticised the United Nations at the summit.",
			[]string{"KEN/IGOUNO/111"}, nil},
		{"a body's resolution welcomed stays", "Kenya welcomed the U.N. resolution.",
			[]string{"KEN/IGOUNO/051"}, nil},
		{"an appeal to a body stays", "Kenya appealed to the United Nations for help.",
			[]string{"KEN/IGOUNO/023"}, nil},
		{"a speaker at a meeting of a body's ministers addresses them", "Kenyan farm minister John Kamau, speaking at a meeting of EU farm ministers, called for action to help maize growers.",
			[]string{"KENGOV/IGOEUREEC/010"}, nil},
		{"a body's session is the setting of a proposal", "Kenya proposed a regional trade plan at the 60th session of the United Nations General Assembly.",
			nil, []string{"/IGOUNO/"}},
		{"a proposal to a body stays", "Kenya proposed a regional trade plan to the United Nations.",
			[]string{"KEN/IGOUNO/"}, nil},
	})
}
