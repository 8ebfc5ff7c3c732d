package code

import (
	"context"
	"strings"
	"testing"
)

// TestBackingOf: backing won from one named some words after "of" is
// that one's endorsement of the winner, whatever the verb's pattern read
// (backingof.go); other objects of the verb and other verbs stay.
func TestBackingOf(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"endorsement of a leader, named", "Last week the Kenyan opposition leader won the endorsement of the most powerful leader of Uganda's ruling party, Mr. Museveni.", "UGAGOV/KENOPP/051"},
		{"backing of the leader of a group", "Last week the Kenyan opposition leader won the backing of the leader of Uganda's farmers.", "UGAAGR/KENOPP/051"},
		{"right after of", "The Kenyan opposition leader earned the backing of the Kenyan president on Tuesday.", "KENGOV/KENOPP/051"},
		// not backing won
		{"won a meeting with the leader", "Last week the Kenyan opposition leader won a meeting with the leader of Uganda's ruling party.", "KENOPP/UGAGOV/043 UGAGOV/KENOPP/042"},
		{"backing of another, who then acts", "The Kenyan opposition leader won the backing of the farmers, who then criticised the Kenyan president.", ""},
		{"endorsed", "The Kenyan president endorsed the Kenyan opposition leader.", "KENGOV/KENOPP/051"},
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
