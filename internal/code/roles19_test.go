package code

import "testing"

// TestRoles19: role errors left by re-judged sample 12 (roles19): an
// inverted speech tag in the plural present, …
func TestRoles19(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		name, text string
		want, not  []string // SRC/TGT/CODE
	}{
		{"an inverted plural speech tag: the actor in the reported clause is no speaker",
			"Kenyan workers could strike if Kenyan ministers scrap the pension scheme and make them work longer, warn union leaders.",
			nil, []string{"KENGOV/KENLAB/13", "KENGOV//13"}},
		{"a plural warn with its subject before it stays",
			"Kenyan ministers warn Uganda against sending troops.",
			[]string{"KENGOV/UGA/13"}, nil},
	} {
		checkTriples(t, c, tc.name, tc.text, "2010-01-01", "", tc.want, tc.not)
	}
}
