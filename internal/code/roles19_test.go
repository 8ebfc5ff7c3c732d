package code

import "testing"

// TestRoles19: role errors left by re-judged sample 12 (roles19): an
// inverted speech tag in the plural present; the agent of a participle
// of appointing inside the subject's noun phrase (agentinnoun.go); an actor in
// the subject of a subordinate clause after the verb (subtarget.go); a seat after "MP for" (constituency.go); the matter
// of a vote (DYAD_VOTE_ON); what a noun of the subject is about
// (topicsubject.go).
func TestRoles19(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"an inverted plural speech tag: the actor in the reported clause is no speaker",
			"Kenyan workers could strike if Kenyan ministers scrap the pension scheme and make them work longer, warn union leaders.",
			nil, []string{"KENGOV/KENLAB/13", "KENGOV//13"}},
		{"a plural warn with its subject before it stays",
			"Kenyan ministers warn Uganda against sending troops.",
			[]string{"KENGOV/UGA/13"}, nil},
		{"the agent of a participle inside an apposition is no source of the clause's verb",
			"John Otieno, the manager appointed by the Ugandan government as the firm's chief, met Kenyan lawmakers on Monday.",
			nil, []string{"UGAGOV/KENLEG/04"}},
		{"the agent of a participle of appointing after the subject: the subject is the source",
			"The Kenyan judge appointed by the Kenyan president met Ugandan officials.",
			[]string{"KENJUD/UGAGOV/040"}, []string{"KENGOV/UGAGOV/04"}},
		{"what an agent controls acts for it",
			"A group controlled by the Kenyan government told the Ugandan parliament it had sold its shares.",
			[]string{"KENGOV/UGALEG/01"}, nil},
		{"a passive of the clause's own verb keeps its agent",
			"Kenya was backed by Uganda on Monday.",
			[]string{"UGA/KEN/05"}, nil},
		{"an actor in the subject of a subordinate clause after the verb is no target",
			"The Kenyan opposition and the Kenyan government clashed over spending plans as the row over the Kenyan finance minister's budget turned into a battle.",
			nil, []string{"KENOPP/KENGOV/12", "KENGOV/KENGOV/12"}},
		{"\"as the\" before a role with no verb after stays",
			"Kenya named the diplomat as the envoy to Uganda.",
			[]string{"KEN/UGA/05"}, nil},
		{"a target before the subordinate clause stays",
			"Kenya criticised Uganda as the Ugandan troops crossed the border.",
			[]string{"KEN/UGA/111"}, nil},
		{"a seat after \"MP for\" is no party",
			"Mwai Kibaki hopes to remain MP for Kampala, and start a farm.",
			nil, []string{"KENGOV/UGA/01"}},
		{"a hope for a country stays",
			"Mwai Kibaki hopes for Kampala.",
			[]string{"KENGOV/UGA/013"}, nil},
		{"what a vote is on is no party",
			"The Kenyan parliament voted on the Ugandan military deployment.",
			nil, []string{"KENLEG/UGAMIL/03"}},
		{"a vote for a plan stays unchanged (none)",
			"Kenyan MPs voted for Uganda's plan.",
			nil, []string{"KENLEG/UGA/03"}},
		{"an actor a noun of the subject is about is no source",
			"Party support for the government on Uganda and identity cards had given Tanzania the chance to grow.",
			nil, []string{"UGA/TZA/"}},
		{"talks with an actor on a day keep their parties",
			"Kenyan talks with Uganda on Monday have given Tanzania hope.",
			[]string{"KEN/UGA/046"}, nil},
		{"a visit of an actor after \"about\" keeps its parties",
			"Files about the Ugandan president's visit to Kenya were found in Nairobi.",
			[]string{"UGAGOV/KEN/04"}, nil},
		{"an actor after \"on\" before an -ing verb is its subject",
			"We asked readers their thoughts on the Kenyan president meeting with the Ugandan president.",
			[]string{"KENGOV/UGAGOV/04"}, nil},
	})
}
