package code

// firedPerson reports whether a force candidate (roots 18-20) is "fire"
// with an actor as its direct object: "the president fired the police
// chief", "fired McCarthy, the Chicago police chief" — a dismissal, no act
// of force (and no CAMEO event between the two). The words between the
// verb and the target may only be an article or a possessive, or a name
// and the comma of its apposition; "fired on", "fired at", "fired
// rockets at" keep their code.
func firedPerson(toks []token, cd cand) bool {
	switch root(cd.code) {
	case "18", "19", "20":
	default:
		return false
	}
	if cd.verbStart >= len(toks) || cd.tgt.start < cd.verbEnd || cd.tgt.start > cd.verbEnd+5 {
		return false
	}
	switch toks[cd.verbStart].up {
	case "FIRE", "FIRES", "FIRED", "FIRING":
	default:
		return false
	}
	for k := cd.verbEnd; k < cd.tgt.start; k++ {
		t := toks[k]
		if !determiners[t.up] && t.up != "," && !(t.capital && !t.punct && !functionWords[t.up]) {
			return false
		}
	}
	return true
}
