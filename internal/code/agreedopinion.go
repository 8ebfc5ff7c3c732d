// Agreeing with an opinion: "agrees with X that Y is the best candidate"
// shares a view about Y; it is no intent to cooperate with Y.

package code

// agreeForms: the forms of "agree".
var agreeForms = wordSet("AGREE", "AGREES", "AGREED", "AGREEING")

// agreedOpinion reports whether a candidate read from "agree with" takes
// its target from a "that" clause after the one agreed with: "agrees with
// the analyst that Ugandan President Museveni is the best candidate"
// (the target is what the view is about). "Kenya agreed with Uganda that
// the border would reopen" (the target is the one agreed with) and
// "agreed with Uganda on the border" stay.
func agreedOpinion(toks []token, cd cand) bool {
	if cd.verbStart >= len(toks) || !agreeForms[toks[cd.verbStart].up] || cd.tgt.start < cd.verbEnd {
		return false
	}
	k := cd.verbEnd
	if k < len(toks) && toks[k].up == "WITH" {
		k++
	} else {
		return false
	}
	for ; k < cd.tgt.start && k < len(toks); k++ {
		if toks[k].up == "THAT" {
			return k > cd.verbEnd+1 // someone agreed with before "that"
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}
