package modality

import (
	"strings"
	"testing"
)

// TestDecidedIsAct: a decision to give, lift, release or cut ties is the
// act; a decision to meet or attack is an intent or a threat.
func TestDecidedIsAct(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, cameo string
		code                   string
		why                    string
	}{
		{"Kenya has decided to break diplomatic relations with Uganda.", "Kenya", "break", "161", "", ""},
		{"Kenya decided to suspend aid to Uganda.", "Kenya", "suspend", "162", "", ""},
		{"Kenya decided to lift sanctions on Uganda.", "Kenya", "lift", "085", "", ""},
		{"Kenya threatened to break diplomatic relations with Uganda.", "Kenya", "break", "161", "131", "threatened"},
		{"Kenya will break diplomatic relations with Uganda.", "Kenya", "break", "161", "131", "will"},
		{"Kenya decided to attack Uganda.", "Kenya", "attack", "190", "138", "decided"},
		{"Kenya decided to meet Uganda.", "Kenya", "meet", "040", "036", "decided"},
	} {
		code, why := judge(t, tc.sent, tc.src, tc.verb, tc.cameo)
		if code != tc.code || (tc.why == "") != (why == "") || (tc.why != "" && why != "" && !strings.Contains(why, tc.why)) {
			t.Errorf("%q (%s): got code %q reason %q, want code %q reason with %q", tc.sent, tc.cameo, code, why, tc.code, tc.why)
		}
	}
}
