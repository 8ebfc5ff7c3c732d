package code

import "testing"

// TestOwnSubject: a clause with a subject of its own takes no source
// (nor, in the passive, target) from the clause before, and lends the
// verb before it no target; a verb right after "and" shares the first
// verb's subject, not its object; a participle right after the subject
// qualifies it (ownsubject.go).
func TestOwnSubject(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"after 'and' the new subject, no actor, is the source", "Kenya arrested 30 protesters and the new rules would allow Ugandan police to question them.",
			nil, []string{"KEN/UGACOP/035", "KEN/UGACOP/175"}},
		{"a passive after 'as' with its own subject: no target from the main clause", "The Kenyan government saw its majority fall as a motion was rejected by the Ugandan parliament.",
			nil, []string{"UGALEG/KENGOV/120", "KENGOV/UGALEG/112"}},
		{"no target past a clause after 'and' with its own subject", "Kenyan police arrested 30 protesters and the rest fled to Uganda.",
			nil, []string{"KENCOP/UGA/173"}},
		{"the verb after 'and' shares the subject, not the possessor in the object", "The bishop backed President Museveni's stance and distanced himself from Kenya.",
			nil, []string{"UGAGOV/KEN/"}},
		{"the verb after 'and' takes the first verb's subject", "President Museveni spoke of his faith in the Kenyan people and urged Ugandan voters to stay calm.",
			[]string{"UGAGOV/UGACVL/020"}, []string{"KENPPL/UGACVL/020"}},
		{"a participle after the subject before the main verb qualifies it", "Five Kenyan prisoners released from Luzira in March were questioned by Ugandan police before being freed.",
			nil, []string{"KENCVL/UGACOP/084"}},
		{"a relative clause's own subject before its verb still acts", "The duty the Kenyan government imposed on Ugandan sugar last year was criticised.",
			[]string{"KENGOV/UGA/170"}, nil},
		{"a condition after 'if' keeps the target", "Kenya will not accept any more refugees if war starts in Uganda.",
			[]string{"KEN/UGA/122"}, nil},
		{"'once again' opens no clause", "Kenya has once again rejected a Ugandan proposal.",
			[]string{"KEN/UGA/120"}, nil},
		{"two subjects joined by 'and'", "The Kenyan opposition and some church leaders have accused Uganda of meddling.",
			[]string{"KENOPP/UGA/112"}, nil},
		{"two verbs of one subject", "Kenya condemned Uganda and praised Tanzania.",
			[]string{"KEN/UGA/111", "KEN/TZA/051"}, nil},
	})
}
