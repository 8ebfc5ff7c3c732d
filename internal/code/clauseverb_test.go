package code

import (
	"context"
	"strings"
	"testing"
)

// TestClauseVerbAfter: a pattern's noun after a verb of saying, followed
// by a finite verb of its own, is the subject of what was said, not the
// saying's object (clauseverb.go); an object of the saying, and a noun
// after a verb of acting with a participle after it, stay.
func TestClauseVerbAfter(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"subject of a be verb", "The Kenyan president said Uganda's economic reforms definitely are at risk.", "KENGOV/UGA/010"},
		{"subject of a past tense", "The Kenyan president told Uganda the deal collapsed last week.", "KENGOV/UGA/010"},
		// not a clause subject
		{"object of announcing", "The Kenyan government announced a deal with Uganda.", "KENGOV/UGA/060"},
		{"participle after an act's object", "Kenya and Uganda signed a treaty designed to end the dispute.", "KEN/UGA/057 UGA/KEN/057"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2010-01-01")), " ")
			if got != tc.want {
				t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
