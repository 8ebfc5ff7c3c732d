// Antecedents of "he" and "she" the dictionaries do not give directly:
// a known person named again by a name alone, a speaker no dictionary
// knows, and a pronoun leading its sentence after one that led the
// sentence before (coref14).

package code

// ownerNamed is the person a pronoun at i stands for when a known
// person's name that no mention covered ("Lord Callaghan", met before
// as "Former Labour prime minister Lord Callaghan") was named after the
// candidate mem (found at at, -1 for an earlier sentence): in this
// sentence before the pronoun, or in a later sentence than mem's; the
// sexes must agree and a subject pronoun takes a subject's name. It is
// that person as the article met them (the last history member with
// that actor name), with the name's token as its place.
func (st *state) ownerNamed(names []namedPerson, mem member, at, i int, sex byte, subject bool) (member, int, bool) {
	best, bestAt := "", -1
	for _, n := range names {
		if n.owner == "" || n.owner == mem.actor.Name || n.at >= i || n.sex != 0 && n.sex != sex || subject && !n.subject {
			continue
		}
		if at >= 0 && n.at <= at || n.at <= bestAt {
			continue
		}
		best, bestAt = n.owner, n.at
	}
	if best == "" && at < 0 {
		last := max(st.pron.heard[mem.actor.Name], st.pron.ownerSeen[mem.actor.Name])
		for name, sent := range st.pron.ownerSeen {
			if name != mem.actor.Name && sent > last && sent < st.sentNo && (best == "" || sent > st.pron.ownerSeen[best] || sent == st.pron.ownerSeen[best] && name < best) {
				best = name
			}
		}
	}
	if best == "" {
		return member{}, 0, false
	}
	if s := st.pron.sex[best]; s != 0 && s != sex {
		return member{}, 0, false
	}
	for k := len(st.history) - 1; k >= 0 && k >= len(st.history)-60; k-- {
		if h := st.history[k]; h.actor.Name == best && h.person && !h.body && h.actor.Code != "" && !h.pronoun {
			if s := st.sexOf(h); s != 0 && s != sex {
				return member{}, 0, false
			}
			h.ante = [2]int{}
			return h, bestAt, true
		}
	}
	return member{}, 0, false
}

// unknownSpeakers finds the persons the dictionaries lack named as the
// subject of a speech tag without a title: two or three capitalised
// words (no function word, no body's head word, no mention) right
// before "said", "told", "added" …, or before an apposition between
// commas that opens in lower case ("Gareth Peirce, lawyer for the men,
// said she was shocked", "The society's Sundar Katwala said he …"). A
// "he" or "she" after them is not an actor named before (personFor):
// better unresolved than the last person the dictionaries knew.
func (st *state) unknownSpeakers(toks []token, covered func(int) (*mention, bool)) []namedPerson {
	var out []namedPerson
	for k := 2; k < len(toks); k++ {
		if !speechTags[toks[k].up] || toks[k].capital {
			continue
		}
		e := k
		if toks[k-1].up == "," {
			j := k - 2
			for j > 0 && j > k-14 && !toks[j].punct {
				j--
			}
			if j <= 0 || toks[j].up != "," || toks[j+1].capital {
				continue
			}
			e = j
		}
		s := e
		for s > 0 && e-s < 4 {
			t := toks[s-1]
			if t.punct || !t.capital || !t.lower || functionWords[t.up] {
				break
			}
			if _, ok := covered(s - 1); ok {
				break
			}
			s--
		}
		if n := e - s; n < 2 || n > 3 || s > 0 && determiners[toks[s-1].up] || s == 0 && st.pron.openEnd {
			continue
		}
		if m, ok := covered(s - 1); ok && len(m.members) == 1 && m.members[0].person {
			continue // the name of the role or person just before ("Trade Minister Rha / Woong Bae said")
		}
		if _, title := titles[toks[s].up]; title || bodyWord(toks[e-1].up) || st.pron.known[toks[e-1].up] != "" {
			continue
		}
		if !st.c.set.TabariRules && !codedApposition(toks, e, covered) {
			st.pron.noteUnknown(toks[e-1].up)
		}
		out = append(out, namedPerson{at: s, subject: true})
	}
	return out
}

