package code

// noteCarry records, after a sentence, its subject person when its last
// person is oblique (the object of a preposition or a possessor) and the
// subject a person named before it ("Michael Howard … urging people who
// feel taken for granted by Tony Blair …"): a "he" opening the next
// sentence takes up that subject, not the last person named.
func (st *state) noteCarry(toks []token, ms []mention) {
	if st.c.set.TabariRules {
		return
	}
	last := -1
	for k := len(ms) - 1; k >= 0; k-- {
		if len(ms[k].members) == 1 && ms[k].members[0].person && !ms[k].members[0].pronoun && !ms[k].members[0].body && ms[k].members[0].actor.Code != "" {
			last = k
			break
		}
	}
	if last < 0 {
		return
	}
	s := st.subjectFor(toks, ms, ms[last], kindPerson)
	if s == nil && !oblique(toks, ms[last]) {
		if k := st.objectSubject(toks, ms, last); k >= 0 {
			s = &k
		}
	}
	if s == nil || *s == last {
		return
	}
	p := ms[*s].members[0]
	if !p.person || p.body || p.actor.Name == ms[last].members[0].actor.Name {
		return
	}
	st.pron.carry, st.pron.carryOver, st.pron.carrySent = &p, ms[last].members[0].actor.Name, st.sentNo
}

// carried is the subject noteCarry kept for the subject pronoun at i
// when mem, found in an earlier sentence, is the oblique person of the
// sentence just before and the pronoun opens its sentence ("… by Tony
// Blair. He will say …": Howard); else mem.
func (st *state) carried(toks []token, mem member, i int, sex byte) member {
	c := st.pron.carry
	if c == nil || st.pron.carrySent != st.sentNo-1 || mem.actor.Name != st.pron.carryOver || !opensClause(toks, i) {
		return mem
	}
	for k := i - 1; k >= 0; k-- {
		if toks[k].punct {
			return mem // "…, he": a clause inside the sentence
		}
	}
	if s := st.sexOf(*c); s != 0 && s != sex {
		return mem
	}
	p := *c
	p.ante = [2]int{}
	return p
}
