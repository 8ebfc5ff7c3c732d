package modality

import (
	"strings"
	"testing"
)

// TestConsidered: an act a source considers, weighs or contemplates is
// 014, consider policy option, with the act's target (rejudge22); a word
// of deliberation in another clause, or after a comma, leaves the act.
func TestConsidered(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, cameo string
		code                   string
		why                    string
	}{
		{"The Kenyan minister also considers allowing cameras into Ugandan courts.", "minister", "allowing", "080", "014", "considered (considers)"},
		{"Kenya is contemplating attacking Uganda.", "Kenya", "attacking", "190", "014", "considered (contemplating)"},
		{"Kenya will consider releasing the Ugandan prisoners.", "Kenya", "releasing", "0841", "014", "considered (consider)"},
		{"Kenya is seriously weighing sending troops to Uganda.", "Kenya", "sending", "0332", "014", "considered (weighing)"},
		{"Kenya, which the Ugandan president considers a threat, attacked Tanzania.", "Kenya", "attacked", "190", "", ""},
		{"Kenya considers Uganda a friend and signed a deal with it.", "Kenya", "signed", "057", "", ""},
	} {
		code, why := judge(t, tc.sent, tc.src, tc.verb, tc.cameo)
		if code != tc.code || (tc.why == "") != (why == "") || (tc.why != "" && why != "" && !strings.Contains(why, tc.why)) {
			t.Errorf("%q (%s): got code %q reason %q, want code %q reason with %q", tc.sent, tc.cameo, code, why, tc.code, tc.why)
		}
	}
}
