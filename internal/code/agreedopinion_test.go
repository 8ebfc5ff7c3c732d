package code

import "testing"

// TestAgreedOpinion: agreeing with someone that another is best shares a
// view, no intent toward the one the view is about (agreedopinion.go).
func TestAgreedOpinion(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2016-01-26", "", []tripleCase{
		{"with a non-actor that an actor is best", "The Kenyan opposition leader agrees with the analyst that Ugandan President Museveni is the best candidate.", nil, []string{"KENOPP/UGAGOV/"}},
		{"with a named person that an actor is best", "The Kenyan opposition leader agreed with Smith that Ugandan President Museveni was the strongest candidate.", nil, []string{"KENOPP/UGAGOV/"}},
		{"the one agreed with stays", "Kenya agreed with Uganda that the border would reopen.", []string{"KEN/UGA/019"}, nil},
		{"agreed with on a matter stays", "Kenya agreed with Uganda on the border.", []string{"KEN/UGA/030"}, nil},
	})
}
