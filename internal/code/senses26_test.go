package code

import (
	"context"
	"strings"
	"testing"
)

// TestSenses26: verb senses the fourteenth BBC re-judging left
// (senses26.go, verbs.dyad, listAccord; issue 17); the events must be
// exactly these.
func TestSenses26(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		// returning people from a country sends them back, no visit (returnedPeople)
		{"return children from", "The Kenyan government plans to return young migrants from Uganda whose claims were refused.", ""},
		{"return weapons from", "Kenyan rebels will return weapons seized from Ugandan soldiers.", "KENREB/UGAMIL/036"},
		{"returned from", "The Kenyan president returned from Uganda.", "KENGOV/UGA/042 UGA/KENGOV/043"},
		{"will return from", "The Kenyan president will return from Uganda on Monday.", "KENGOV/UGA/036"},
		// leaving an organisation is no military retreat (leftBody)
		{"withdraw from the AU", "Kenya aims to withdraw from the African Union.", ""},
		{"the aim is to withdraw from", "The aim of the Kenyan opposition is to withdraw from the African Union.", ""},
		{"troops withdrew", "Kenyan troops withdrew from Uganda.", "KENMIL/UGA/0874"},
		{"withdrew from the AU mission", "Kenya withdrew from the African Union mission in Uganda.", "KEN/IGOAFRAFU/0874"},
		// an act in a picture is an image (picturedAct)
		{"poster featuring soldiers fighting", "Kenyan activists put up a billboard featuring Kenyan soldiers fighting in Uganda.", ""},
		{"poster featuring a named unit", "Kenyan activists put up a billboard featuring Simba Guard soldiers fighting in Uganda.", ""},
		{"photograph of troops attacking", "The newspaper printed a photograph of Kenyan troops attacking Ugandan rebels.", ""},
		{"video showing police beating", "A video showing Kenyan police beating Ugandan traders spread online.", ""},
		{"emails showed staff favouring", "Leaked emails showed Kenyan officials criticising Uganda.", "KENGOV/UGA/111"},
		{"soldiers fighting", "Kenyan soldiers are fighting Ugandan rebels.", "KENMIL/UGAREB/190"},
		// a claim that an actor will get something finds no fault (claimedGain)
		{"claimed judges would get", "Kenyan opposition leader John Mwangi claimed Ugandan judges would gain new powers over bail.", ""},
		{"claim the government has not done", "Kenyan opposition leaders claim the Ugandan government has not done enough.", "KENOPP/UGAGOV/110"},
		{"claimed judges had taken", "Kenyan opposition leader John Mwangi claimed Ugandan judges had taken bribes.", "KENOPP/UGAJUD/110"},
		// what an actor currently receives is a state (standingAid)
		{"currently receive support", "Of the region, just Uganda and Tanzania currently receive IMF loans.", ""},
		{"still receives aid", "Uganda still receives IMF support.", ""},
		{"received support", "Uganda received IMF support.", "IGOBUSIMF/UGA/071"},
		// verbs.dyad: a delay caused by talks delays no talks (DELAY "* BY TALK")
		{"delayed by talks", "The Kenyan president's arrival was delayed by Uganda border talks.", ""},
		{"delayed talks", "Kenya delayed talks with Uganda.", "KEN/UGA/161 UGA/KEN/161"},
		// verbs.dyad: a murder is unconventional violence (MURDER 180)
		{"jailed for murdering", "Kenyan farmer John Mwangi was convicted of murdering a Ugandan burglar.", "KENAGR/UGACRM/180"},
		{"troops killed", "Kenyan troops killed Ugandan rebels.", "KENMIL/UGAREB/190"},
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

// TestBodyAlias: an organisation's last word after a capitalised word
// its name lacks heads another name (bodyalias.go).
func TestBodyAlias(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"another forum", "The World Economic Forum met in Nairobi. Kisumu in Kenya will host the competing World Youth Forum next month.", ""},
		{"another bank", "The World Bank praised Kenya. Ugandan officials criticised the ailing Jamhuri Bank.", "IGOUNODEVWBK/KEN/051"},
		{"a country's bank", "The World Bank praised Kenya. Ugandan officials criticised the ailing Kenyan Bank.", "IGOUNODEVWBK/KEN/051 UGAGOV/KENBUS/111"},
		{"the forum", "The World Economic Forum met in Nairobi. The Forum criticised Uganda.", "NGOBUSWEF/UGA/111"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2005-01-20")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
