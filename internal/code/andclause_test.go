package code

import "testing"

// TestAndClauseSubject: an actor after "and" with a finite verb of its
// own opens a new clause and is no second object (andclause.go).
func TestAndClauseSubject(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2010-01-01", "", []tripleCase{
		{"a past verb after the actor", "Kenya attacked Uganda and Tanzania condemned the raid.", []string{"KEN/UGA/190"}, []string{"KEN/TZA/"}},
		{"an auxiliary after the actor", "Kenya is investigating the Ugandan police and the Tanzanian ministry is considering a request for an inquiry.", []string{"KEN/UGACOP/090"}, []string{"KEN/TZAGOV/"}},
		{"a list object stays", "Kenya criticised Uganda and Tanzania on Monday.", []string{"KEN/UGA/111", "KEN/TZA/111"}, nil},
		{"a participle qualifying the object stays", "Kenya is negotiating with Uganda and the World Bank based in Washington.", []string{"KEN/UGA/046", "KEN/IGOUNODEVWBK/046"}, nil},
		{"a compound subject stays", "Kenya and Uganda signed a deal.", []string{"KEN/UGA/057"}, nil},
	})
}
