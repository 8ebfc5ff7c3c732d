// The speaker of a quotation inside one sentence: "The Kenyan minister
// said: 'I raised it with Uganda'", "'We criticised Uganda,' the Kenyan
// minister said". The article-level quoteSpeakers finds speakers of
// quotations that run over sentences; within one sentence "I" and "we"
// are the speaker named beside the say-verb.

package code

// quoteSayVerbs: the verbs that attribute a quotation in one sentence.
var quoteSayVerbs = wordSet("SAID", "SAYS", "SAY", "TOLD", "TELLS", "ADDED", "ADDS", "INSISTED", "INSISTS",
	"STRESSED", "ARGUED", "DECLARED", "WARNED", "WROTE", "WRITES")

// quoteSpeakerIn: the speaker of the quotation that holds token i — an
// actor named right before a say-verb that ends with a colon and an
// opening quotation mark before i ("X said: \"I …", "X told MPs: \"We
// …"); or, when the sentence opens with the quotation, an actor named
// right before or after the say-verb after its closing mark and a comma
// ("\"I …,\" X said", "\"We …,\" said X"). Nil when there is none or it
// is a pronoun, and for a remark set off by commas (", we hope,").
func quoteSpeakerIn(toks []token, ms []mention, i int) *member {
	if i > 0 && toks[i-1].up == "," && i+2 < len(toks) && toks[i+2].up == "," {
		return nil // ", we hope,": a remark set off inside the clause, no act on what follows
	}
	// X said: "I …
	for k := i - 1; k >= 1; k-- {
		if !quoteMark(toks[k].up) {
			continue
		}
		if toks[k-1].up != ":" {
			break
		}
		// the say-verb, an addressee between ("told MPs:")
		for v := k - 2; v >= 0 && v >= k-6; v-- {
			if !quoteSayVerbs[toks[v].up] {
				continue
			}
			if sp := namedEndingAt(toks, ms, v); sp != nil {
				return sp
			}
			return appositionSpeaker(toks, ms, v) // "X, the Y, said: \"I …" (quoteapposition.go)
		}
		return nil
	}
	// "I …," X said
	if len(toks) == 0 || !quoteMark(toks[0].up) || i == 0 {
		return nil
	}
	for k := i + 1; k+1 < len(toks); k++ {
		if !quoteMark(toks[k].up) {
			continue
		}
		if toks[k-1].up != "," {
			return nil
		}
		j := k + 1
		if quoteSayVerbs[toks[j].up] { // "…," said X
			for m := range ms {
				if ms[m].start == j+1 || ms[m].start == j+2 && determiners[toks[j+1].up] {
					return single(&ms[m])
				}
			}
			return nil
		}
		for m := range ms {
			if mm := &ms[m]; mm.start >= j && mm.start <= j+1 && mm.end < len(toks) && quoteSayVerbs[toks[mm.end].up] {
				return single(mm)
			}
		}
		return nil
	}
	return nil
}

// namedEndingAt: the one actor of the mention that ends right before
// token v (nil for none, a list or a pronoun; before the compounds are
// joined, a list's last name is a mention of its own).
func namedEndingAt(toks []token, ms []mention, v int) *member {
	for m := range ms {
		if ms[m].end != v {
			continue
		}
		if s := ms[m].start; s > 0 && (toks[s-1].up == "AND" || toks[s-1].up == "OR" || toks[s-1].up == "&") {
			return nil // the last of a list: "Kenya and Tanzania said: \"We …"
		}
		return single(&ms[m])
	}
	return nil
}

// single: the mention's one actor, not a pronoun; nil for a list.
func single(m *mention) *member {
	if len(m.members) != 1 || m.members[0].pronoun || m.members[0].actor.Code == "" && !m.members[0].needCountry {
		return nil
	}
	b := m.members[0]
	return &b
}
