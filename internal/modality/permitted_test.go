package modality

import (
	"strings"
	"testing"

	"dyad/internal/pos"
)

// TestPermitted: an act after "allow … to" is the one let, not the act of
// a source before the allowing word (senses17).
func TestPermitted(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, want string
	}{
		{"The Kenyan president vetoed a bill that would allow families to sue Uganda.", "president", "sue", "allow"},
		{"The Kenyan government enabled the governors to help Ugandan refugees.", "government", "help", "enabled"},
		{"The deal will allow Kenya to export coffee to Uganda.", "Kenya", "export", ""},
		{"Kenya urged families to sue Uganda.", "Kenya", "sue", ""},
		{"Kenya decided to sue Uganda.", "Kenya", "sue", ""},
	} {
		toks := pos.Split(tc.sent)
		up := make([]string, len(toks))
		s, v := -1, -1
		for i, tk := range toks {
			up[i] = strings.ToUpper(tk.Text)
			if tk.Text == tc.src && s < 0 {
				s = i
			}
			if tk.Text == tc.verb && v < 0 {
				v = i
			}
		}
		if got := Permitted(up, s, v); got != tc.want {
			t.Errorf("%q: Permitted = %q, want %q", tc.sent, got, tc.want)
		}
	}
}
