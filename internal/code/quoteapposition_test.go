package code

import "testing"

// "I" and "we" in a quotation attributed by "X, the Y, said:" are X, or
// the role Y for a name no dictionary holds (quoteapposition.go).
func TestAppositionSpeaker(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-03-01", "", []tripleCase{
		{"known name", "Tony Blair spoke on Monday. Mr Blair, the prime minister, said: \"I condemn the Ugandan government.\"", []string{"GBRGOV/UGAGOV/111"}, nil},
		{"unknown name, its role", "Mr Smithers, the Kenyan foreign minister, said: \"I condemn the Ugandan government.\"", []string{"KENGOV/UGAGOV/111"}, nil},
		// a list's last member is no apposition; no comma before the verb
		{"a list", "Kenya, Uganda and Tanzania said: \"We condemn the Rwandan government.\"", nil, []string{"TZA/RWAGOV", "UGA/RWAGOV"}},
		{"no apposition", "Mr Smithers said: \"I condemn the Ugandan government.\"", nil, []string{"/UGAGOV/111"}},
	})
}
