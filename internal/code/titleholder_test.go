package code

import "testing"

// A bare title of a one-holder office and a named person of the same
// code are two people when the article names another holder of the
// office on the date (titleholder.go).
func TestTitleHolderOther(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-03-01", "GBR", []tripleCase{
		{"title as source", "Tony Blair spoke in London on Monday. The prime minister told Mr Brown that taxes would rise.", []string{"GBRGOV/GBRGOV/010"}, nil},
		{"title as target", "Gordon Brown spoke in London on Monday. Mr Blair told the chancellor that taxes would rise.", []string{"GBRGOV/GBRGOV/010"}, nil},
		// the named person holds the office: one person
		{"the holder himself", "Gordon Brown spoke in London on Monday. The chancellor criticised Mr Brown.", nil, []string{"GBRGOV/GBRGOV"}},
		// no holder named in the article: not told apart
		{"no holder named", "The prime minister criticised Mr Brown.", nil, []string{"GBRGOV/GBRGOV"}},
		// the target the subject of its own verb
		{"target a subject", "Tony Blair spoke in London on Monday. Mr Brown refused to deny claims the prime minister had reneged on a deal.", nil, []string{"GBRGOV/GBRGOV"}},
	})
}
