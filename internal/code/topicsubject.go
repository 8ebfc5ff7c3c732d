package code

import "strings"

// topicSubject reports whether the source found for the verb at vs is the
// matter of a noun in the clause's subject ("Tory support for the
// government on Iraq and identity cards had given the Lib Dems …"): an
// actor after "on", "about" or "over" that follows a common noun (or an
// actor after a preposition after one: "support for the government on
// Iraq"), with no
// other verb and no punctuation before the verb. What a thing is about
// is no subject of the clause; the noun is, and it names no actor.
func (st *state) topicSubject(sent string, toks []token, inMention []int, src *mention, vs int) bool {
	b := src.start - 1
	for b >= 0 && (toks[b].up == "THE" || toks[b].up == "A" || toks[b].up == "AN") {
		b--
	}
	if b < 1 || src.end > vs || !subjectTopicPreps[toks[b].up] {
		return false
	}
	if src.end == vs && strings.HasSuffix(toks[vs].up, "ING") {
		return false // "thoughts on Trump meeting with …": the actor is the -ing verb's subject
	}
	if e := src.end; e < vs && toks[e].up != "AND" && !finiteAux[toks[e].up] {
		return false // "the Pakistani president's visit", "on Iraqi lines": the actor qualifies a noun after it
	}
	n := b - 1
	tagged := st.tagged(sent, toks, inMention)
	if inMention[n] != 0 {
		// "support for the government on Iraq": an actor that is itself
		// the object of a preposition after the noun
		a := n
		for a > 0 && inMention[a-1] == inMention[n] {
			a--
		}
		for a > 0 && determiners[toks[a-1].up] {
			a--
		}
		if a < 2 || !prepositions[toks[a-1].up] {
			return false
		}
		n = a - 2
	}
	if inMention[n] != 0 || toks[n].capital || toks[n].punct || tagged && st.trig.Tag(n) != "NOUN" || !tagged && st.isVerbAt(toks, n) {
		return false
	}
	for k := src.end; k < vs; k++ {
		w := toks[k].up
		if toks[k].punct || w == "WHO" || w == "WHICH" || w == "THAT" || inMention[k] == 0 && !finiteAux[w] && (tagged && st.trig.Tag(k) == "VERB" || !tagged && st.isVerbAt(toks, k)) {
			return false
		}
	}
	return true
}

// subjectTopicPreps introduce what a noun of the subject is about.
var subjectTopicPreps = map[string]bool{"ON": true, "ABOUT": true, "OVER": true}
