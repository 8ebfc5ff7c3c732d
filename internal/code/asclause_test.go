package code

import "testing"

// TestAsClause: a sentence opening "As <actor> <verb> …," has its
// subject after the comma; an "As" phrase with no named subject of its
// own stays as it was (rejudge22).
func TestAsClause(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"a named subject after 'As'", "As the Kenyan president toured the region, the Ugandan president dismissed Kenya as a fading force.",
			[]string{"UGAGOV/KEN/110"}, []string{"KENGOV/KEN/110"}},
		{"a titled name after 'As'", "As Kenyan leader Mwai Kibaki opened his campaign, the Ugandan opposition leader criticised Tanzania.",
			[]string{"UGAOPP/TZA/111"}, []string{"KENGOV/TZA/111", "KEN/TZA/111"}},
		{"'As part of' is a phrase", "As part of the deal, Kenya criticised Uganda.",
			[]string{"KEN/UGA/111"}, nil},
		{"a capacity after 'As a'", "As a Kenyan senator, the minister criticised Uganda.",
			[]string{"KEN"}, nil},
	})
}
