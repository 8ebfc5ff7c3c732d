package code

import "testing"

// TestSenses22: condolences sent are an empathetic comment (verbs.dyad
// SEND, 018) (senses22, issue 17).
func TestSenses22(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"sent condolences", "Kenya sent condolences to Uganda.", []string{"KEN/UGA/018"}, nil},
		{"sent a condolence message", "Kenya sent a condolence message to Uganda.", []string{"KEN/UGA/018"}, []string{"KEN/UGA/040"}},
		{"sent a message of sympathy", "Kenya sent a message of sympathy to Uganda.", []string{"KEN/UGA/018"}, nil},
		{"sent a message", "Kenya sent a message to Uganda.", []string{"KEN/UGA/040"}, nil},
	})
}
