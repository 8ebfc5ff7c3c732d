package code

import "testing"

// TestReutersAmounts: Reuters' "dlrs", "dlr", "stg", "sterling" and
// "francs" are members of &CURRENCY (verbs.dyad), so aid, loans and
// payments written in them match the currency patterns as "dollars" and
// "pounds" do; the words are never actors.
func TestReutersAmounts(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-17", "", []tripleCase{
		{"aid to be provided in dlrs", "Kenya will provide 50 mln dlrs to Uganda.", []string{"KEN/UGA/0331"}, nil},
		{"a loan in stg", "Kenya lent Uganda 20 mln stg.", []string{"KEN/UGA/071"}, []string{"KEN/UGA/060"}},
		{"money given in billion dlrs", "Kenya gave Uganda 1.5 billion dlrs.", []string{"KEN/UGA/071"}, nil},
		{"money received in dlrs", "Uganda received 10 mln dlrs from Kenya.", []string{"KEN/UGA/071"}, nil},
		{"a payment in francs", "Kenya paid Uganda 30 mln francs.", []string{"KEN/UGA/061"}, nil},
		{"a payment in sterling", "Kenya paid Uganda five mln sterling.", []string{"KEN/UGA/061"}, nil},
	})
}
