package modality

import (
	"strings"
	"testing"
)

// TestInvertedCondition: a statement opened by "should", "were" or "had"
// before its subject is a condition; every act in it is hypothetical
// (reuters18, issue 17). A fragment whose subject was dropped ("Had
// signalled …", "Should quickly …") is none.
func TestInvertedCondition(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, cameo string
		drop                   bool
	}{
		{"Should Kenya decide to act against Ugandan banks, it would focus on the smaller ones.", "Kenya", "act", "110", true},
		{"Were Uganda to attack the border posts, Kenya would respond.", "Uganda", "attack", "190", true},
		{"Had Kenya recognised Somaliland, Somalia would have recalled its envoy.", "Somalia", "recalled", "161", true},
		{"Should the talks with Uganda fail, Kenya will impose sanctions on Kampala.", "Kenya", "impose", "163", true},
		// fragments with a dropped subject and plain statements keep their act
		{"Had signalled to Uganda that it would attend the meeting, officials said.", "", "signalled", "030", false},
		{"Should quickly discard its prejudice against Ugandan goods, Kenya said.", "Kenya", "said", "010", false},
		{"Kenya had criticised Uganda, officials said.", "Kenya", "criticised", "111", false},
		{"Should Kenya attack Uganda?", "Kenya", "attack", "190", true}, // a question, as before
	} {
		code, why := judge(t, tc.sent, tc.src, tc.verb, tc.cameo)
		if got := code == "" && why != ""; got != tc.drop {
			t.Errorf("%q: dropped %v (%q %q), want %v", tc.sent, got, code, why, tc.drop)
		}
		if tc.drop && !strings.Contains(why, "conditional") && !strings.Contains(why, "question") {
			t.Errorf("%q: reason %q", tc.sent, why)
		}
	}
}
