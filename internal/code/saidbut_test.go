package code

import "testing"

// A judgement in the clause after "but" within what was said
// (saidbut.go).
func TestJudgedAfterBut(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-03-01", "", []tripleCase{
		{"indirect", "The Kenyan president said the talks went well but Uganda had failed its people.", []string{"KENGOV/UGA/111"}, nil},
		{"quotation after a colon", "The Kenyan president said: \"The talks went well, but Uganda has failed its people.\"", []string{"KENGOV/UGA/111"}, nil},
		{"speaker after", "\"The talks went well but the Ugandan government is lying,\" the Kenyan president said.", []string{"KENGOV/UGAGOV/112"}, nil},
		{"praise", "The Kenyan president said the talks went well, but the Ugandan president was right to leave.", []string{"KENGOV/UGAGOV/051"}, nil},
		// negation; another speaker's words after "but"
		{"negated", "The Kenyan president said the talks went well but Uganda had not failed its people.", nil, []string{"/111"}},
		{"another speaker", "The Kenyan president said the talks went well but Uganda said the talks had failed.", nil, []string{"/111"}},
	})
}
