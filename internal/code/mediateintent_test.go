package code

import (
	"context"
	"strings"
	"testing"
)

// TestMediateIntent: an intent to mediate is the codebook's 039, not the
// intent to meet (036) other consultations take (intent.go and the
// modality gate's intent, issue 17); the events must be exactly these.
func TestMediateIntent(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"offered to mediate", "Kenya offered to mediate between Sudan and Ethiopia.", "KEN/SDN/039 KEN/ETH/039"},
		{"will mediate", "Kenya will mediate between Sudan and Ethiopia.", "KEN/SDN/039 KEN/ETH/039"},
		// unchanged
		{"offered to meet", "Kenya offered to meet Uganda.", "KEN/UGA/036"},
		{"mediated", "Kenya mediated between Sudan and Ethiopia.", "KEN/SDN/045 KEN/ETH/045"},
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
