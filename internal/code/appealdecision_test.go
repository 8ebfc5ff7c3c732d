package code

import "testing"

// TestAppealedDecision: appealing a decision, ruling or approval is a
// legal appeal, no appeal (02x) to whose decision it was; an appeal to
// an actor stays.
func TestAppealedDecision(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"appeal an approval", "The Kenyan ministry will appeal Uganda's approval of the sales.", nil, []string{"KENGOV/UGA/020"}},
		{"appealed against a ruling", "The Kenyan ministry appealed against the Ugandan court's ruling.", nil, []string{"KENGOV/UGAJUD/020", "KENGOV/UGA/020"}},
		{"appealed to stays", "Kenya appealed to Uganda to reopen the border.", []string{"KEN/UGA/020"}, nil},
	})
}
