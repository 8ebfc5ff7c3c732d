package code

import "testing"

// TestLetImperative: "Let X V" calls on X; X does nothing yet
// (letimperative.go).
func TestLetImperative(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2016-01-26", "", []tripleCase{
		{"a quoted call after said", "Tanzanian President Magufuli said, \"Let the United Nations advise other countries to accept the refugees.\"", nil, []string{"IGOUNO/"}},
		{"a call opening the sentence", "Let Uganda negotiate with Kenya, the Tanzanian president said.", nil, []string{"UGA/KEN/"}},
		{"the same act without let stays", "Uganda negotiated with Kenya, the Tanzanian president said.", []string{"UGA/KEN/046"}, nil},
	})
}
