package code

import "testing"

// TestMoveBy checks moveBy (recall22, issue 12): a participle of
// judgement after ", a move" or "in a move" (decision, step) with an
// agent after "by" codes the agent judging the sentence's opening actor,
// even after the clause's own event.
func TestMoveBy(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, date string
		want             string // SRC/TGT/CODE that must be among the events; "" none at all
	}{
		{"a move criticised by, after an event", "Kenya imposed sanctions on Uganda, a move criticised by Tanzania.", "2010-01-01", "TZA/KEN/111"},
		{"the clause's own event stays", "Kenya imposed sanctions on Uganda, a move criticised by Tanzania.", "2010-01-01", "KEN/UGA/163"},
		{"in a move condemned by", "President Kibaki raised prices in a move condemned by Uganda.", "2010-01-01", "UGA/KENGOV/111"},
		{"branded with a quoted complement", `Kenya raised prices, in a move branded "a disgrace" by Uganda.`, "2010-01-01", "UGA/KEN/111"},
		{"a move welcomed by", "Kenya raised prices, a move welcomed by Uganda.", "2010-01-01", "UGA/KEN/051"},
		// no judgement: planning a move is no act on the one who made it
		{"planned by", "Kenya raised prices, a move planned by the Kenyan president.", "2010-01-01", ""},
		// no agent that is an actor
		{"no agent", "Kenya raised prices, a move criticised by economists.", "2010-01-01", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriple(t, c, tc.text, tc.date, tc.want)
		})
	}
}
