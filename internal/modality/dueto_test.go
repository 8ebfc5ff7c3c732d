package modality

import (
	"strings"
	"testing"
)

// TestDueToCause: "due to" before a noun phrase is a cause; "due to" +
// a verb schedules the act.
func TestDueToCause(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, cameo string
		code                   string
		why                    string
	}{
		{"Kenyan freight rates are high due to the use of barges for exporting maize to Uganda.", "Kenyan", "exporting", "061", "", ""},
		{"Kenyan rates rose due to a rush of traders exporting maize to Uganda.", "Kenyan", "exporting", "061", "", ""},
		{"Kenya is due to export maize to Uganda.", "Kenya", "export", "061", "0311", "due to"},
		{"The Kenyan president is due to visit Uganda.", "president", "visit", "042", "036", "due to"},
	} {
		code, why := judge(t, tc.sent, tc.src, tc.verb, tc.cameo)
		if code != tc.code || (tc.why == "") != (why == "") || (tc.why != "" && why != "" && !strings.Contains(why, tc.why)) {
			t.Errorf("%q (%s): got code %q reason %q, want code %q reason with %q", tc.sent, tc.cameo, code, why, tc.code, tc.why)
		}
	}
}
