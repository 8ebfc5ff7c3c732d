package code

import "strings"

// A free participle after a comma ("…, delivering a blow to …",
// "…, wounding three civilians") has the subject of the clause it
// hangs on, not the nearest actor. sourceBefore takes the clause's first
// actor; when that actor is the object of a preposition or a possessor
// after the clause's verb ("A rebel commander surrendered to Kenyan
// forces, delivering a blow to …", "The bomb exploded near Kenyan
// troops, wounding …"), the clause's subject is no actor the dictionary
// holds, and the participle has no source.

// adjunctOblique reports whether the verb at vs is an -ing form right
// after a comma whose source src, found by position, is oblique (the
// object of a preposition other than "by", or a possessor) and comes
// after a verb of its own clause. An agent after "by" is the one acting
// ("the decision by the Kenyan court, overturning …", "attacked by
// Kenyan troops, killing …"). A second -ing verb joined by "and" ("…,
// battling riot police and demanding …") has the first one's subject:
// none when the first has none, not the first one's object.
func (st *state) adjunctOblique(toks []token, ms []mention, src *mention, vs int) bool {
	if vs < 3 || len(toks[vs].up) < 6 || !strings.HasSuffix(toks[vs].up, "ING") || toks[vs].capital {
		return false
	}
	if toks[vs-1].up == "AND" {
		for g := vs - 2; g > 0; g-- {
			w := toks[g].up
			if clauseStops[w] || clauseBreak[w] || speechVerbs[w] {
				return false
			}
			if toks[g-1].up == "," && len(w) >= 6 && strings.HasSuffix(w, "ING") && !toks[g].capital {
				first := st.sourceBefore(toks, ms, g)
				return first == nil || st.adjunctOblique(toks, ms, first, g)
			}
		}
		return false
	}
	if src == nil || toks[vs-1].up != "," || src.end > vs-1 || src.members[0].pronoun || !oblique(toks, *src) {
		return false
	}
	if k := src.start - 1; k >= 0 && (toks[k].up == "BY" || k > 0 && determiners[toks[k].up] && toks[k-1].up == "BY") {
		return false
	}
	for g := src.start - 1; g >= 0; g-- {
		w := toks[g].up
		if clauseStops[w] || clauseBreak[w] || speechVerbs[w] {
			return false
		}
		if !toks[g].capital && (st.isVerbAt(toks, g) || len(w) > 4 && strings.HasSuffix(w, "ED")) {
			return true
		}
	}
	return false
}
