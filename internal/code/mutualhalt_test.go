package code

import "testing"

// TestJointHaltedTalks: talks that a compound subject suspends, calls
// off or breaks off without a partner named are halted between its
// members, 164 both ways (mutualCode); a partner after "with" stays the
// one target.
func TestJointHaltedTalks(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"suspended talks", "Kenya and Uganda suspended talks.",
			[]string{"KEN/UGA/164", "UGA/KEN/164"}, nil},
		{"broke off talks", "Kenya and Uganda broke off talks.",
			[]string{"KEN/UGA/164", "UGA/KEN/164"}, nil},
		{"leaders called off their talks", "The Kenyan and Ugandan presidents called off their talks.",
			[]string{"KENGOV/UGAGOV/164", "UGAGOV/KENGOV/164"}, nil},
		{"a partner after with is the target", "Kenya and Uganda suspended talks with Sudan.",
			[]string{"KEN/SDN/164", "UGA/SDN/164"}, []string{"KEN/UGA/164", "UGA/KEN/164"}},
		{"one side suspends", "Kenya suspended talks with Uganda.",
			[]string{"KEN/UGA/164"}, []string{"UGA/KEN/164"}},
	})
}
