package code

import (
	"context"
	"strings"
	"testing"
)

// TestAppositionObject checks appositionObject (cover17, issue 12): a name
// the dictionaries lack right after the verb, then an apposition holding
// an actor that closes the clause or a phrase, is coded by the
// apposition; not a list, not a speech tag, not the subject's apposition.
func TestAppositionObject(t *testing.T) {
	// the object noun check asks a tagger: the fake one tags the names
	// NOUN, as the real one may
	c, err := New(context.Background(), Options{Gates: []Gate{fakeTagger{map[string]string{"a": "DET", "senior": "ADJ", "former": "ADJ"}}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"criticised", "Kenya criticised John Mwangi, a Ugandan activist.", []string{"KEN/UGAOPP/111"}, nil},
		{"praised, an adjective", "Kenya praised Alice Otieno, a senior Ugandan official.", []string{"KEN/UGAGOV/051"}, nil},
		{"accused, a phrase after", "Kenya accused John Mwangi, a Ugandan activist, of spying.", []string{"KEN/UGAOPP/112"}, nil},
		// a speech tag, a list, the subject's apposition, a relative clause
		{"speech tag", "Kenya criticised John Mwangi, a Ugandan official said.", nil, []string{"KEN/UGA"}},
		{"a list", "Kenya criticised Acme Holdings, Uganda and Tanzania.", nil, []string{"KEN/UGA"}},
		{"the subject's apposition", "A supporter who still backs John Mwangi, a former Ugandan minister, lives in Nairobi.", nil, []string{"UGAELI"}},
	}
	for _, tc := range tests {
		got := strings.Join(triples(c.CodeIn(context.Background(), "t", tc.text, "2010-01-01", "")), " ")
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: got %q, want %q", tc.name, got, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: got %q, not %q", tc.name, got, w)
			}
		}
	}
}
