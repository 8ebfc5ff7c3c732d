// A new clause after "and": "Kenya attacked Uganda and Tanzania condemned
// the attack", "the attorney's office is investigating the police and the
// Justice Department is considering a request": the actor after "and" is
// the subject of its own finite verb, not a second object of the verb
// before it.

package code

import "strings"

// andClauseSubject reports whether the candidate's target follows its
// verb and an "and" ("the" allowed between) with an object of the verb
// before the "and", and is followed right away by an auxiliary
// (clauseAux, pattern.go) or a lower-case past-tense verb the dictionary
// knows (not a participle before "at", "by", "in" …): the target opens
// a clause of its own. A verb that takes a clause is left ("said Uganda
// and Tanzania had signed", "hoped other G8 and European countries
// would follow suit": both are the clause's subject), and so is a "that"
// between ("welcomed news that the Gates Foundation and Norway are
// joining up"), and a pair after "between" ("an offer to mediate
// between Somalia and Uganda was welcomed").
func (st *state) andClauseSubject(toks []token, cd cand) bool {
	t := cd.tgt
	if t.start <= cd.verbEnd || t.end >= len(toks) {
		return false
	}
	k := t.start - 1
	if k >= 0 && toks[k].up == "THE" {
		k--
	}
	if k <= cd.verbEnd || toks[k].up != "AND" {
		return false // "and" right after the verb is no list closing an object
	}
	for g := cd.verbStart; g < cd.verbEnd; g++ {
		if speechVerbs[toks[g].up] || clauseVerb(toks[g].up) {
			return false
		}
	}
	for g := cd.verbEnd; g < k; g++ {
		if toks[g].punct && toks[g].up != "," || toks[g].up == "THAT" || toks[g].up == "BETWEEN" {
			return false
		}
	}
	n := toks[t.end]
	if clauseAux[n.up] {
		return true
	}
	if t.end+1 < len(toks) && afterParticiple[toks[t.end+1].up] {
		return false // "with the IMF aimed at underpinning …": a participle qualifying the target
	}
	return !n.capital && strings.HasSuffix(n.up, "ED") && len(n.up) > 4 && st.isVerbAt(toks, t.end)
}

// afterParticiple: after a word in -ed, prepositions that make it a participle qualifying
// the noun before it ("aimed at", "backed by", "based in").
var afterParticiple = map[string]bool{"AT": true, "BY": true, "IN": true, "ON": true, "FROM": true, "UNDER": true, "WITHIN": true}

// clauseVerbStems: verbs whose object may be a clause without "that"
// ("hoped Uganda and Tanzania would …", "expects Kenya and Uganda will
// …").
var clauseVerbStems = []string{"SAY", "ANNOUNC", "HOPE", "EXPECT", "BELIEV", "THINK", "FEAR", "WARN", "INSIST", "CLAIM",
	"ARGU", "KNOW", "SUGGEST", "PREDICT", "ASSERT", "ADMIT", "NOTE", "STATE", "REPORT", "CONFIRM", "AGRE", "WISH", "FEEL"}

func clauseVerb(w string) bool {
	if w == "THOUGHT" || w == "KNEW" || w == "FELT" {
		return true
	}
	for _, p := range clauseVerbStems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
