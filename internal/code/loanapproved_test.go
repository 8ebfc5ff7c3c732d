package code

import "testing"

// TestLoanApproved: a loan approved for another is economic aid given
// (071), a future approval an intent to give it (0331); other approvals
// keep ALLOW's codes (reuters22: verbs.dyad ALLOW "* LOAN").
func TestLoanApproved(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-17", "", []tripleCase{
		{"a loan approved", "The World Bank approved a 50 mln dlr loan to Uganda.", []string{"IGOUNODEVWBK/UGA/071"}, []string{"IGOUNODEVWBK/UGA/0311"}},
		{"loans approved for a country's projects", "The World Bank said it approved two loans totalling 75 mln dlrs for projects in Uganda.", []string{"IGOUNODEVWBK/UGA/071"}, nil},
		{"a loan to be approved", "The World Bank will approve a 50 mln dlr loan to Uganda.", []string{"IGOUNODEVWBK/UGA/0331"}, nil},
		{"a sale approved stays", "Kenya approved the sale of arms to Uganda.", []string{"KEN/UGA/0311"}, nil},
	})
}
