package code

import (
	"context"
	"strings"
	"testing"
)

// TestSenses25: verb senses the eighth PolNeAR reading left (senses25.go,
// issue 17); the events must be exactly these.
func TestSenses25(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		// helping elect a candidate is campaigning (helpElect)
		{"helped elect", "The Kenyan senator helped elect Ugandan President Yoweri Museveni.", ""},
		{"helped rebuild", "Kenya helped Uganda rebuild its roads.", "KEN/UGA/070"},
		{"helped", "Kenya helped Uganda.", "KEN/UGA/070"},
		// voters' support or help is a vote (votersAfter, courtsVoters)
		{"voters, especially women, who helped", "During the primary, Ugandan President Yoweri Museveni enjoyed tremendous support from African-American voters, especially older women, who helped him beat back a challenge from Senator John Okello.", ""},
		{"voters backed", "Kenyan voters backed Ugandan President Yoweri Museveni.", ""},
		// seeming confident is no statement (seemedConfident)
		{"seem confident", "Ugandan officials seem confident they have the votes to defeat Kenya.", ""},
		{"seemed confident about", "Ugandan President Yoweri Museveni seemed confident about talks with Kenya.", ""},
		{"said confident", "Ugandan President Yoweri Museveni said he was confident about talks with Kenya.", "UGAGOV/KEN/046 KEN/UGAGOV/046"},
		// investing time and energy is no economic cooperation (investedEffort)
		{"invested time and energy", "Ugandan President Yoweri Museveni and Kenyan President Uhuru Kenyatta have invested too much time and energy into the narrative.", ""},
		{"invested heavily", "Kenya invested heavily in Uganda.", "KEN/UGA/061"},
		{"invested millions", "Kenya has invested millions in Ugandan infrastructure.", "KEN/UGA/061"},
		// the object of "taken" in a contact relative is the noun before (takenNoun)
		{"strategy taken", "The strategy Kenya has taken in its battle against Uganda is failing.", ""},
		{"approach took", "The approach Kenya took toward Uganda worked.", ""},
		{"strategy the government has taken", "He criticised the strategy the Kenyan government has taken in its battle against Ugandan rebels.", ""},
		{"took prisoner", "Kenyan troops took Ugandan soldiers prisoner.", "KENMIL/UGAMIL/192"},
		// a thing comes, no visit (thingCame)
		{"goods come to", "About half of the goods that Kenya produces come to Uganda.", ""},
		{"coffee comes to", "Kenyan coffee and tea come to Uganda every week.", ""},
		{"president comes to", "The Kenyan president will come to Uganda next week.", "KENGOV/UGA/036"},
		{"delegation comes to", "The Kenyan delegation will come to Uganda next week.", "KEN/UGA/036"},
		// a thing appeals to or praises nobody (thingAppeals)
		{"solidarity encouraged", "The solidarity of Kenya encouraged Uganda to raise prices.", ""},
		{"fortitude inspired", "Kenyan President Uhuru Kenyatta's fortitude has inspired Ugandan women.", ""},
		{"encouraged to raise", "Kenya encouraged Uganda to raise prices.", "KEN/UGA/020"},
		{"inspired", "Kenyan President Uhuru Kenyatta has inspired Ugandan women.", "KENGOV/UGACVL/051"},
		// seizing on a report is using it (seizedOn)
		{"seizing upon a report", "The Kenyan opposition is seizing upon a Ugandan newspaper report about the talks.", ""},
		{"seized on revelations", "Kenyan President Uhuru Kenyatta seized on new revelations about Ugandan President Yoweri Museveni.", ""},
		{"seized a town", "Kenyan troops seized the Ugandan town of Busia.", "KENMIL/UGA/192"},
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
