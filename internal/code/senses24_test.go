package code

import (
	"context"
	"strings"
	"testing"
)

// TestSenses24: verb senses and phrasings left by earlier work (senses3,
// issue 17), each code checked against the CAMEO codebook; the events
// must be exactly these.
func TestSenses24(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		// wanting another to act is an appeal (wantedAct)
		{"wants to close", "Kenya wants Uganda to close the border.", "KEN/UGA/020"},
		{"wants to release", "Kenya wants Uganda to release the prisoners.", "KEN/UGA/0253"},
		{"wants to withdraw", "Kenya wants Uganda to withdraw its troops.", "KEN/UGA/025"},
		{"wants to hold talks", "Kenya wants Uganda to hold talks.", "KEN/UGA/026"},
		{"wants closer ties stays", "Kenya wants closer ties with Uganda.", "KEN/UGA/030"},
		{"wants voters to know is courting them", "The Kenyan opposition leader wants Ugandan voters to know that he is with them.", ""},
		// a state or government recognised (recognisedState)
		{"recognised a state", "Kenya recognised Uganda.", "KEN/UGA/054"},
		{"recognised a new government", "Kenya recognised the new Ugandan government.", "KEN/UGAGOV/054"},
		{"recognised efforts stays", "Kenya recognised Uganda's efforts.", "KEN/UGA/051"},
		{"recognised for its work stays", "Kenya recognised Uganda for its work.", "KEN/UGA/051"},
		{"recognised a person stays", "The Kenyan president recognised Ugandan opposition leader John Okello.", "KENGOV/UGAOPP/051"},
		// a person acknowledged (acknowledgedPerson); a clause after it stays nothing
		{"acknowledged a person", "The Kenyan president acknowledged Ugandan opposition leader John Okello.", "KENGOV/UGAOPP/051"},
		{"acknowledged a clause without that", "The Kenyan president acknowledged the Ugandan president and the Kenyan opposition had split.", ""},
		{"acknowledged a state of another", "The Kenyan president acknowledged the Ugandan army was stronger.", ""},
		{"acknowledged killing stays", "Kenya acknowledged that its troops had killed Ugandan civilians.", "KEN/UGACVL/015 KEN/UGACVL/202"},
		// the opposition to a thing is a stance, no party (oppositionStance)
		{"joined the opposition to", "Kenya joined the opposition to the plan.", ""},
		{"joined the opposition against", "Ugandan ruling party assemblymen have joined the opposition against the tax.", ""},
		{"joined a country's opposition stays", "The Kenyan minister joined the opposition in Uganda.", "KENGOV/UGAOPP/040"},
		{"the opposition of a country stays", "The Kenyan opposition criticised Uganda.", "KENOPP/UGA/111"},
		// CANCEL's "* OFFICE" and "* PARTY" in their other sense (cancelledPost)
		{"quit office", "Kenyan minister John Okello quit office over the Ugandan deal.", ""},
		{"quit his office", "The Kenyan minister quit his office in protest at the Ugandan raid.", ""},
		{"stopped a party", "Kenya stopped the party in Uganda.", ""},
		{"ended a party of students", "Kenyan police ended a party of Ugandan students.", ""},
		{"closed its office stays", "Kenya closed the Ugandan office in Nairobi.", "KEN/UGA/160"},
		{"quit the party stays", "Kenyan MP John Okello quit the Ugandan party.", "KENLEG/UGA/160"},
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
