package code

import (
	"strings"
	"testing"
)

// TestSentencesCutInvalidBytes: a sentence longer than maxSentence made of
// bytes that start no UTF-8 character is still cut into pieces, and
// sentences returns (FuzzCode found it looping forever on 3,705 bytes of
// 0xb9: the cut went back to the piece's start and never moved on).
func TestSentencesCutInvalidBytes(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("\xb9", 3*maxSentence+5),
		"Kenya met Uganda. " + strings.Repeat("\x80", maxSentence+1) + "\x00\x80",
		strings.Repeat("é", maxSentence),
	} {
		spans := sentences(text)
		end := 0
		for _, sp := range spans {
			if sp.start < end || sp.end <= sp.start || sp.end-sp.start > maxSentence {
				t.Fatalf("bad span %+v after %d (len %d)", sp, end, len(text))
			}
			end = sp.end
		}
		if end != len(text) {
			t.Errorf("spans end at %d of %d", end, len(text))
		}
	}
}
