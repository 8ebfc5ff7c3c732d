package code

import (
	"context"
	"strings"
	"testing"
)

// TestCampaignTrail: campaigning beside someone or somewhere is no demand
// (campaignedwith.go), backing between politicians of one country is an
// endorsement (backedrival.go), and a delegation led to a country is a
// visit (the generator's addition "LEAD * DELEGATION TO +" 042).
func TestCampaignTrail(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"campaign with", "The Kenyan president will campaign with the Kenyan opposition leader in Mombasa.", ""},
		{"campaigned in", "The Kenyan president campaigned in Uganda on Tuesday.", ""},
		{"campaigned with refugees", "Kenyan activists campaigned with Ugandan refugees in Nairobi.", ""},
		{"campaign for two names", "The Kenyan president and the Kenyan vice president will campaign for Raila Odinga and Kalonzo Musyoka in Mombasa.", ""},
		{"campaigned for a release keeps", "Kenyan activists campaigned for the release of Kenyan opposition leader Raila Odinga.", ""},
		{"campaigned against keeps", "The Kenyan president campaigned against the Kenyan opposition leader.", "KENGOV/KENOPP/110"},
		{"backed a politician", "The Kenyan president backed the Kenyan opposition leader.", "KENGOV/KENOPP/051"},
		{"supported a rival's bill", "The Kenyan president supported the Kenyan opposition's bill.", "KENGOV/KENOPP/051"},
		{"two countries keep 050", "Kenya backed Uganda.", "KEN/UGA/050"},
		{"led a delegation to", "The Kenyan president recently led a delegation to Uganda and Tanzania.", "KENGOV/UGA/042 KENGOV/TZA/042"},
		{"led a trade delegation to", "The Kenyan foreign minister led a trade delegation to Uganda.", "KENGOV/UGA/042"},
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
