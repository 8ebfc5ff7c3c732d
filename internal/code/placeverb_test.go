package code

import "testing"

// TestPlaceVerb checks placeVerb (cover17, issue 12): an irregular verb
// form between a country and a role word is the clause's verb, so the two
// are separate actors; nouns qualifying the role, and any word after a
// possessive, still make one actor.
func TestPlaceVerb(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"hit", "Kenya hit rebels in the north.", []string{"KEN/KENREB/190"}, nil},
		{"met", "Kenya met opposition leaders on Monday.", []string{"KEN/KENOPP/040"}, nil},
		{"let free", "Yemen let free activists.", []string{"YEM/YEMOPP/0841"}, nil},
		// nouns qualifying the role: one actor, as before
		{"noun qualifiers", "The Kenya stock market regulator criticised Uganda.", []string{"KENGOV/UGA/111"}, nil},
		{"a role's own qualifier", "Kenya opposition activists criticised the government.", []string{"KENOPP/KENGOV/111"}, nil},
		// after a possessive the words are inside the noun phrase
		{"possessive", "Kenya's left opposition criticised the government.", []string{"KENOPP/KENGOV/111"}, []string{"KEN/"}},
	}
	for _, tc := range tests {
		checkTriples(t, c, tc.name, tc.text, "2010-01-01", "", tc.want, tc.not)
	}
}
