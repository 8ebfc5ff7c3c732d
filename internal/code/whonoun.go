package code

// whoOfNoun: the word before ", who" at a is a lower-case common noun
// that no actor mention covers ("Kenya met the envoy, who had visited
// Uganda"): the relative clause's subject is that person, whom no actor
// names, not an actor named before it. relativeOfNoun took ", who" after
// an uncoded name only.
func whoOfNoun(toks []token, inMention []int, a int) bool {
	return a >= 1 && inMention[a] == 0 && !toks[a].punct && !toks[a].capital && !functionWords[toks[a].up] &&
		!speechVerbs[toks[a].up] && (determiners[toks[a-1].up] || npDeterminers[toks[a-1].up] || !toks[a-1].capital && inMention[a-1] == 0)
}
