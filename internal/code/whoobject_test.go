package code

import (
	"context"
	"strings"
	"testing"
)

// TestInsideWhoClause: an actor inside ", who …" on a person no actor
// covers is no target of the verb before it (whoobject.go, in clause.go
// targetAfter; issue 17); the events must be exactly these.
func TestInsideWhoClause(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"met the envoy, who had visited", "Kenya met the envoy, who had visited Uganda last week.", ""},
		{"named an ambassador, who visited", "Kenya named a new ambassador, who visited Uganda on Monday.", ""},
		{"hoped that a name, who aims", "Kenyan diplomats said they hoped that Okello, who aims to secure the release of Ugandan prisoners, would be in Nairobi soon.", ""},
		// unchanged: the actor before the relative clause, or no clause
		{"met the Ugandan envoy, who had visited", "Kenya met the Ugandan envoy, who had visited Tanzania last week.", "KEN/UGAGOV/040 UGAGOV/TZA/042 TZA/UGAGOV/043"},
		{"met the envoy and Uganda", "Kenya met the envoy and the Ugandan president on Monday.", "KEN/UGAGOV/040"},
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
