package code

import (
	"context"
	"strings"
	"testing"
)

// TestQuoteSpeakerIn: "I" and "we" inside a quotation are the speaker
// named beside its say-verb in the same sentence (quotespeaker.go); "we"
// is the speaker's country, as for a speaker of a longer quotation.
// Sentences written for this test.
func TestQuoteSpeakerIn(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ name, text, want string }{
		{"speaker before a colon", "The Kenyan foreign minister said: \"I criticised the Ugandan government several times.\"", "KENGOV/UGAGOV/111"},
		{"we: the speaker's country", "The Kenyan foreign minister said: \"We criticised the Ugandan government several times.\"", "KEN/UGAGOV/111"},
		{"an addressee before the colon", "The Kenyan foreign minister told reporters: \"I criticised the Ugandan government.\"", "KENGOV/UGAGOV/111"},
		{"speaker after the quotation", "\"I criticised the Ugandan government several times,\" the Kenyan foreign minister said.", "KENGOV/UGAGOV/111"},
		{"said before the speaker", "\"I criticised the Ugandan government,\" said the Kenyan foreign minister.", "KENGOV/UGAGOV/111"},
		{"a pronoun speaker is no speaker here", "\"I criticised the Ugandan government,\" he said.", ""},
		{"a list speaks for no one", "Kenya and Tanzania said: \"We criticised the Ugandan government.\"", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2010-01-01")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
