package code

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

func TestTokenizeHyphens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"an anti- Gondor parade", "AN ANTI- GONDOR PARADE"},
		{"a 12-year rift", "A 12-YEAR RIFT"},
		{"Barad-dur fell - again", "BARAD-DUR FELL - AGAIN"},
		{"ends with anti-", "ENDS WITH ANTI -"},
	}
	for _, tc := range tests {
		var words []string
		for _, tk := range tokenize(tc.in, nil) {
			words = append(words, tk.up)
		}
		if got := strings.Join(words, " "); got != tc.want {
			t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTokenizeASCII: a word of ASCII letters takes its upper case from
// the sentence's (asciiUpper), the others go the general way; both give
// what strings.ToUpper and foldAccents give, in sentences of either kind.
func TestTokenizeASCII(t *testing.T) {
	for _, s := range []string{
		"Kenya's President Uhuru Kenyatta met Pérez in São Paulo’s “old” town – U.S. officials said.",
		"ERDOĞAN told the UN: Mr. Smith-Jones, 42, won't go (again)!",
		"all lower case words here",
		"ALL UPPER CASE",
		"",
	} {
		toks := tokenize(s, nil)
		for _, tk := range toks {
			w := s[tk.start:tk.end]
			if tk.up == "'S" {
				continue
			}
			r := []rune(w)[0]
			want := strings.ToUpper(w) // mk's general way
			if tk.punct {
				switch r {
				case '“', '”', '„', '«', '»':
					want = "\""
				case '‘', '’':
					want = "'"
				case '–', '—':
					want = "-"
				}
			} else {
				want = strings.ReplaceAll(want, "’", "'")
			}
			lower := want != w
			if !tk.punct {
				want = foldAccents(want)
			}
			if tk.up != want || tk.lower != lower || tk.capital != unicode.IsUpper(r) {
				t.Errorf("%q in %q: up %q lower %v capital %v, want %q %v %v", w, s, tk.up, tk.lower, tk.capital, want, lower, unicode.IsUpper(r))
			}
		}
	}
}

func TestTabariClauses(t *testing.T) {
	tests := []struct {
		in       string
		mentions [][2]int // token ranges that are actor mentions
		want     string
	}{
		{"A met B and C left", nil, "[0 3] [4 6]"},
		{"A and B met C", [][2]int{{0, 3}}, "[0 5]"},
		{"And A met B", nil, "[0 4]"},
		{"A met B or C but D left", nil, "[0 3] [4 5] [6 8]"},
		{"A met sheep and evil goats", nil, "[0 6]"},
		{"A and the awful and evil B met C", [][2]int{{0, 1}}, "[0 1] [2 9]"},
	}
	for _, tc := range tests {
		toks := tokenize(tc.in, nil)
		in := make([]int, len(toks))
		for k, m := range tc.mentions {
			for i := m[0]; i < m[1]; i++ {
				in[i] = k + 1
			}
		}
		var parts []string
		var st *state
		for _, c := range st.tabariClauses(toks, in, map[string]string{"SHEEP": "NOUN", "GOAT": "NOUN", "EVIL": "ADJECTIVE", "AWFUL": "ADJECTIVE"}) {
			parts = append(parts, fmt.Sprint(c[0], " ", c[1]))
		}
		if got := "[" + strings.Join(parts, "] [") + "]"; got != tc.want {
			t.Errorf("tabariClauses(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestResolveSubDom(t *testing.T) {
	c := func(code string, sub, dom bool) cand { return cand{code: code, sub: sub, dom: dom} }
	tests := []struct {
		name string
		in   []cand
		want string
	}{
		{"only subordinate kept", []cand{c("023", true, false)}, "023"},
		{"subordinate gives way", []cand{c("023", true, false), c("222", false, false)}, "222"},
		{"dominant wins", []cand{c("023", true, false), c("222", false, false), c("031", false, true)}, "031"},
		{"plain kept", []cand{c("041", false, false), c("222", false, false)}, "041 222"},
	}
	for _, tc := range tests {
		var got []string
		for _, cd := range resolveSubDom(tc.in) {
			got = append(got, cd.code)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, g, tc.want)
		}
	}
}
