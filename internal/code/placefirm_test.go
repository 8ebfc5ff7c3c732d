package code

import "testing"

// TestJoinedFirmName: a place opening a firm's name joined by "and" is
// part of the name, no actor.
func TestJoinedFirmName(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2005-01-15", "", []tripleCase{
		{"a place opening a joined firm name", "Kenya criticised Uganda Power and Light Co for the blackout.", nil, []string{"KEN/UGA/111"}},
		{"two places in a joined firm name", "Kenya criticised Uganda and Tanzania Shipping Co for the delay.", nil, []string{"KEN/UGA/111", "KEN/TZA/111"}},
		{"a joined firm name as source", "Kenya and Uganda Railways Corp criticised Tanzania.", nil, []string{"KEN/TZA/111"}},
		{"two countries joined stay", "Kenya criticised Uganda and West Germany.", []string{"KEN/UGA/111", "KEN/DEU/111"}, nil},
		{"two countries before a day stay", "Kenya criticised Uganda and Tanzania on Monday.", []string{"KEN/UGA/111", "KEN/TZA/111"}, nil},
	})
}
