package code

import (
	"strings"
	"testing"
)

// A text without sentence punctuation is cut into pieces of at most
// maxSentence bytes at spaces, losing no word.
func TestLongSentenceIsCut(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("minister talks border ", 20000),
		strings.Repeat("é", 5000), // no space: cut at a rune boundary
		"Short one. " + strings.Repeat("word ", 1000) + "end.",
	} {
		spans := sentences(text)
		var words []string
		for _, sp := range spans {
			if sp.end-sp.start > maxSentence {
				t.Fatalf("span of %d bytes", sp.end-sp.start)
			}
			if !strings.HasPrefix(text[sp.start:], strings.TrimSpace(text[sp.start:sp.end])) {
				t.Fatalf("span does not start a piece of text")
			}
			words = append(words, strings.Fields(text[sp.start:sp.end])...)
		}
		if got, want := strings.Join(words, ""), strings.Join(strings.Fields(text), ""); got != want {
			t.Errorf("pieces lose text: %d bytes of words, want %d", len(got), len(want))
		}
	}
}
