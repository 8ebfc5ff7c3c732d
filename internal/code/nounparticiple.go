package code

import "strings"

// A subordinate -ing clause after a participle that describes a noun
// ("three activists detained while investigating a Ugandan firm") has
// that noun as its subject: the ones detained were investigating, not
// the subject of the sentence's verb ("Kenya rejected a call to release
// three activists detained while …"). The subject carried over the
// conjunction stops there; the noun is no actor, so the -ing verb has no
// source.

// ingSubordinators are the conjunctions before such an -ing clause.
var ingSubordinators = map[string]bool{"WHILE": true, "WHEN": true, "AFTER": true, "BEFORE": true}

// participleOfNoun reports whether the clause break w at i is a
// subordinator followed by an -ing word and preceded by a past
// participle in -ed that follows a noun no actor names (not an
// auxiliary, a be or have form, a function word or punctuation):
// "activists detained while investigating".
func participleOfNoun(toks []token, inMention []int, w string, i int) bool {
	if !ingSubordinators[w] || i < 2 || i+1 >= len(toks) || !strings.HasSuffix(toks[i+1].up, "ING") {
		return false
	}
	p, n := toks[i-1], toks[i-2]
	if inMention[i-1] != 0 || inMention[i-2] != 0 || p.punct || n.punct || p.capital || !strings.HasSuffix(p.up, "ED") {
		return false
	}
	return !beForms[n.up] && !haveForms[n.up] && !auxiliaries[n.up] && !functionWords[n.up] && !adverbs[n.up] && !clauseBreak[n.up] &&
		!strings.HasSuffix(n.up, "ED") && !strings.HasSuffix(n.up, "LY")
}
