package code

import "testing"

// TestStatementTarget: a statement's target that is only what was talked
// about, a pronoun standing for the speaker, an actor past a say-verb's
// comma or past a relative clause's closing comma is none; a judgement
// of a possessed act with its infinitive is the speaker's judgement.
func TestStatementTarget(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"a relative clause before an auxiliary: the main verb's target", "Raila Odinga, who spoke for more than an hour, did not mention Uganda.",
			nil, []string{"KENGOV/UGA/010"}},
		{"a relative clause before an adverb: the main verb codes", "Raila Odinga, who spoke for more than an hour, later criticised Uganda.",
			[]string{"KENGOV/UGA/111"}, []string{"KENGOV/UGA/010"}},
		{"a say-verb before a comma: a participle's object", "\"I want to wait until I meet him,\" Raila Odinga said, using Yoweri Museveni's nickname.",
			nil, []string{"KENGOV/UGAGOV/010"}},
		{"a speech tag set off by commas: the reported clause's actor", "Uhuru Kenyatta, Kenyan analysts said, has other reasons for not being drawn out on Uganda.",
			nil, []string{"/UGA/010"}},
		{"talked about an act: its object is the matter", "Uhuru Kenyatta talked about bringing Ugandan refugees home.",
			nil, []string{"KENELI/UGAREF/010"}},
		{"talking about deporting: no deportation", "Uhuru Kenyatta is talking about deporting thousands of Ugandan refugees.",
			nil, []string{"KENELI/UGAREF/174", "KENELI/UGAREF/010"}},
		{"no partner after 'with' inside the act talked about", "Ugandan President Yoweri Museveni has talked about embedding Ugandan troops with Kenyan soldiers in Somalia.",
			nil, []string{"UGAGOV/KENMIL/046", "KENMIL/UGAGOV/046"}},
		{"a matter discussed with a partner keeps the partner", "Ugandan President Yoweri Museveni discussed Somalia with Kenyan officials.",
			[]string{"UGAGOV/KENGOV/046"}, nil},
		{"a possessed act with its infinitive judged", "Ugandan President Yoweri Museveni said Kenya's decision to close the border was a mistake.",
			[]string{"UGAGOV/KEN/111"}, []string{"UGAGOV/KEN/010"}},
		{"a possessed act with its infinitive, no judgement: a statement about the actor", "Raila Odinga said Uganda's decision to close the border was taken on Monday.",
			[]string{"KENGOV/UGA/010"}, []string{"KENGOV/UGA/111"}},
		{"a plain judgement stays", "Raila Odinga said Uganda was wrong.",
			[]string{"KENGOV/UGA/111"}, nil},
	})
}

// TestSpeakerPronoun: a pronoun opening the said clause is the speaker
// when it agrees with it (one person and "he", a body and "it" or
// "they"); the candidate's target, whoever the pronoun was resolved to,
// is none. A body's "he" is someone else ("party headquarters says he
// cannot stand": the candidate).
func TestSpeakerPronoun(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		text             string
		srcEnd           int
		person, body     bool
		verb, pron, want int
	}{
		{"Senator from Kisumu says he cannot allow Wanjiku to win the presidency .", 3, true, false, 3, 4, 1},
		{"Kenyan party headquarters says he cannot stand as a candidate .", 3, true, true, 3, 4, 0},
		{"The Kenyan ministry said it would not allow Ugandan traders to enter .", 3, false, true, 3, 4, 1},
		{"The Kenyan ministry said he would not allow Ugandan traders to enter .", 3, false, true, 3, 4, 0},
		{"Senator from Kisumu told reporters he cannot allow Wanjiku to win .", 3, true, false, 3, 5, 0},
	} {
		st := newState(c, "2005-01-01")
		toks := tokenize(tc.text, nil)
		cd := cand{code: "010", verbStart: tc.verb, verbEnd: tc.verb + 1,
			src: member{start: 0, end: tc.srcEnd, person: tc.person, body: tc.body},
			tgt: member{start: tc.pron, end: tc.pron + 1, pronoun: true}}
		got := st.stmtTarget(toks, cd) != ""
		if got != (tc.want == 1) {
			t.Errorf("%q: dropped %v, want %v", tc.text, got, tc.want == 1)
		}
	}
}
