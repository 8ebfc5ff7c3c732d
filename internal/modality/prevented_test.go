package modality

import (
	"strings"
	"testing"
)

// TestPreventedFrom: an act someone is barred from (active "prevent X
// from V-ing") is not done; an act after "from" and a place, with no word
// of barring, stays.
func TestPreventedFrom(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, cameo string
		code                   string
		why                    string
	}{
		{"Kenya prevented Ugandan refugees from coming to Tanzania.", "refugees", "coming", "040", "", "prevented"},
		{"Kenya banned Ugandan officials from meeting Tanzanian ministers.", "officials", "meeting", "040", "", "banned"},
		{"Kenya stopped the Ugandan troops from Gulu from attacking Tanzania.", "Gulu", "attacking", "190", "", "stopped"},
		{"Ugandan refugees from Kenya are coming to Tanzania.", "Kenya", "coming", "040", "", ""},
		{"Kenya stopped the talks, and Ugandan troops from Gulu began attacking Tanzania.", "Gulu", "attacking", "190", "", ""},
	} {
		code, why := judge(t, tc.sent, tc.src, tc.verb, tc.cameo)
		if code != tc.code || (tc.why == "") != (why == "") || (tc.why != "" && why != "" && !strings.Contains(why, tc.why)) {
			t.Errorf("%q (%s): got code %q reason %q, want code %q reason with %q", tc.sent, tc.cameo, code, why, tc.code, tc.why)
		}
	}
}
