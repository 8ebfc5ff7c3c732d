package code

import (
	"context"
	"strings"
	"testing"
)

// TestSenses21: verb senses readers of PolNeAR found wrong (senses21.go,
// issue 17); the events must be exactly these.
func TestSenses21(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		// a letter is a statement or an appeal by its content (letterContent)
		{"letter opposing", "Kenyan senators sent a letter to Ugandan leaders opposing the plan.", "KENLEG/UGA/010"},
		{"letter urging", "The Kenyan opposition sent a letter to the Ugandan president urging him to resign.", "KENOPP/UGAGOV/020"},
		{"letter demanding", "The Kenyan opposition sent a letter to the Ugandan president demanding his resignation.", "KENOPP/UGAGOV/100"},
		// persuading or encouraging someone to act is an appeal (persuadeAppeal)
		{"persuading to join", "Kenya set about persuading Uganda to join the alliance.", "KEN/UGA/020"},
		{"encouraged to sign", "Kenya has encouraged Ugandan officials to sign the treaty.", "KEN/UGAGOV/020"},
		{"persuaded alone", "Kenya persuaded Uganda.", "KEN/UGA/050"},
		{"persuaded to join: won over", "Kenya persuaded Uganda to join the alliance.", "KEN/UGA/050"},
		{"encouraged alone", "Kenya encouraged Uganda.", "KEN/UGA/051"},
		// a difficulty met is no meeting (facedThing)
		{"run into frictions", "Kenya has run into trade frictions with Uganda.", ""},
		{"facing pressure", "The Kenyan president had been facing growing pressure from donors to back Uganda.", ""},
		{"confronted an actor", "Kenya has confronted Uganda over the border.", "KEN/UGA/040 UGA/KEN/040"},
		{"met an actor", "Kenya has met Ugandan officials.", "KEN/UGAGOV/040 UGAGOV/KEN/040"},
		// guarding against a danger protects no actor (guardAgainst)
		{"guard against", "The UN envoy planted mangroves to guard against erosion in Uganda.", ""},
		{"protected against", "Kenya protected Uganda against attacks.", "KEN/UGA/074"},
		// circling back to a topic is no force (circleBack)
		{"circle back", "The Kenyan president used the speech to circle back to his talks with Uganda.", ""},
		{"circled troops", "Kenyan troops circled the Ugandan rebels.", "KENMIL/UGAREB/150"},
		// "like X" before the verb is a comparison (likeSource)
		{"candidates like", "Candidates like Yoweri Museveni have criticised Kenya.", "UGAGOV/KEN/111"},
		{"like opening", "Unlike Uganda, Kenya criticised Tanzania.", "KEN/TZA/111"},
		{"persuade voters", "The Kenyan president will seek to persuade wavering voters to back him.", ""},
		{"like before the verb", "Kenyan President Uhuru Kenyatta, like Ugandan President Yoweri Museveni, has urged Tanzania to cut tariffs.", "KENGOV/TZA/020"},
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
