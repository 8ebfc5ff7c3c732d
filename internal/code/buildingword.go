// A pattern's noun that only names a building ("the Supreme Court
// building").

package code

import "dyad/internal/dict"

// buildingAfter reports whether a literal word of a pattern, matched
// after the verb and ending at toks[e-1], is followed right away by a
// noun of a building or compound ("attacked the Supreme Court building",
// "shelled the parliament complex"): the word only says whose building
// it is, and the act is aimed at the place, not at the institution the
// pattern names ("attack * court" 111 is criticism of the court). Other
// patterns of the verb then decide ("attack" 190). A literal element of
// a pattern that codes an event, and dyad's rules only.
func (st *state) buildingAfter(toks []token, e int, el dict.PatTok) bool {
	if st.c.set.TabariRules || !st.inThat || e >= len(toks) || e < 1 {
		return false
	}
	switch el.Kind {
	case dict.TokWord, dict.TokAlt, dict.TokSet:
	default:
		return false
	}
	return buildingNouns[toks[e].up] && !toks[e-1].punct
}

var buildingNouns = wordSet("BUILDING", "BUILDINGS", "COMPLEX", "COMPOUND", "COMPOUNDS", "PREMISES")
