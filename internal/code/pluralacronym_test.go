package code

import "testing"

// TestPluralAcronymBody: "MPs" names many, so a later "he" is no MP of
// that list (rejudge22); the MPs stay an actor of their own.
func TestPluralAcronymBody(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"'he' after a plural acronym", `Mr Kibaki said the plan would be "warmly welcomed by Kenyan MPs and members". "As he rightly says, the Ugandans have learned nothing," he added.`,
			nil, []string{"KENLEG/"}},
		{"the MPs as source", "Kenyan MPs criticised Uganda.",
			[]string{"KENLEG/UGA/111"}, nil},
		{"a singular role before stays 'he'", "The Kenyan president met Ugandan MPs on Monday. He then criticised Tanzania.",
			[]string{"KENGOV/UGALEG/040", "KENGOV/TZA/111"}, []string{"UGALEG/TZA/111"}},
	})
}
