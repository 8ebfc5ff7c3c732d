package code

// objectSubject returns the index in ms of the sentence's subject when
// the mention at last, the sentence's last person, is the direct object
// of the subject's verb ("the Pakistani president met Prime Minister
// Tony Blair at 10 Downing Street"), else -1: a "he" opening the next
// sentence takes up the subject, as after an oblique person (noteCarry).
// The object follows the verb at once (an article may stand between);
// the subject is the sentence's first mention, not oblique, with no verb
// before it, and nothing but words stands between it and the verb: no
// punctuation, clause break or speech verb ("X said Y …", "X told Y"
// name the addressee, who is often the one the next sentence follows).
func (st *state) objectSubject(toks []token, ms []mention, last int) int {
	if last <= 0 {
		return -1
	}
	v := ms[last].start - 1
	if v >= 0 && (toks[v].up == "THE" || toks[v].up == "A" || toks[v].up == "AN") {
		v--
	}
	if v < 0 || !st.isVerbAt(toks, v) || speechVerbs[toks[v].up] || speechTags[toks[v].up] {
		return -1
	}
	s := ms[0]
	if s.end > v || oblique(toks, s) || len(s.members) != 1 || s.members[0].actor.Code == "" {
		return -1
	}
	for j := 0; j < s.start; j++ {
		if st.isVerbAt(toks, j) {
			return -1
		}
	}
	for j := s.end; j < v; j++ {
		if toks[j].punct || clauseBreak[toks[j].up] || clauseStops[toks[j].up] || st.isVerbAt(toks, j) {
			return -1
		}
	}
	return 0
}
