package code

import "testing"

// TestComplaintForum: the body a complaint is filed with (an IGO, a
// court, a body of the complainant's own country) is no target of the
// complaint; a complaint with a foreign state, or against an actor,
// stays (complaintwith.go).
func TestComplaintForum(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"with the UN: a forum", "Kenya filed a complaint with the United Nations against Uganda.",
			nil, []string{"KEN/IGOUNO/114"}},
		{"with the country's electoral commission: a forum", "The Kenyan opposition lodged a complaint with the Kenyan electoral commission.",
			nil, []string{"KENOPP/KENGOV/114"}},
		{"capitalised words before the body's name", "The Kenyan opposition filed a complaint with the Kenyan Electoral Commission ECK.",
			nil, []string{"KENOPP/KENGOV/114"}},
		{"with a court: a forum", "The Kenyan opposition lodged a complaint with the High Court.",
			nil, []string{"KENOPP/KENJUD/115"}},
		{"against Uganda with the WTO: Uganda stays", "Kenya filed a complaint against Uganda with the WTO.",
			[]string{"KEN/UGA/114"}, nil},
		{"with a foreign government: a protest to it", "Kenya lodged a formal complaint with the Ugandan government.",
			[]string{"KEN/UGAGOV/114"}, nil},
		{"complained to the UN: not this rule", "Kenya complained to the United Nations about Uganda.",
			[]string{"KEN/IGOUNO/110"}, nil},
	})
}
