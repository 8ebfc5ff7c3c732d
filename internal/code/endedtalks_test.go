package code

import "testing"

// TestEndedHeldTalks: talks or a meeting ended after a stated time or
// number of rounds were held, no cut in relations; talks broken off,
// suspended, called off or abruptly ended stay 16x.
func TestEndedHeldTalks(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"days of talks in a venue", "Kenya ended two days of talks in Uganda.",
			nil, []string{"KEN/UGA/"}},
		{"hours of talks with a partner", "Kenya ended six hours of talks with Uganda.",
			nil, []string{"KEN/UGA/16"}},
		{"rounds of talks", "The Kenyan president ended three rounds of talks with Uganda on Friday.",
			nil, []string{"KENGOV/UGA/16"}},
		{"a three-day meeting", "Kenya ended a three-day meeting with Uganda.",
			nil, []string{"KEN/UGA/16"}},
		{"broke off talks stays", "Kenya broke off talks with Uganda.",
			[]string{"KEN/UGA/164"}, nil},
		{"suspended talks stays", "Kenya suspended talks with Uganda.",
			[]string{"KEN/UGA/164"}, nil},
		{"called off talks stays", "Kenya called off talks with Uganda.",
			[]string{"KEN/UGA/164"}, nil},
		{"abruptly ended talks stays", "Kenya abruptly ended two days of talks with Uganda.",
			[]string{"KEN/UGA/164"}, nil},
	})
}
