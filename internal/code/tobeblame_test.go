package code

import "testing"

// TestToBeBlamed: "be to blame" is responsibility, no blaming by the
// clause's subject (toBeBlamed, chprec22, issue 17).
func TestToBeBlamed(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"who is to blame", "Uganda vetoed on Friday a Kenyan-drafted African Union resolution to extend by one month an international inquiry into who is to blame for chemical weapons attacks in Sudan.",
			[]string{"UGA/IGOAFRAFU/129"}, []string{"IGOAFRAFU/SDN/1124"}},
		{"is partly to blame", "The Kenyan army is partly to blame for the attacks on Ugandan villages.", nil, []string{"KENMIL/UGA"}},
		{"said to be to blame", "Kenya says Uganda is to blame for the border attacks.", []string{"KEN/UGA/111"}, nil},
		{"blames stays", "Kenya blamed Uganda for the attacks on its border villages.", []string{"KEN/UGA/112"}, nil},
	})
}
