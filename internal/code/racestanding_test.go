package code

import (
	"context"
	"strings"
	"testing"
)

// TestRaceStanding: where candidates stand in a race is no event between
// them (racestanding.go), and criticism toned down is no criticism
// (toneddown.go).
func TestRaceStanding(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"traded the lead", "The Kenyan opposition leader and the Kenyan president traded the lead throughout the vote count.", ""},
		{"stretch his lead over", "The Kenyan president's big win in the primary is helping him stretch his lead over the Kenyan opposition leader.", ""},
		{"can catch", "It seems unlikely that the Kenyan opposition leader can catch the Kenyan president.", ""},
		{"swept by", "The Kenyan opposition leader was swept by the Kenyan president in five states.", ""},
		{"percent would back", "In the poll, 46 percent would choose the Kenyan president and 44 percent would back the Kenyan opposition leader.", ""},
		{"a quarter of the electorate", "The Kenyan opposition leader pulled in a quarter of the electorate and squeezed the Kenyan president.", "KENOPP/KENCVL/171"},
		{"met after the polls", "The Kenyan president met the Kenyan opposition leader after the polls.", "KENGOV/KENOPP/040"},
		{"backed", "The Kenyan president backed the Kenyan opposition leader.", "KENGOV/KENOPP/051"},
		{"two countries keep aid", "Kenya's big win is helping Uganda stretch its lead over Tanzania.", "KEN/UGA/070"},
		// criticism toned down is no criticism (toneddown.go)
		{"toned down his criticism", "The Kenyan opposition leader has toned down his criticism of the Kenyan president.", ""},
		{"will tone down his attacks", "The Kenyan opposition leader will tone down his attacks against the Kenyan president.", ""},
		{"softened", "Kenya softened its criticism of Uganda.", ""},
		{"stepped up his criticism", "The Kenyan opposition leader stepped up his criticism of the Kenyan president.", "KENOPP/KENGOV/111"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2010-01-01")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
