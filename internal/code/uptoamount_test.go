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

// TestApprovalFor: approval given for someone to act is permission, 080
// (verbs.dyad GRANT, issue 17); the events must be exactly these.
func TestApprovalFor(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"gave approval for to", "Kenya gave approval for the United Nations to deliver aid to Ugandan refugees.", "KEN/IGOUNO/080"},
		{"gave its approval for to", "Kenya gave its approval for the United Nations to deliver aid.", "KEN/IGOUNO/080"},
		// unchanged
		{"gave approval to a plan", "Kenya gave its approval to the Ugandan plan.", "KEN/UGA/051"},
		{"gave approval for a plan", "Kenya gave approval for the Ugandan plan.", "KEN/UGA/051"},
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
