package modality

import (
	"strings"
	"testing"
)

// TestIncentiveOrRisk: an incentive to act and a risked act are no act;
// the act itself, and a risk taken as a noun, stay.
func TestIncentiveOrRisk(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, cameo string
		code                   string
		why                    string
	}{
		{"Kenya has every incentive to find common ground with Uganda.", "Kenya", "find", "030", "", "incentive to"},
		{"Kenya now has a strong incentive to negotiate with Uganda.", "Kenya", "negotiate", "046", "", "incentive to"},
		{"Kenya risks angering Uganda with the new tariffs.", "Kenya", "angering", "110", "", "risks"},
		{"Kenya risked provoking Uganda.", "Kenya", "provoking", "110", "", "risked"},
		{"Kenya negotiated with Uganda.", "Kenya", "negotiated", "046", "", ""},
		{"Kenya took a risk and negotiated with Uganda.", "Kenya", "negotiated", "046", "", ""},
		{"Kenya offered Uganda incentives.", "Kenya", "offered", "030", "", ""},
	} {
		code, why := judge(t, tc.sent, tc.src, tc.verb, tc.cameo)
		if code != tc.code || (tc.why == "") != (why == "") || (tc.why != "" && why != "" && !strings.Contains(why, tc.why)) {
			t.Errorf("%q (%s): got code %q reason %q, want code %q reason with %q", tc.sent, tc.cameo, code, why, tc.code, tc.why)
		}
	}
}
