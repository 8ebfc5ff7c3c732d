package modality

import "testing"

// TestPredictedClause: an act in a "that" clause with its own subject,
// after a word of hoping or predicting, is foreseen by the main clause's
// subject, not done or threatened by it (predictedClause).
func TestPredictedClause(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, cameo string
		drop                   bool
	}{
		{"Kenya predicted that the talks would fail and criticised Uganda.", "Kenya", "fail", "164", true},
		{"Kenya feared that the ceasefire would collapse within days.", "Kenya", "collapse", "196", true},
		// no clause of its own, a pronoun subject, a say-verb
		{"Kenya predicted that it would attack Uganda.", "Kenya", "attack", "190", false},
		{"Kenya said that the talks would fail.", "Kenya", "fail", "164", false},
		{"Kenya criticised Uganda on Monday.", "Kenya", "criticised", "111", false},
	} {
		code, why := judge(t, tc.sent, tc.src, tc.verb, tc.cameo)
		if got := code == "" && why != ""; got != tc.drop {
			t.Errorf("%q: dropped %v (%q %q), want %v", tc.sent, got, code, why, tc.drop)
		}
	}
}
