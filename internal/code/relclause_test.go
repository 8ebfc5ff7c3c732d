package code

import "testing"

// TestRelativeClause: a relative clause set off by commas after the
// subject neither blocks the main verb nor lends its verb the main
// clause's target.
func TestRelativeClause(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"the main verb after the clause", "Raila Odinga, who visited Tanzania in February, blasted Uganda as a disgrace on Wednesday.",
			[]string{"KENGOV/TZA/042", "KENGOV/UGA/111"}, nil},
		{"the main clause's target is not the clause verb's", "Raila Odinga, who has campaigned heavily for the ruling party since February, blasted Uganda as a disgrace on Wednesday.",
			[]string{"KENGOV/UGA/111"}, []string{"KENGOV/UGA/100"}},
		{"a statement after the clause keeps its report as before", "Raila Odinga, who met Ugandan President Yoweri Museveni on Monday, said he would visit Tanzania.",
			[]string{"KENGOV/UGAGOV/040"}, []string{"UGAGOV/TZA/"}},
		{"asked not to be named, told: no appeal to the listener", "A Kenyan official, who asked not to be named, told Ugandan radio the talks had failed.",
			nil, []string{"KENGOV/UGAMED/020", "KENGOV/UGA/020"}},
	})
}
