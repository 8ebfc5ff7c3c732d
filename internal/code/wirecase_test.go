package code

import "testing"

// TestWireCase: the wire's capital after "U.S."/"U.K." is read in lower
// case when the word stands alone or is a function word; names, titles
// and institutions keep it, and the evidence quotes the text as written.
func TestWireCase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Kenya rejected a U.K. Suggestion that it seek help.", "Kenya rejected a U.K. suggestion that it seek help."},
		{"The U.S. Should admit Kenya.", "The U.S. should admit Kenya."},
		{"Six nations - the U.K., Kenya, the U.S. And West Germany - met.", "Six nations - the U.K., Kenya, the U.S. and West Germany - met."},
		{"U.S. Officials said so.", "U.S. officials said so."},
		{"the U.S. National\nCattlemen's Association met.", "the U.S. National\nCattlemen's Association met."},
		{"Kenya met the U.S. Trade Representative.", "Kenya met the U.S. Trade Representative."},
		{"The U.S. Treasury said it would act.", "The U.S. Treasury said it would act."},
		{"Kenya Demands U.K. Withdraw Troops", "Kenya Demands U.K. Withdraw Troops"},
		{"Kenya banned U.S.-built cars.", "Kenya banned U.S.-built cars."},
		{"the SU.S. Plan", "the SU.S. Plan"},
	} {
		if got := wireCase(tc.in, sentences(tc.in)); got != tc.want {
			t.Errorf("wireCase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// (what the gates make of "Should", "May", "Suggestion that" in lower
	// case is outside this package's coder: dyad code shows it)
	c := testCoder(t)
	checkTripleCases(t, c, "1987-04-15", "", []tripleCase{
		{"a list with a capital And", "The growing numbers of U.S. And U.K. Brokers coming to Kenya helped the market.", nil, []string{"USABUS/KENBUS/", "GBRBUS/KENBUS/"}},
		{"a verb after U.S. stays a verb", "In return, the U.S. Agreed to help Kenya with food aid.", []string{"USA/KEN/033"}, nil},
	})
	evs := c.Code(t.Context(), "t", "Kenya rejected a U.K. Suggestion that it pay.", "1987-04-15")
	for _, ev := range evs {
		if s := ev.Evidence[0].Sentence; s != "Kenya rejected a U.K. Suggestion that it pay." {
			t.Errorf("evidence %q, want the text as written", s)
		}
	}
}
