package code

import (
	"context"
	"strings"
	"testing"
)

// TestVoterMargin: a group's preference by a margin in points, or a
// turnout to support a candidate, is a vote, no endorsement
// (votermargin.go); endorsements and a chamber's vote stay.
func TestVoterMargin(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"favoured by points", "Kenyan trade union members favoured the Kenyan president in 2007 by nearly 15 percentage points.", ""},
		{"back by points", "Kenyan women back the Kenyan opposition leader by almost 12 points.", ""},
		{"by a wide margin", "Kenyan men favoured the Kenyan opposition leader by a wide margin.", ""},
		{"turned out to support", "Kenyan students turned out in large numbers to support the Kenyan opposition leader.", ""},
		{"turned out to back", "Kenyan farmers turned out to back the Kenyan president.", ""},
		// endorsements and other margins stay
		{"endorsed", "The Kenyan president endorsed the Kenyan opposition leader on Tuesday.", "KENGOV/KENOPP/051"},
		{"backed by votes", "The Kenyan opposition backed the Kenyan president by 60 votes to 40.", "KENOPP/KENGOV/051"},
		{"set out to support", "The Kenyan president set out to support the Kenyan opposition leader.", "KENGOV/KENOPP/051"},
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