// noteHeard records the sentence a person of the history (named or a
// role, its code filled) was last mentioned in.
func (p *pronState) noteHeard(mem member, sent int) {
	if !mem.person || mem.body {
		return
	}
	if p.heard == nil {
		p.heard = map[string]int{}
	}
	p.heard[mem.actor.Name] = sent
}

// personBeforeAt reports whether the sentence names a person (not a
// pronoun, not a body; known to the dictionaries or not) before token i:
// a name personNames found, a coded mention, or a role with no code yet
// that a verb follows ("The spokesman said he …"; "When home secretary,
// he …" names no one).
func (st *state) personBeforeAt(toks []token, ms []mention, names []namedPerson, i int) bool {
	for _, n := range names {
		if n.at < i {
			return true
		}
	}
	for _, m := range ms {
		if m.end > i || len(m.members) != 1 || !m.members[0].person || m.members[0].pronoun || m.members[0].body {
			continue
		}
		if m.members[0].actor.Code != "" || m.end < len(toks) && (finiteAux[toks[m.end].up] || st.isVerbAt(toks, m.end)) {
			return true
		}
	}
	return false
}

// chain, at the start of a sentence, keeps the sentence before's leading
// "he" and "she" for this one's (personFor): a sentence that named no
// one between them (a quotation's last words) keeps the one before it.
func (p *pronState) chain(sent int) {
	switch {
	case p.subjNo == sent-1:
		p.prevSubj, p.prevNo = p.subj, p.subjNo
		for k := range p.subjLead {
			p.prevLead[k] = p.subjSet[k] && p.subjLead[k]
		}
	case p.personSent > p.prevNo || sent-p.prevNo > 2:
		p.prevLead = [2]bool{}
	}
}

// tagPronoun reports whether the subject pronoun at i is a speech tag's
// after the clause it reports (", he said", ", he told MPs", ", she
// added").
func tagPronoun(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && (toks[k].up == "\"" || toks[k].up == "”") {
		k--
	}
	return k > 0 && toks[k].up == "," && i+1 < len(toks) && speechTags[toks[i+1].up]
}

// speakerBefore is the person a speech tag's pronoun at i stands for:
// the last person of the article's history whom the reported clause
// before it does not name (-1: an earlier sentence).
func (st *state) speakerBefore(ms []mention, i int) (member, int, bool) {
	inClause := map[string]bool{}
	for _, m := range ms {
		if m.end <= i && len(m.members) == 1 && m.members[0].actor.Name != "" {
			inClause[m.members[0].actor.Name] = true
		}
	}
	for k := len(st.history) - 1; k >= 0 && k >= len(st.history)-40; k-- {
		if h := st.history[k]; h.person && !h.body && h.actor.Code != "" && !h.pronoun && !inClause[h.actor.Name] {
			return h, -1, true
		}
	}
	return member{}, 0, false
}

// stalePair reports whether a pair "both sides" would stand for was
// named wholly before the sentence before this one: each member comes
// from the history of an earlier sentence than that.
func (st *state) stalePair(pair []member) bool {
	if len(pair) != 2 {
		return false
	}
	for _, p := range pair {
		if p.sent == 0 || p.sent >= st.sentNo-1 {
			return false
		}
	}
	return true
}

// sameCountries reports whether two pairs are of the same two countries.
func sameCountries(a, b []member) bool {
	if len(a) != 2 || len(b) != 2 {
		return false
	}
	x, y := a[0].actor.Country, a[1].actor.Country
	u, v := b[0].actor.Country, b[1].actor.Country
	return x == u && y == v || x == v && y == u
}
