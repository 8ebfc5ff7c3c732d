package code

import (
	"context"
	"strings"
	"testing"
)

// TestArrivePurpose: an arrival's purpose infinitive does not outrank
// the patterns for who arrives, and peacekeepers who arrive are provided
// by their sender (arrivepurpose.go, verbs.dyad ARRIVE; issue 17); the
// events must be exactly these.
func TestArrivePurpose(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"troops arrived to join", "Hundreds of Kenyan troops have arrived in Somalia to join the African Union mission there.", "KENMIL/SOM/072"},
		{"soldiers arrived to help", "Kenyan soldiers arrived in Uganda to help with the floods.", "KENMIL/UGA/072"},
		{"peacekeepers arrived to take part", "Kenyan peacekeepers arrived in Somalia to take part in the African Union mission.", "KEN/SOM/074 SOM/KEN/0861"},
		{"peacekeepers arrived", "Kenyan peacekeepers arrived in Somalia.", "KEN/SOM/074 SOM/KEN/0861"},
		// unchanged: no other pattern of the block, or no infinitive
		{"minister arrived to hold talks", "The Kenyan foreign minister arrived in Uganda to hold talks.", "KENGOV/UGA/040"},
		{"came to a country", "The Kenyan president came to Uganda.", "KENGOV/UGA/040"},
		{"troops arrived", "Kenyan troops arrived in Uganda on Monday.", "KENMIL/UGA/072"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2016-09-10")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
