package code

import "testing"

// TestJudgedDecision: praise or blame of a decision is not aimed at
// whoever the decided act is done to (judgeddecision.go).
func TestJudgedDecision(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2010-01-01", "", []tripleCase{
		{"a court's decision, no actor owner", "Kenyan firms welcomed an appeal court's decision to reject the Ugandan government's claim.", nil, []string{"KENBUS/UGAGOV/"}},
		{"the decision, no owner", "Kenya condemned the decision to expel Ugandan diplomats.", nil, []string{"KEN/UGAGOV/"}},
		{"an actor owner stays", "Kenya welcomed Tanzania's decision to reject Uganda's claim.", []string{"KEN/TZA/051"}, []string{"KEN/UGA/"}},
		{"the owner as object stays", "Kenya criticised Uganda for its decision to expel diplomats.", []string{"KEN/UGA/111"}, nil},
		{"an order's demand stays", "A Kenyan court issued an order to prevent Uganda from buying the shares.", []string{"KENJUD/UGA/100"}, nil},
	})
}
