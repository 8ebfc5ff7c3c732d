package code

// noteSameName keeps a person named in full whose surname already
// stands for another person of the article ("Hillary Clinton" after
// "Bill Clinton"): a later "Mrs. Clinton" is hers (sameNameBySex). The
// bare surname keeps standing for the first named.
func (st *state) noteSameName(surname string, first, m member) {
	if !m.person || m.body || m.pronoun || !m.named || first.actor.Name == m.actor.Name || first.body {
		return
	}
	for _, n := range st.sameNames[surname] {
		if n.actor.Name == m.actor.Name {
			return
		}
	}
	if st.sameNames == nil {
		st.sameNames = map[string][]member{}
	}
	a := m
	a.explain = append([]string(nil), m.explain...)
	st.sameNames[surname] = append(st.sameNames[surname], a)
}

// sameNameBySex is the person a surname at i stands for: the alias a (the
// first person of that surname the article named), unless a title before
// it gives a sex ("Mr", "Mrs", "Ms", "Lord", "Lady") that a's name or
// title does not and another person of the surname named in full has
// ("Bill Clinton … Hillary Clinton … Mrs. Clinton": Hillary).
func (st *state) sameNameBySex(toks []token, i int, a member) member {
	ns := st.sameNames[toks[i].up]
	if len(ns) == 0 || i == 0 {
		return a
	}
	t := i - 1
	if toks[t].up == "." && t > 0 {
		t-- // "Mrs. Clinton": the title's dot is a token of its own
	}
	want := titles[toks[t].up]
	if want == 0 || st.sexOf(a) == want {
		return a
	}
	for _, n := range ns {
		if st.sexOf(n) == want {
			n.explain = append(n.explain[:len(n.explain):len(n.explain)], "the title "+titleWord(toks[t].up)+" gives the namesake of that sex")
			return n
		}
	}
	return a
}
