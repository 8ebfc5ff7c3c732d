// A subject pronoun right before its verb is the verb's subject (pron18).
//
// sourceBefore takes the first actor of the verb's clause ("Gollum,
// accompanying Radagast, called on …"), so an actor in an opening phrase
// ("In an interview with Russia's network RT he blasted the American
// media") took the verb from the resolved "he" right before it.

package code

// subjectPronounAt returns the mention of a subject pronoun ("he",
// "she", "they", "we", "I") resolved to one person (no body) standing
// right before the verb at vs (auxiliaries and clause adverbs may come
// between), or nil. sourceBefore takes it over a first actor of the
// clause that is oblique (the object of a preposition or a possessor).
func (st *state) subjectPronounAt(toks []token, ms []mention, vs int) *mention {
	g := vs - 1
	for g > 0 && (modal[toks[g].up] || passiveAux[toks[g].up] || beForms[toks[g].up] || clauseAdverbs[toks[g].up]) {
		g--
	}
	if g < 0 {
		return nil
	}
	switch toks[g].up {
	case "HE", "SHE", "THEY", "WE", "I":
	default:
		return nil
	}
	for k := range ms {
		if ms[k].start == g && ms[k].end == g+1 && len(ms[k].members) == 1 && ms[k].members[0].pronoun && ms[k].members[0].person && !ms[k].members[0].body {
			return &ms[k]
		}
	}
	return nil
}

// named reports whether the pronoun member p has its antecedent in
// mention m or in the name phrase going on right after it ("by U.S.
// Treasury Secretary James Baker as he threatened …": "U.S. Treasury"
// and "James Baker" are two mentions of one phrase), or is the same
// actor: the named mention stays the source.
func named(toks []token, p member, m mention) bool {
	if a := p.ante; a[1] > a[0] && a[0] < m.end+3 && a[1] > m.start {
		for k := m.end; k < a[0] && k < len(toks); k++ {
			if toks[k].punct || !toks[k].capital {
				return false
			}
		}
		return true
	}
	return len(m.members) == 1 && m.members[0].actor.Name == p.actor.Name
}
