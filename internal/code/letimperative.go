// An imperative "Let X …": "Erdogan said, 'Let the United Nations advise
// other countries to accept the refugees'" is the speaker's call on X,
// not X's act.

package code

// letImperative reports whether the candidate's source is the object of
// a clause-opening "Let" (at the sentence's start or after punctuation
// such as an opening quote; "the" allowed between): "Let the United
// Nations advise …", "'Let Uganda negotiate with Kenya,' the president
// said". "Kenya let Uganda …" (no clause-opening "Let") is left.
func letImperative(toks []token, cd cand) bool {
	k := cd.src.start - 1
	if k >= 0 && k < len(toks) && toks[k].up == "THE" {
		k--
	}
	if k < 0 || k >= len(toks) || toks[k].up != "LET" || !toks[k].capital {
		return false
	}
	return k == 0 || toks[k-1].punct
}
