package code

// actPhraseEnd: a possessed act followed by a prepositional phrase of
// what it is about ("Uganda's handling of the crisis", "Kenya's policy
// on refugees", "Uganda's decision over the border") before a form of
// "be": the predicate starts at that verb, as after "decision to close
// the border" (actInfinitiveEnd). It returns the verb's index, or e
// when token e opens no such phrase; a clause boundary, a comma, a
// modal or a verb of its own in the phrase ends it.
func actPhraseEnd(toks []token, e int) int {
	if e+1 >= len(toks) || !actPhrasePreps[toks[e].up] {
		return e
	}
	for k := e + 1; k < len(toks) && k <= e+7; k++ {
		w := toks[k].up
		if judgeBe[w] && w != "'S" {
			if k == e+1 {
				return e
			}
			return k
		}
		if toks[k].punct || clauseStops[w] || w == "THAT" || w == "WHO" || w == "WHICH" || w == "AND" || w == "BUT" || modal[w] || w == "HAS" || w == "HAVE" || w == "HAD" {
			return e
		}
	}
	return e
}

var actPhrasePreps = wordSet("OF", "ON", "OVER", "TOWARDS", "TOWARD", "ABOUT", "REGARDING", "CONCERNING")
