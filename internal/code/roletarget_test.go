package code

import "testing"

// TestRoleTarget: the captive of an appeal or demand for a release is no
// target (the holder named after "held by" is), an outlet that relays
// what was said is no party, and the actors inside an -ing clause or an
// expletive "there" clause's "of" phrase of a statement, order or plan
// are its matter; an actor inside a denied report is no target.
func TestRoleTarget(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"an appeal for a captive's release: no holder, no target", "Kenyan opposition leader Raila Odinga has appealed for the release of Ugandan journalist Sarah Nakato, kidnapped near Gulu.",
			nil, []string{"/UGAMED/0253"}},
		{"a demand for a release: the captive no target", "Kenya demanded the release of the Ugandan journalists.",
			nil, []string{"/UGAMED/1053"}},
		{"the holder named after 'held by' is the target", "Kenya called for the release of the Ugandan journalists held by Somali rebels.",
			[]string{"KEN/SOMREB/0253"}, []string{"/UGAMED/0253"}},
		{"the one urged to release stays the target", "The Kenyan government urged Uganda to release the journalists.",
			[]string{"KENGOV/UGA/0253"}, nil},
		{"the one told to release stays the target", "Kenya called on Uganda to release the journalists.",
			[]string{"KEN/UGA/0253"}, nil},
		{"sources told the BBC: the outlet is no target", "Some senior Kenyan ministers argued against the plan, government sources told the BBC.",
			nil, []string{"MED/"}},
		{"a BBC interview: the outlet is no target", "Ugandan President Yoweri Museveni rejected the plan in a BBC interview.",
			nil, []string{"MED/"}},
		{"the outlet itself criticised stays", "Ugandan President Yoweri Museveni criticised the BBC.",
			[]string{"UGAGOV/GBRMED/111"}, nil},
		{"the reported act's target stays", "The Kenyan government criticised Uganda on Monday, Raila Odinga told the BBC.",
			[]string{"/UGA/111"}, nil},
		{"an -ing object after 'for' is the order's matter", "Ugandan President Yoweri Museveni told ministries to put plans in place for employing Kenyan refugees.",
			nil, []string{"UGAGOV/KENREF/"}},
		{"a said clause opened by 'there was': matter", "Raila Odinga said there was a difference between the experiences of Ugandan refugees before 1997 and afterwards.",
			nil, []string{"/UGAREF/010"}},
		{"a said clause with an -ing subject stays a statement about them", "The Kenyan electoral commission says having Kenyan voters register individually fits better with the law.",
			[]string{"/KENCVL/010"}, nil},
		{"'there' with an infinitive's object: a decision about him stays", "Kenyan Interior Minister John Kamau said there was not enough evidence to keep the Ugandan man, known only as K, detained as a terrorist suspect.",
			[]string{"KENGOV/UGAPPL/010"}, nil},
		{"an -ing adjective before the actor is no gerund", "Uganda says it is willing to withdraw its troops from neighbouring Kenya.",
			[]string{"UGA/KEN/"}, nil},
		{"pessimism about an -ing act: its object stays the target", "Kenya expressed pessimism about bringing the Ugandan rebels to the table.",
			[]string{"KEN/UGAREB/012"}, nil},
		{"'there' with a partner: the partner stays", "Raila Odinga said there had been disagreements with Uganda over trade.",
			[]string{"KENGOV/UGA/"}, nil},
		{"'during' is no -ing subject", "Raila Odinga said during a meeting with Ugandan officials that trade would grow.",
			[]string{"KENGOV/UGAGOV/"}, nil},
		{"a said clause with an actor subject stays", "Raila Odinga said Ugandan refugees were welcome in Kenya.",
			[]string{"KENGOV/UGAREF/"}, nil},
		{"an actor inside a denied report: matter", "The Kenyan opposition's campaign director has denied a report claiming he warned Raila Odinga the party could not win the next election.",
			nil, []string{"/KENGOV/016", "/KENOPP/016"}},
	})
}
