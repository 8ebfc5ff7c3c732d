package code

import "testing"

// TestPurposeAfterWith: the receiver of a supply is no subject of the
// purpose infinitive after what it is supplied with; an object asked or
// urged to act still is.
func TestPurposeAfterWith(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"the purpose of a supply",
			"Kenya provided Uganda with loan guarantees and insurance to finance Tanzanian exports.",
			[]string{"KEN/UGA/"}, []string{"UGA/TZA/"}},
		{"an object urged to act stays its subject",
			"Kenya urged Uganda to finance Tanzanian exports.",
			[]string{"KEN/UGA/020"}, nil},
		{"a 'with' clause of its own",
			"Kenya met Uganda with its allies. Uganda agreed to finance Tanzanian exports.",
			[]string{"UGA/TZA/"}, nil},
	})
}
