package code

import (
	"context"
	"strings"
	"testing"
)

// TestUpToAmount: "up to" before an amount is a bound, no phrasal "up"
// (uptoamount.go, issue 17); the events must be exactly these.
func TestUpToAmount(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"agreed to lend up to", "Kenya agreed to lend up to $1 billion to Uganda.", "KEN/UGA/0331"},
		{"will lend up to barrels", "Kenya will lend Uganda up to 12.5 mln barrels of crude oil.", "KEN/UGA/031"},
		// unchanged
		{"gave up a claim", "Kenya gave up its claim to the Ugandan islands.", "KEN/UGA/080"},
		{"gave up to half", "Kenya gave Uganda up to half of the disputed islands.", "KEN/UGA/060"},
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
