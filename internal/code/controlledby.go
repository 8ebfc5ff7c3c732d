// Control or ownership told in the passive is a state, no cooperation:
// "water firm Aguas Argentinas, controlled by France's Suez, is casting
// doubt on the firm's future" was coded FRA 060 ARG (CAMEO.2.0.txt's
// CONTROL [060] in block OVERSEE_MANAGE, source from the by-phrase;
// re-judged BBC sample 16, item 6). A firm owned or controlled by
// another, a territory controlled by rebels: who holds what, not an act
// of one actor toward another. The active verb ("troops controlled the
// border") is left as it is.
//
// Issue 17 (precision), the verb-sense class.

package code

// heldVerbs are the participles of holding something.
var heldVerbs = wordSet("CONTROLLED", "OWNED")

// heldState reports whether a material cooperation (root 06) is read from
// "controlled by" or "owned by" ("jointly owned by" too: the adverb
// stands before the participle).
func heldState(toks []token, cd cand) bool {
	if root(cd.code) != "06" || cd.verbStart >= len(toks) || !heldVerbs[toks[cd.verbStart].up] {
		return false
	}
	k := cd.verbStart + 1
	return k < len(toks) && toks[k].up == "BY"
}
