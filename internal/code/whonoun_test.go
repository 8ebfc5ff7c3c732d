package code

import (
	"context"
	"strings"
	"testing"
)

// TestWhoOfNoun: the verb of ", who …" after a common noun no actor
// covers has that person for subject, not an actor named before it
// (whonoun.go, clause.go relativeOfNoun; issue 17); the events must be
// exactly these.
func TestWhoOfNoun(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		// (nor does the main verb take its target from the clause:
		// whoobject.go)
		{"met the envoy, who had visited", "Kenya met the envoy, who had visited Uganda last week.", ""},
		{"named an ambassador, who visited", "Kenya named a new ambassador, who visited Uganda on Monday.", ""},
		{"opponents, who accused", "The Kenyan president angered opponents on the left, who accused the Ugandan president of lying.", ""},
		{"who has long criticised", "Kenya praised John Okello, who has long criticised Uganda, for his work.", ""},
		{"who later visited", "Kenya hosted the delegation, who later visited Uganda.", ""},
		// unchanged: the antecedent is an actor
		{"met the Ugandan envoy, who had visited", "Kenya met the Ugandan envoy, who had visited Tanzania last week.", "KEN/UGAGOV/040 UGAGOV/TZA/042 TZA/UGAGOV/043"},
		{"Museveni, who visited", "Kenya criticised Ugandan President Yoweri Museveni, who visited Tanzania on Monday.", "KEN/UGAGOV/111 UGAGOV/TZA/042 TZA/UGAGOV/043"},
		{"Museveni, who later visited", "Kenya criticised Ugandan President Yoweri Museveni, who later visited Tanzania.", "KEN/UGAGOV/111 UGAGOV/TZA/042 TZA/UGAGOV/043"},
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
