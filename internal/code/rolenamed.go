// Persons named in full before an apposition that gives their office
// ("Paul Ryan, the House speaker, said …"): the dictionaries do not hold
// the name, the apposition's role is coded, and a later "Mr Ryan" or
// "Ryan" in the article is that officeholder, as a surname after a title
// of office is ("House Speaker Paul Ryan … Mr Ryan").

package code

// noteAppositionName records, for a person coded by a role alone (no
// name in its mention) whose mention is an apposition right after a name
// of two or more capitalised words no mention covers ("Paul Ryan, the
// House speaker,"; "John Mwangi, Kenya's foreign minister,"), the name's
// last word as an alias of that person. The apposition must close (a
// comma or the sentence's end) and the name must open its clause (the
// sentence's start or a punctuation mark before it), so that "… said
// Paul Ryan, the House speaker, who …" is read as well as "Paul Ryan,
// the House speaker, said" but "… met Paul Ryan, the House speaker"
// after an actor is too. Only a state's office (officeRoles): "Sandra
// Gidley, a mother of two," names no one's office.
func (st *state) noteAppositionName(toks []token, m mention, mem member) {
	if mem.named || mem.aliased || mem.pronoun || !mem.person || len(m.members) != 1 ||
		len(mem.actor.Code) < 6 || !officeRoles[mem.actor.Code[3:6]] || st.c.set.TabariRules {
		return
	}
	c := m.start - 1
	if c >= 0 && determiners[toks[c].up] {
		c--
	}
	if c < 2 || toks[c].up != "," {
		return
	}
	if m.end < len(toks) && !toks[m.end].punct {
		return // "Paul Ryan, the House speaker who …": no closed apposition
	}
	last := c - 1
	first := last
	for first > 0 && toks[first-1].capital && !toks[first-1].punct && !functionWords[toks[first-1].up] {
		first--
	}
	if last-first < 1 || first > 0 && !toks[first-1].punct {
		return
	}
	for k := first; k <= last; k++ {
		if t := toks[k]; !t.capital || t.punct || !t.lower || functionWords[t.up] {
			return
		}
		if _, title := titles[toks[k].up]; title {
			return
		}
	}
	w := toks[last].up
	if len(w) < 3 || !surnameWord(w) {
		return
	}
	if _, dup := st.aliases[w]; dup {
		return
	}
	a := mem
	a.named, a.nStart, a.nEnd = true, first, last+1
	a.explain = append(append([]string(nil), mem.explain...), "named before an apposition of its office: "+w)
	st.aliases[w] = a
}
