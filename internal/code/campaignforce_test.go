package code

import (
	"context"
	"strings"
	"testing"
)

// TestCampaignForce: words of violence between political rivals of one
// country are criticism or a race, never force (campaignforce.go).
func TestCampaignForce(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"fired at a rival", "The Kenyan opposition leader fired at the Kenyan government over the budget.", "KENOPP/KENGOV/111"},
		{"slammed a rival", "The Kenyan opposition leader slammed the Kenyan president on Tuesday.", "KENOPP/KENGOV/111"},
		{"crushed in the primary", "The Kenyan opposition crushed the Kenyan government in the primary.", ""},
		{"dominated a rival", "The Kenyan opposition has dominated the Kenyan government in the north.", ""},
		{"a rival shot", "The Kenyan opposition leader was shot by the Kenyan government.", "KENGOV/KENOPP/190"},
		{"troops crushed", "Kenyan troops crushed the Kenyan opposition.", "KENMIL/KENOPP/190"},
		{"two countries", "Kenya crushed Uganda.", "KEN/UGA/190"},
		{"struck a deal is no blow", "The Kenyan opposition struck a deal with the Kenyan government.", "KENOPP/KENGOV/057"},
		// a conflictual act refused or avoided is not done (refusedact.go)
		{"refused to criticise", "The Kenyan opposition leader refused to criticise the Kenyan president.", ""},
		{"avoided attacking", "The Kenyan opposition leader avoided directly attacking the Kenyan president.", ""},
		{"declined to condemn: no rejection of the one not condemned", "Kenya declined to condemn Uganda.", ""},
		{"declined to threaten", "The Kenyan president declined to threaten Uganda or even blame it.", ""},
		{"declined to attend stays a refused meeting", "Kenya declined to attend the Ugandan summit.", "KEN/UGA/125"},
		{"criticised", "Kenya criticised Uganda.", "KEN/UGA/111"},
		// backing won is backing given: the backer endorses (backingwon.go)
		{"earned the backing of", "The Kenyan opposition leader earned the backing of the Kenyan president on Tuesday.", "KENGOV/KENOPP/051"},
		{"backed", "The Kenyan president backed the Kenyan opposition leader.", "KENGOV/KENOPP/051"},
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
