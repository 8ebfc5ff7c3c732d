package code

import (
	"context"
	"strings"
	"testing"
)

// TestIntentNoun: a cooperative act in the infinitive after a noun of
// promise, offer or plan is coded as the intent to do it (intentnoun.go,
// intent.go intentCode; issue 17); the events must be exactly these.
func TestIntentNoun(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"pledge to provide aid", "Kenya renewed its pledge to provide aid to Uganda.", "KEN/UGA/033"},
		{"promise to meet", "The Kenyan president repeated his promise to meet Ugandan President Yoweri Museveni.", "KENGOV/UGAGOV/036"},
		// unchanged: an offer the subject's own ("offer" read as an
		// intent before), no noun of intent, or the act done
		{"offer to mediate", "Ethiopia's offer to mediate between Somalia and Uganda was welcomed.", "ETH/SOM/030 ETH/UGA/030"},
		{"offer to send troops", "Kenya's offer to send troops to Somalia was rejected.", "KEN/SOM/030"},
		{"offered to mediate", "Ethiopia offered to mediate between Somalia and Uganda.", "ETH/SOM/039 ETH/UGA/039"},
		{"bid to help", "Kenya sent aid to Uganda in a bid to help flood victims.", "KEN/UGA/070"},
		{"provided aid", "Kenya provided aid to Uganda.", "KEN/UGA/070"},
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
