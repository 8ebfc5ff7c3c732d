package code

import "testing"

// TestMatterTarget: the owner of a concern reported, an actor a denied
// claim is about, the one an alleged consequence falls on, the act of a
// plan another made and an actor three phrases deep in what a statement
// is about are no targets of the source's act.
func TestMatterTarget(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"a concern reported is its owner's", "Raila Odinga said the Ugandan advocates' main concern was that they were not allowed to speak to detainees.",
			nil, []string{"/UGAJUD/"}},
		{"an anger reported is its owner's", "A source close to the Kenyan government said Ugandan President Yoweri Museveni's anger goes beyond trade.",
			nil, []string{"/UGAGOV/111"}},
		{"concerns brushed aside: their owner stays the target", "Kenya brushed aside Uganda's concerns.",
			[]string{"KEN/UGA/120"}, nil},
		{"a denied claim made in a book about an actor", "The Kenyan government has denied the claims, made in a new book about the Ugandan president's advice.",
			nil, []string{"/UGAGOV/016"}},
		{"claims about an actor denied", "The Kenyan government denied claims about the Ugandan president.",
			nil, []string{"/UGAGOV/016"}},
		{"the accuser of a denied accusation stays", "Kenya denied Uganda's accusations.",
			[]string{"KEN/UGA/016"}, nil},
		{"an alleged consequence's victim is no target", "The Kenyan president rejected any tariff increases, alleging this will impoverish Ugandan citizens further.",
			nil, []string{"/UGACVL/110"}},
		{"an allegation's actor subject stays", "The Kenyan president rejected the plan, alleging Uganda would profit from it.",
			[]string{"KENGOV/UGA/1"}, nil},
		{"a move to free written about: the move is not the writer's", "The Kenyan opposition leader wrote to the president about the move to free Ugandan rebels.",
			nil, []string{"KENOPP/UGAREB/080"}},
		{"a decision made is the maker's", "Kenya made the decision to expel Ugandan diplomats.",
			[]string{"KEN/UGAGOV/161"}, nil},
		{"an actor three phrases deep in a comment's matter", "The Kenyan president was commenting on the wrongful jailing of 11 people for IRA bomb attacks on pubs.",
			nil, []string{"/WEUREB/010"}},
		{"a comment on an actor's election stays", "The Kenyan president commented on the Ugandan election.",
			[]string{"KENGOV/UGA/010"}, nil},
	})
}
