package code

import (
	"context"
	"strings"
	"testing"
)

// TestEvalInSaid: an evaluation of the said clause's subject (an actor,
// or its act or words) after a form of "be" is the speaker's criticism,
// accusation or praise (evalsaid.go); negated it stays a statement.
func TestEvalInSaid(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"possessed words judged", "Ugandan President Yoweri Museveni says Kenya's tweets were unhinged.", "UGAGOV/KEN/111"},
		{"possessed words in quotation marks", "Ugandan President Yoweri Museveni says Kenya's \"latest rant\" was unhinged.", "UGAGOV/KEN/111"},
		{"a plan judged dangerous", "Ugandan President Yoweri Museveni said Kenya's plan was dangerous.", "UGAGOV/KEN/111"},
		{"a liar: an accusation", "Ugandan President Yoweri Museveni said the Kenyan government is a liar.", "UGAGOV/KENGOV/112"},
		{"an embarrassment", "Kenya said the Ugandan opposition has been an embarrassment.", "KEN/UGAOPP/111"},
		{"a weak leader", "Kenya said the Ugandan president was a weak leader.", "KEN/UGAGOV/111"},
		{"a dedicated advocate", "Kenyan President William Ruto says the Ugandan president is a dedicated advocate for children.", "KENGOV/UGAGOV/051"},
		{"adjectives with a comma", "Kenyan President William Ruto says the Ugandan president is a tireless, dedicated advocate for refugees.", "KENGOV/UGAGOV/051"},
		{"a great friend", "Kenya said Uganda was a great friend of the region.", "KEN/UGA/051"},
		{"honest", "Kenya said the Ugandan government had been honest.", "KEN/UGAGOV/051"},
		{"negated noun", "Ugandan President Yoweri Museveni said Kenya was not a liar.", ""},
		{"negated adjective on possessed words", "Ugandan President Yoweri Museveni says Kenya's tweets were not unhinged.", "UGAGOV/KEN/010"},
		{"a role noun alone judges nothing", "Kenya said Uganda was a partner in the talks.", ""},
		{"a descriptive adjective judges nothing", "Kenya said Uganda was a close partner.", ""},
		{"a thing possessed is no act", "Kenya said Uganda's drought was dangerous.", ""},
		{"not the clause subject", "Kenya said the road to Uganda was dangerous.", ""},
		{"no friend of", "Kenyan President Uhuru Kenyatta said Ugandan President Yoweri Museveni is no friend of Kenya.", "KENGOV/UGAGOV/111"},
		{"bare plural liars", "Kenyan President Uhuru Kenyatta said Ugandan officials are liars.", "KENGOV/UGAGOV/112"},
		{"bare plural all cowards", "Kenyan President Uhuru Kenyatta said the Ugandan rebels were all cowards.", "KENGOV/UGAREB/111"},
		{"bare plural description", "Kenyan President Uhuru Kenyatta said Ugandan officials are farmers.", ""},
		{"not a friend", "Kenyan President Uhuru Kenyatta said Ugandan President Yoweri Museveni is not a friend of Kenya.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2020-01-01")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
