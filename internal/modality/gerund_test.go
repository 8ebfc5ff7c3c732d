package modality

import (
	"strings"
	"testing"

	"dyad/internal/pos"
)

// TestWeighedGerund: an -ing clause after a verb of saying or thinking
// that is the subject of a modal is an act weighed, not done (modal17).
func TestWeighedGerund(t *testing.T) {
	for _, tc := range []struct {
		sent, verb, want string
	}{
		{"The Kenyan minister said holding elections for Ugandan MPs on the same day might help motivate the electorate.", "holding", "holding … might"},
		{"Kenyan ministers thought merging the prison service with Ugandan police departments, which provide community sentences, might have provided an answer.", "merging", "merging … might"},
		{"The Kenyan minister said attacking Uganda was a mistake.", "attacking", ""},
		{"The Kenyan minister said attacking Uganda might help.", "attacking", "attacking … might"},
		{"The Kenyan minister said Kenya was attacking Uganda and might stop.", "attacking", ""},
		{"Kenya is attacking Uganda, which could widen the war.", "attacking", ""},
	} {
		up, v := upperAt(tc.sent, tc.verb)
		if got := weighedGerund(up, v); got != tc.want {
			t.Errorf("%q: weighedGerund = %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// TestGenericGerund: an -ing clause after a verb of saying or thinking
// that is the subject of a generic present predicate is a kind of act,
// none done (genericGerund, rejudge15, issue 17).
func TestGenericGerund(t *testing.T) {
	for _, tc := range []struct {
		sent, verb, want string
	}{
		{"The Kenyan opposition leader said backing the Kenyan government meant choosing higher taxes.", "backing", "backing … meant"},
		{"The Kenyan minister said criticising Uganda is pointless.", "criticising", "criticising … is"},
		{"The Kenyan minister said attacking Uganda was a mistake.", "attacking", ""},
		{"The Kenyan minister said he was meeting the Ugandan president.", "meeting", ""},
		{"The Kenyan minister said that meeting is cancelled.", "meeting", ""},
		{"The Kenyan minister said attacking Uganda, which is weak, was wrong.", "attacking", ""},
	} {
		up, v := upperAt(tc.sent, tc.verb)
		if got := genericGerund(up, v); got != tc.want {
			t.Errorf("%q: genericGerund = %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// upperAt splits sent into upper-cased tokens and gives the index of the
// first token equal to verb (-1 when none is).
func upperAt(sent, verb string) ([]string, int) {
	toks := pos.Split(sent)
	up := make([]string, len(toks))
	v := -1
	for i, tk := range toks {
		up[i] = strings.ToUpper(tk.Text)
		if tk.Text == verb && v < 0 {
			v = i
		}
	}
	return up, v
}
