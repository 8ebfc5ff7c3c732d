package code

// judgedAfterBut: a judgement in the clause after "but" within what was
// said ("Kenya said the talks went well but Uganda had failed its
// people"; "'The talks went well, but Uganda has failed its people,' the
// Kenyan minister said"), when the said clause's first subject is no
// actor or says no judgement: the subject of the clause after the first
// "but" in [from, to), right after it (commas, quotation marks and
// determiners between), is judged as the said clause's subject is
// (judgementAt). Another say-verb before the "but" ends the search:
// what follows is another's speech.
func judgedAfterBut(toks []token, ms []mention, from, to int, mk func(*mention, string, int, int) []cand) []cand {
	b := -1
	for k := from; k < to && k < len(toks); k++ {
		w := toks[k].up
		if w == "." || w == ";" || w == "?" || w == "!" || k > from && judgeSayWords[w] {
			return nil
		}
		if w == "BUT" {
			b = k
			break
		}
	}
	if b < 0 {
		return nil
	}
	s := b + 1
	for s < to && (toks[s].up == "," || quoteMark(toks[s].up) || determiners[toks[s].up]) {
		s++
	}
	for k := range ms {
		m := &ms[k]
		if m.start != s || m.end > to {
			continue
		}
		if code, cs, ce := judgementAt(toks, judgedEnd(toks, m)); code != "" && ce <= to {
			return mk(m, code, cs, ce)
		}
		return nil
	}
	return nil
}
