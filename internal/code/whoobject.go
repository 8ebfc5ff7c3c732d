package code

// insideWhoClause reports whether the words from the verb's end ve to the
// mention at mstart hold ", who" and a verb or auxiliary after it, on a
// person no actor covers: a common noun ("met the envoy, who had visited
// Uganda") or an uncoded name ("hoped that Gambari, who aims to secure
// the release of political detainees"). The mention is that clause's,
// not the verb's target, as insideObjectRelative has it for "that" and
// "which" (relativeobject.go).
func (st *state) insideWhoClause(toks []token, ms []mention, ve, mstart int) bool {
	var inMention []int
	for k := ve + 2; k < mstart; k++ {
		if toks[k].up != "WHO" || toks[k-1].up != "," {
			continue
		}
		if inMention == nil {
			inMention = make([]int, len(toks))
			for i := range ms {
				for g := ms[i].start; g < ms[i].end && g < len(toks); g++ {
					inMention[g] = i + 1
				}
			}
		}
		if !whoOfNoun(toks, inMention, k-2) && !unknownName(toks, inMention, k-2) {
			continue
		}
		for g := k + 1; g < mstart; g++ {
			if modal[toks[g].up] || !toks[g].capital && inMention[g] == 0 && st.isVerbAt(toks, g) {
				return true
			}
		}
	}
	return false
}
