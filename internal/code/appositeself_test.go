package code

import "testing"

// TestAppositeSelf: a role set off by commas after a name describes the
// subject; neither it nor a pronoun standing for it is the target.
func TestAppositeSelf(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"her support: the subject's own", "Martha Karua, the former justice minister of Kenya, stressed her support of the reform.",
			nil, []string{"KENGOV/KENELI/", "KENGOV/KENGOV/"}},
		{"her successor: no event with herself", "Martha Karua, the former justice minister of Kenya, criticised her successor for the delay.",
			nil, []string{"KENGOV/KENELI/", "KENGOV/KENGOV/"}},
		{"another country's minister stays", "Martha Karua, the justice minister of Kenya, criticised the Ugandan foreign minister.",
			[]string{"KENGOV/UGAGOV/111"}, nil},
		{"a country after the apposition stays", "Martha Karua, the justice minister of Kenya, criticised Uganda for the delay.",
			[]string{"KENGOV/UGA/111"}, nil},
	})
}
