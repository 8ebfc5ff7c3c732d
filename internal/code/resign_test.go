package code

import "testing"

// TestResignation: a resignation (08) yields to no body left, post taken
// or actor of another clause; the country whose office a head leaves
// stays its target (resign.go).
func TestResignation(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"the body left", "The Kenyan foreign minister resigned from the Kenyan government over the war in Somalia.",
			nil, []string{"/08"}},
		{"the post taken", "The Kenyan minister resigned to become Ugandan ambassador to Tanzania.",
			nil, []string{"/08"}},
		{"an actor of the next clause", "The Kenyan president said he was resigning and the Ugandan president invited Tanzania to mediate.",
			nil, []string{"KENGOV/UGAGOV/08", "KENGOV/TZA/08"}},
		{"stepped down from a post", "The Kenyan minister stepped down from his Ugandan post.",
			nil, []string{"/08"}},
		{"the office of a country stays", "The Kenyan general resigned as president of Uganda on Monday.",
			[]string{"KEN/UGAGOV/083"}, nil},
		{"a party whip resigned is a break", "The Kenyan minister resigned the whip of the Ugandan party in protest.",
			nil, []string{"/08"}},
	})
}
