package reported

import (
	"strings"
	"testing"

	"dyad/internal/pos"
)

func TestJudge(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb string
		why             string // "" kept; else a word of the reason
	}{
		{"Israel attacked Syria on Monday.", "Israel", "attacked", ""},
		{"Iran claimed that Israel attacked Syria.", "Israel", "attacked", "claimed"},
		{"Iran claimed that Israel attacked Syria.", "Iran", "attacked", ""}, // Iran's accusation (112)
		{"The ministry said on Friday that rebels attacked the convoy.", "rebels", "attacked", "said"},
		{"Iran said it would talk to Iraq.", "it", "talk", ""},
		{"The army confirmed that rebels attacked the convoy.", "rebels", "attacked", ""},
		{"Israel attacked Syria, according to Iranian state television.", "Israel", "attacked", "according to"}, // an option, off by default
		{"\"Israel attacked Syria last night,\" Iran said.", "Israel", "attacked", "quotation"},
		{"\"We will meet Iraq,\" Iran said.", "We", "meet", ""},
		{"Russia said it attacked rebel bases, and Turkey praised Russia.", "Turkey", "praised", ""},
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
		why := Judge(up, s, v, Options{AccordingTo: true})
		if (tc.why == "") != (why == "") || !strings.Contains(why, tc.why) {
			t.Errorf("%q (%s … %s): reason %q, want one with %q", tc.sent, tc.src, tc.verb, why, tc.why)
		}
	}
}
