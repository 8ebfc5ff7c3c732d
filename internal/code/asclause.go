package code

// asClause reports whether the sentence's opening "As" at token p opens a
// clause with a named subject of its own ("As the Kenyan president toured
// the region, the Ugandan leader dismissed …"): an actor that is no
// pronoun starts right after it or after "the". "As part of …", "As for
// Kenya …", "As a Kenyan senator, …" and "As well as …" open phrases,
// left as they were.
func asClause(toks []token, ms []mention, p int) bool {
	if p >= len(toks) || toks[p].up != "AS" {
		return false
	}
	at := p + 1
	if at < len(toks) && toks[at].up == "THE" {
		at++
	}
	for k := range ms {
		if ms[k].start == at {
			return !ms[k].members[0].pronoun
		}
		if ms[k].start > at {
			break
		}
	}
	return false
}
