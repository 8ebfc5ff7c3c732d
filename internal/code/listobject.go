package code

// listobject.go: a compound subject whose verb has its own object that
// names a party ("China and Russia support the government", "Kenya and
// Uganda armed the rebels") acts toward that object, both members
// alike; the members are not each other's targets. The rule "compound
// source without a target" pairs a list's members only for acts they
// do with each other and with no object of their own ("Kenya and
// Uganda signed a deal": "a deal" names no party). The object here is
// an agent of the dictionary (government, rebels, police, …) that no
// actor mention holds, so no target was coded for it.

// objectParty: right after the verb (ve, its end), determiners skipped,
// a word the agents dictionary knows and no mention holds, not a
// possessor ("the administration's offer"). A meeting or talks (04)
// are with each other whoever else is there, so not for 04.
func (st *state) objectParty(toks []token, inMention []int, ve int) bool {
	k := ve
	for k < len(toks) && (determiners[toks[k].up] || toks[k].up == "THESE" || toks[k].up == "THOSE") {
		k++
	}
	if k >= len(toks) || inMention[k] != 0 || toks[k].punct {
		return false
	}
	_, n := st.c.agents.longest(toks, k, nil)
	if n == 0 || k+n < len(toks) && (toks[k+n].up == "'S" || toks[k+n].up == "'") {
		return false // "discussed the administration's offer": a possessor, the object is the offer
	}
	return true
}
