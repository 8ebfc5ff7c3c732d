package code

import "strings"

// The target of a statement verb that is only what the statement is
// about, or sits in another clause (a PolNeAR reading: "the matter of a
// statement taken as its target"). A statement about another actor named
// as the said clause's subject stays a statement about it (010, as the
// re-judged samples count it) and its judgement words make it 111, 112 or
// 051 (said.go); these rules drop the targets no reader would sign.

// stmtSayWords are say-verbs whose clause after them is what was said,
// not an addressee ("told" takes one: "told Uganda he …").
var stmtSayWords = wordSet("SAID", "SAYS", "SAY", "SAYING", "ADDED", "ADDS", "INSISTED", "INSISTS", "ARGUED", "ARGUES",
	"STRESSED", "STRESSES", "DECLARED", "DECLARES", "NOTED", "NOTES", "CLAIMED", "CLAIMS")

// stmtTarget returns why a statement's candidate has no target ("" when
// it keeps it):
//   - a say-verb right before a comma ("…," Ruto said, using Odinga's
//     nickname; "Odinga, analysts said, has other reasons …"): what
//     follows the comma is no object of the verb;
//   - the verb itself an -ing form right after "about" ("talked about
//     deporting Ugandan refugees"): the matter talked of, not an act;
//   - a pronoun subject of the said clause that is the speaker ("Ruto
//     says he cannot allow Odinga to win"): a statement about oneself,
//     whoever the pronoun was resolved to.
func (st *state) stmtTarget(toks []token, cd cand) string {
	if talkedAbout(toks, cd.verbStart) {
		return "an -ing verb after \"about\" is what was talked about, no act"
	}
	if root(cd.code) != "01" || cd.verbEnd <= 0 || cd.verbEnd >= len(toks) || cd.tgt.start < cd.verbEnd || !stmtSayWords[toks[cd.verbEnd-1].up] {
		return ""
	}
	if toks[cd.verbEnd].up == "," {
		return "a say-verb before a comma takes no object after it"
	}
	if cd.tgt.pronoun && st.speakerPronoun(toks, cd) {
		return "the said clause's subject is the speaker: a statement about itself"
	}
	if ballotFor(toks, cd.tgt.start) {
		return "the one a ballot is cast for is the matter of what was said, no addressee"
	}
	return ""
}

// ballotFor reports whether the mention at t is what a vote is cast for
// ("said he will vote for the Ugandan president", "say they would not
// vote for either Kenya's president or …"): DYAD_VOTE_FOR codes no act,
// and the one voted for is no more the statement's target.
func ballotFor(toks []token, t int) bool {
	k := t - 1
	for k > 0 && (toks[k].up == "EITHER" || toks[k].up == "THE" || toks[k].up == "A") {
		k--
	}
	if k < 1 || toks[k].up != "FOR" {
		return false
	}
	switch toks[k-1].up {
	case "VOTE", "VOTES", "VOTED", "VOTING":
		return true
	}
	return false
}

// speakerPronoun reports whether the candidate's target is a pronoun that
// opens the said clause ("says he", "said that it") and agrees with the
// speaker: "he" or "she" with one person of no other known sex, "they"
// with a body or many, "it" with no person, or the speaker's own pronoun.
func (st *state) speakerPronoun(toks []token, cd cand) bool {
	t := cd.tgt.start
	for k := cd.verbEnd; k < t; k++ {
		if w := toks[k].up; w != "THAT" && !timeWords[w] || k > cd.verbEnd+2 {
			return false
		}
	}
	if t >= len(toks) {
		return false
	}
	s := cd.src
	w := toks[t].up
	if s.pronoun && s.start < len(toks) && toks[s.start].up == w {
		return true // "he said he was not worried"
	}
	switch w {
	case "HE", "SHE":
		if !s.person || s.entry != nil && partyEntry(s.entry) || !s.named && !s.aliased && bodyWord(speakerHead(toks, s)) {
			return false // "MPs say he …", "Tory headquarters says he …": many, a party or a body
		}
		sex := st.sexOf(s)
		return sex == 0 || (sex == 'm') == (w == "HE")
	case "THEY":
		return !s.person || s.body
	case "IT":
		return !s.person
	}
	return false
}

// aboutGerund reports whether the mention starting at token at is the
// object of an -ing verb right after "about" ("talked about bringing
// Ugandan refugees home", "is talking about deporting thousands of
// Kenyan workers"): the act talked about, whose object is no addressee.
// At most four words (determiners, numbers, lower-case words) between the
// gerund and the mention; no punctuation.
func aboutGerund(toks []token, at int) bool {
	for k := at - 1; k >= 1 && k >= at-5; k-- {
		w := toks[k].up
		if toks[k].punct || clauseStops[w] {
			return false
		}
		if len(w) > 5 && strings.HasSuffix(w, "ING") && !toks[k].capital {
			return topicPreps[toks[k-1].up]
		}
	}
	return false
}

// actInfinitiveEnd: after a possessed act noun ending before token e, an
// infinitive that says what the act is ("Uganda's decision to close the
// border was a mistake", "Kenya's move to raise taxes is wrong") runs up
// to the predicate, a form of "be" within ten words with no punctuation
// or clause word between; e itself otherwise.
func actInfinitiveEnd(toks []token, e int) int {
	if e+1 >= len(toks) || toks[e].up != "TO" || toks[e+1].capital || toks[e+1].punct {
		return e
	}
	for k := e + 2; k < len(toks) && k <= e+11; k++ {
		w := toks[k].up
		if judgeBe[w] && w != "'S" {
			return k
		}
		if toks[k].punct || clauseStops[w] || w == "THAT" || w == "WHO" || w == "AND" || modal[w] {
			return e
		}
	}
	return e
}

// talkedAbout reports whether the verb at vs is an -ing form right after
// "about", "regarding" or "concerning" ("talked about deporting Ugandan
// refugees", "warned about attacking Kenya"): what was talked of, not an
// act done; "set about rebuilding" and "went about" begin an act.
func talkedAbout(toks []token, vs int) bool {
	if vs < 2 || vs >= len(toks) || !topicPreps[toks[vs-1].up] || !strings.HasSuffix(toks[vs].up, "ING") {
		return false
	}
	switch toks[vs-2].up {
	case "SET", "SETS", "SETTING", "GO", "GOES", "WENT", "GOING", "GONE":
		return false
	}
	return true
}

// speakerHead is the head word of a speaker's role: the word before
// "of", "in", "from" or "for" ("Senator from Kisumu", "minister for
// Kasese"), else the last word ("party headquarters").
func speakerHead(toks []token, m member) string {
	if m.start >= m.end || m.end > len(toks) {
		return ""
	}
	for k := m.start + 1; k < m.end-1; k++ {
		switch toks[k].up {
		case "OF", "IN", "FROM", "FOR":
			return toks[k-1].up
		}
	}
	return toks[m.end-1].up
}
