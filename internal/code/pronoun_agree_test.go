package code

import "testing"

// TestPronounAgree: "it" stands for one country or body, never for many
// ("Ugandan rebels", "the police", "MPs"); the modifier rule needs the
// tagger and is tested with it (internal/pos pronounagree_test.go).
func TestPronounAgree(t *testing.T) {
	toks := tokenize("Kenya detained Ugandan rebels and the police and MPs and the Kenyan bus", nil)
	for _, tc := range []struct {
		start, end int
		plural     bool
	}{{0, 1, false}, {2, 4, true}, {5, 7, true}, {8, 9, true}, {10, 13, false}} {
		if got := pluralMention(toks, mention{start: tc.start, end: tc.end}); got != tc.plural {
			t.Errorf("pluralMention(%d-%d) = %v, want %v", tc.start, tc.end, got, tc.plural)
		}
	}
}
