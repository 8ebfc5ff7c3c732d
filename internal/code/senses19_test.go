package code

import (
	"context"
	"strings"
	"testing"
)

// TestSenses19: verb senses left by senses18 (senses19, issue 17); the
// events must be exactly these.
func TestSenses19(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		// a court granting an injunction is a legal act (GRANT "* INJUNCTION")
		{"granted an injunction", "The Kenyan high court granted a Ugandan firm an injunction.", ""},
		{"granted a loan", "Kenya granted Uganda a loan.", "KEN/UGA/071"},
		// dealing a blow is a figure of harm (BARGAIN, OVERSEE_MANAGE "* BLOW")
		{"dealt a blow to", "The Kenyan court ruling dealt a major blow to the Ugandan government.", ""},
		{"dealing a blow to", "The Kenyan court ruled against the men, dealing a major blow to the Ugandan government.", ""},
		{"dealt with", "The Kenyan court dealt with the Ugandan government.", "KENJUD/UGAGOV/050"},
		// a sum of a contract won is no money received (OBTAIN "* &CURRENCY CONTRACTS")
		{"won pound contracts", "A Kenyan firm won multi-million dollar contracts from the Ugandan government.", ""},
		{"received dollars", "Kenya received five million dollars from Uganda.", "UGA/KEN/071"},
		// a supply under a contract is a sale (senses19.go contractedSupply)
		{"contracts to provide", "A Kenyan firm won multi-million dollar contracts to provide vaccine to the Ugandan government.", ""},
		{"agreed to provide", "Kenya agreed to provide vaccine to Uganda.", "KEN/UGA/0333"},
		// being associated with someone is a description (DYAD_ASSOCIATED_WITH)
		{"areas associated with", "Areas traditionally associated with the Kenyan opposition were quiet.", ""},
		{"associated itself with", "Kenya associated itself with Uganda.", "KEN/UGA/050"},
		// a challenge for a rival's seats is an electoral contest (electoralChallenge)
		{"challenged in its heartlands", "The Kenyan opposition challenged the Kenyan government in its heartlands.", ""},
		{"challenged for seats", "The Kenyan opposition challenged the Kenyan government for three seats in the north.", ""},
		{"challenged over the budget", "The Kenyan opposition challenged the Kenyan government over the budget.", "KENOPP/KENGOV/110"},
		{"challenged in court", "The Kenyan opposition challenged the Kenyan government in court.", "KENOPP/KENGOV/110"},
		{"states challenged in the election", "Kenya challenged Uganda in the election.", "KEN/UGA/110"},
		// debating someone's bill is no meeting with them (debatedPossession)
		{"amendment debated by parliament", "The Kenyan president's amendment will be debated by the Kenyan parliament on Tuesday.", ""},
		{"debated a president's bill", "The Kenyan parliament debated the Ugandan president's bill.", ""},
		{"debated with", "Kenya debated the border with Uganda.", "KEN/UGA/040"},
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
