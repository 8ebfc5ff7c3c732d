package code

import (
	"context"
	"strings"
	"testing"
)

// TestJudgedInSaid: a judgement of another actor inside what was said
// (said.go); the events must be exactly these.
func TestJudgedInSaid(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"has failed", "Kenya said the Ugandan government had failed its farmers.", "KEN/UGAGOV/111"},
		{"is lying", "Kenya said Uganda was lying.", "KEN/UGA/112"},
		{"an act judged", "Kenya said Uganda's new policy was a complete disaster.", "KEN/UGA/111"},
		{"comments in quotation marks", "Kenya said the Ugandan president's comments were \"highly irresponsible\".", "KEN/UGAGOV/111"},
		{"right to", "Kenya said Uganda was right to reopen the border.", "KEN/UGA/051"},
		{"welcome", "Kenya said Uganda's decision was welcome.", "KEN/UGA/051"},
		{"told that", "Kenya told the summit that Uganda had lied.", "KEN/UGA/112"},
		{"the speaker after", "Uganda has failed its people, Kenya said.", "KEN/UGA/111"},
		{"the speaker after a quotation", "\"Uganda was wrong,\" the Kenyan minister said.", "KENGOV/UGA/111"},
		{"the agent of a judged act", "Kenya said many people felt let down by the Ugandan government.", "KEN/UGAGOV/111"},
		{"a say-verb after but", "Kenya backed the plan but said Uganda had been playing catch-up.", "KEN/UGA/111"},
		{"a thing possessed is no act", "Kenya said Uganda's drought was a disaster.", ""},
		{"negated", "Kenya said Uganda was not wrong.", ""},
		{"would be: advice", "Kenya said Uganda would be wrong to leave.", ""},
		{"passive: the subject suffered it", "Kenya said Uganda had been let down.", ""},
		{"the speaker's own code", "Kenya said Kenya had failed.", ""},
		{"a pronoun", "Kenya said it had been wrong.", ""},
		{"failing to reach a deal is no fault", "Kenya said Uganda had failed to reach agreement on the budget.", ""},
		{"a list with the speaker's side", "Kenya and Uganda have failed the refugees, Kenya said.", ""},
		{"a feeling in the passive: its bearer disapproves", "Kenya was disappointed by Uganda.", "KEN/UGA/110"},
		{"a statement with no judgement", "Kenya said Uganda had sent a delegation.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2010-01-01")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
