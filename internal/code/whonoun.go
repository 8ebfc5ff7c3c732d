package code

import "strings"

// whoOfNoun: the word before ", who" at a is a lower-case common noun
// that no actor mention covers ("Kenya met the envoy, who had visited
// Uganda"): the relative clause's subject is that person, whom no actor
// names, not an actor named before it. relativeOfNoun took ", who" after
// an uncoded name only.
func whoOfNoun(toks []token, inMention []int, a int) bool {
	return a >= 1 && inMention[a] == 0 && !toks[a].punct && !toks[a].capital && !functionWords[toks[a].up] &&
		!speechVerbs[toks[a].up] && (determiners[toks[a-1].up] || npDeterminers[toks[a-1].up] || !toks[a-1].capital && inMention[a-1] == 0)
}

// whoAdverbs may stand between "who" and its verb ("who has long
// criticised", "who later visited"). Only after "who": "a plan that will
// not allow" is its author's act (PLOVER).
var whoAdverbs = wordSet("LONG", "LATER", "ALSO", "SINCE", "STILL", "NEVER", "ONCE", "AGAIN", "ALREADY", "EVEN", "THEN",
	"AFTERWARDS", "JUST", "NOW", "SOON", "RECENTLY", "PREVIOUSLY", "REPEATEDLY", "OFTEN")

// whoBeforeAdverbs is the index of "who" before position k when only
// whoAdverbs, auxiliaries and "-ly" adverbs stand between (k itself one
// of them), or -1.
func whoBeforeAdverbs(toks []token, k int) int {
	if k < 0 || !whoAdverbs[toks[k].up] {
		return -1
	}
	for k >= 0 && (whoAdverbs[toks[k].up] || modal[toks[k].up] || beForms[toks[k].up] || strings.HasSuffix(toks[k].up, "LY")) {
		k--
	}
	if k < 1 || toks[k].up != "WHO" {
		return -1
	}
	return k
}
