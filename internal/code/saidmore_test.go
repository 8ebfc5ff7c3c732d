package code

import "testing"

// A verb after "and" or "but" that agrees in tense with a verb of saying
// or thinking taking a clause is that verb's subject's act (saidmore.go).
func TestSaidMore(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-03-01", "", []tripleCase{
		{"feared", "Kenya feared the talks would fail and condemned Uganda.", []string{"KEN/UGA/111"}, nil},
		{"suggested", "Kenyan officials suggested the minister be fired and defended the Ugandan president.", []string{"KENGOV/UGAGOV/052"}, nil},
		// the clause's own perfect continues: the verb after "and" is the clause's
		{"clause's perfect", "Kenya noted that Uganda had closed the border and expelled Tanzanian traders.", []string{"UGA/TZABUS/174"}, nil},
	})
}
