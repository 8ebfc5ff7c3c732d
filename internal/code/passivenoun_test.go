package code

import "testing"

// TestPassiveNoun checks passiveNoun (recall22, issue 12): a verb
// pattern's noun as the passive's subject ("a complaint was lodged with
// Uganda by Kenya") codes as the active does, the agent after "by" the
// source, the actor after "to", "with", "on" or "against" the target;
// and MAKE "* COMPLAINT" (verbs.dyad), 114 as LODGE and FILE have it.
func TestPassiveNoun(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, date string
		want             string // SRC/TGT/CODE that must be among the events; "" none at all
	}{
		{"sanctions imposed on, by", "Sanctions were imposed on Uganda by Kenya.", "2010-01-01", "KEN/UGA/163"},
		{"complaint lodged with, by", "A complaint was lodged with Uganda by Kenya.", "2010-01-01", "KEN/UGA/114"},
		{"complaint lodged by, against", "A complaint was lodged by Kenya against Uganda.", "2010-01-01", "KEN/UGA/114"},
		{"complaint made, perfect", "An official complaint has been made to Ugandan officials by the Kenyan government.", "2010-01-01", "KENGOV/UGAGOV/114"},
		{"made a complaint, active", "Kenya made a formal complaint to Uganda.", "2010-01-01", "KEN/UGA/114"},
		// no agent, or no one the act is aimed at: nothing
		{"no agent", "Sanctions were imposed on Uganda.", "2010-01-01", ""},
		{"agents, no target", "The report was prepared jointly by the Kenyan army and the Ugandan police.", "2010-01-01", ""},
		// the noun before the auxiliary is no pattern's: nothing new
		{"other noun", "A road was built to Uganda by Kenya.", "2010-01-01", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriple(t, c, tc.text, tc.date, tc.want)
		})
	}
}
