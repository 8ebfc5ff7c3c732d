// The document's memory of its actors (engine.go's codeSentence calls
// remember after each sentence): the members later pronouns look back
// at, the names a surname or a short name stands for, and the count of
// countries that places role words without one.

package code

// remember keeps a sentence's actors for later pronouns and surnames.
func (st *state) remember(toks []token, ms []mention) {
	c := st.c
	for _, m := range ms {
		if len(m.members) > 1 && (!m.members[0].pronoun || m.members[0].pair) {
			st.lastGroup, st.groupSent = m.members, st.sentNo
		}
		for _, mem := range m.members {
			if mem.actor.Code != "" && !mem.pronoun {
				mem.sent = st.sentNo
				st.history = append(st.history, mem)
				st.pron.noteHeard(mem, st.sentNo)
				if len(st.history) >= 2*historyKeep {
					// the pronoun passes look back at most 60 members:
					// a long article's history is not kept whole
					st.history = append([]member(nil), st.history[len(st.history)-historyKeep:]...)
				}
				if mem.actor.Name != "" {
					if st.names == nil {
						st.names = map[string]string{}
					}
					st.names[mem.actor.Code] = mem.actor.Name
				}
				st.noteBodyHead(toks, mem)
				st.noteAppositionName(toks, m, mem)
				if mem.named && mem.nEnd-mem.nStart >= 2 && mem.nEnd <= len(toks) {
					ns := mem.nStart
					for ns < mem.nEnd-1 {
						if _, n := c.agents.longest(toks[:ns+1], ns, nil); n == 0 {
							break
						}
						ns++
					}
					for k, w := range []token{toks[ns], toks[mem.nEnd-1]} {
						if k == 0 && mem.body && (!firmCode(mem.actor.Code) || orgHead(w.up) || bodyNouns[w.up]) {
							// the first word of a party's or a public body's name is no
							// short name ("Scottish", "Conservative", "European"); a
							// firm's is ("Continental" for Continental Airlines), unless a
							// word that heads names ("Bank" of Bank of America)
							continue
						}
						if _, title := titles[w.up]; w.capital && len(w.up) >= 2 && !functionWords[w.up] && !title {
							if first, dup := st.aliases[w.up]; !dup {
								a := mem
								a.explain = append([]string(nil), mem.explain...)
								st.aliases[w.up] = a
							} else if k == 1 {
								st.noteSameName(w.up, first, mem)
							}
						}
					}
				}
				if mem.actor.Country != "" && !regionGroup(mem.actor.Code) {
					st.country[mem.actor.Country]++
				}
			}
		}
	}
}
