package code

import (
	"context"
	"strings"
	"testing"
)

// TestPolledVoters: voters counted by share or by a poll are no source of
// an act; voters acting and a chamber's majority keep their events.
func TestPolledVoters(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, want string }{
		{"A majority of Kenyan voters said the Kenyan president cannot be trusted.", ""}, // was KENCVL 010 KENGOV
		{"Polls show that Kenyan voters have a better opinion of the Kenyan president than of the opposition leader.", ""},
		{"Half of Kenyan voters in the survey backed the Kenyan opposition leader.", ""},
		{"A majority of Kenyan MPs criticised the Ugandan president.", "KENLEG/UGAGOV/111"},
		// a percentage before the share: a poll's finding, whoever is counted
		{"A 60% majority of Kenyan MPs oppose the Ugandan government.", ""}, // was KENLEG 110 UGAGOV
		{"A 45 percent plurality of Kenyan Christians oppose the Ugandan president.", ""},
		{"Kenyan voters rejected the Kenyan president's constitution in a referendum.", "KENCVL/KENGOV/120"},
	} {
		got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2016-08-19")), " ")
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
