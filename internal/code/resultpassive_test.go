package code

import "testing"

// TestResultPassive checks resultBy (cover16, issue 12): a passive whose
// participle takes "to death" or "dead" before "by" keeps the by-phrase
// as its agent.
func TestResultPassive(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, date string
		want             string // SRC/TGT/CODE that must be among the events; "" none at all
	}{
		{"tortured to death by", "The Ugandan activist was tortured to death by Kenyan police.", "2010-01-01", "KENCOP/UGAOPP/1822"},
		{"beaten to death by", "Ugandan activists were beaten to death by Kenyan soldiers.", "2010-01-01", "KENMIL/UGAOPP/190"},
		{"shot dead by", "A Ugandan activist was shot dead by Kenyan police.", "2010-01-01", "KENCOP/UGAOPP/190"},
		{"plain passive, unchanged", "The Ugandan activist was tortured by Kenyan police.", "2010-01-01", "KENCOP/UGAOPP/1822"},
		// the by-phrase is no actor: no agent
		{"by no actor", "The Ugandan activist was beaten to death by unknown men.", "2010-01-01", ""},
		// "to death" with no by-phrase names no agent
		{"no by-phrase", "The Ugandan activist was beaten to death in Kampala.", "2010-01-01", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriple(t, c, tc.text, tc.date, tc.want)
		})
	}
}
