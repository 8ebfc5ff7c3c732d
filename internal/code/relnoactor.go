package code

// A relative clause about a noun that names no actor ("wants a man who
// refers to Ugandan farmers as criminals", "Kenya wants a leader who
// criticises Uganda"): the clause's verb is that person's, someone the
// sentence imagines or describes, not the act of the main clause's
// subject named before it. With the noun no actor, the verb has no
// source.

// relDeterminers: the words that open the antecedent's noun phrase.
var relDeterminers = wordSet("A", "AN", "THE", "ANY", "NO", "SOME", "EVERY", "THIS", "THAT", "ANOTHER")

// relativeNoActor reports whether the candidate's verb opens a "who"
// clause (after auxiliaries and adverbs) whose antecedent, the word
// right before "who", is a lower-case noun outside the source, while
// the source stands before the clause. An antecedent set off by a comma
// ("the Kenyan president, a man who criticised Uganda") or after a form
// of "be" ("Ruto is a leader who criticises Uganda") is the source
// itself: those stay, as do "those who" and a named antecedent.
func relativeNoActor(toks []token, cd cand) bool {
	w := cd.verbStart - 1
	for w > 0 && (finiteAux[toks[w].up] || adverbs[toks[w].up] || relAux[toks[w].up] || lyAdverb(toks[w].up)) {
		w--
	}
	if w < 2 || w >= len(toks) || toks[w].up != "WHO" || cd.src.end > w || cd.src.end == w {
		return false
	}
	a := w - 1
	if toks[a].punct || toks[a].capital || functionWords[toks[a].up] || cd.tgt.start <= a && a < cd.tgt.end {
		return false
	}
	// back to the determiner over at most two lower-case adjectives
	d := a - 1
	for d >= 0 && d >= a-3 && !relDeterminers[toks[d].up] {
		if toks[d].punct || toks[d].capital {
			return false
		}
		d--
	}
	if d < 0 || !relDeterminers[toks[d].up] {
		return false
	}
	if d == 0 {
		return true
	}
	p := toks[d-1].up
	return p != "," && p != "(" && p != "-" && p != "\u2014" && !judgeBe[p] && p != "BE" && p != "AS"
}
