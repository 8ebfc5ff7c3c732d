package code

import "testing"

// A possessed act with a phrase of what it is about before "be" is
// judged by what follows (actphrase.go).
func TestActPhrase(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-03-01", "", []tripleCase{
		{"handling of", "The Kenyan president said the Ugandan government's handling of the crisis was a disgrace.", []string{"KENGOV/UGAGOV/111"}, nil},
		{"policy on", "The Kenyan president said Uganda's policy on refugees was wrong.", []string{"KENGOV/UGA/111"}, nil},
		{"decision over", "The Kenyan president said Uganda's decision over the border was welcome.", []string{"KENGOV/UGA/051"}, nil},
		// negation, a clause inside the phrase, and a modal give none
		{"negated", "The Kenyan president said Uganda's handling of the crisis was not a disgrace.", nil, []string{"KENGOV/UGA/111", "KENGOV/UGAGOV/111"}},
		{"relative clause", "The Kenyan president said Uganda's plan, which was a disgrace, had ended.", nil, []string{"/111"}},
		{"modal", "The Kenyan president said Uganda's policy on refugees would be a mistake.", nil, []string{"/111"}},
	})
}
