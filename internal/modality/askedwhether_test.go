package modality

import (
	"strings"
	"testing"
)

// TestAskedQuestion: an act inside a question put with "asked whether" or
// "asked if" is none; an act outside the question, and an act asked for
// ("asked Uganda to"), keep their own reading.
func TestAskedQuestion(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, cameo string
		drop                   bool
	}{
		{"The president was asked whether Kenya would help Uganda rebuild the border posts.", "Kenya", "help", "030", true},
		{"Asked whether the Gulf states had any proposals to help Uganda sell its coffee, the minister said talks went on.", "", "help", "033", true},
		{"Reporters asked if Kenya (and its allies) had criticised Uganda over the raid.", "Kenya", "criticised", "111", true},
		// outside the question, or no question at all
		{"Reporters asked whether talks would resume, but Kenya criticised Uganda over the raid.", "Kenya", "criticised", "111", false},
		{"Kenya criticised Uganda after it was asked whether the border was open.", "Kenya", "criticised", "111", false},
		{"Kenya asked Uganda to withdraw its troops from the island.", "Kenya", "asked", "020", false},
	} {
		code, why := judge(t, tc.sent, tc.src, tc.verb, tc.cameo)
		if got := code == "" && why != ""; got != tc.drop {
			t.Errorf("%q: dropped %v (%q %q), want %v", tc.sent, got, code, why, tc.drop)
		}
		if tc.drop && !strings.Contains(why, "question") && !strings.Contains(why, "conditional") {
			t.Errorf("%q: reason %q", tc.sent, why)
		}
	}
}
