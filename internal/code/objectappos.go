package code

// appositionObject reports whether the words from the verb's end ve to
// the target mention are a name no actor covers, a comma, and at most
// three lower-case words (an article, an adjective: no function word or
// verb form) before the target, which closes at punctuation not followed
// by a verb: "Kenya criticised John Mwangi, a Ugandan activist." The apposition's
// actor codes the person the name gives, so the name is no object noun
// that keeps the target away (objectNoun).
func (st *state) appositionObject(toks []token, inMention []int, ve int, tgt *mention) bool {
	if tgt == nil || len(tgt.members) != 1 || !(tgt.members[0].person || tgt.members[0].needCountry || tgt.members[0].suffix != "") {
		return false
	}
	c := ve
	for c < tgt.start && toks[c].capital && !toks[c].punct && inMention[c] == 0 && !functionWords[toks[c].up] {
		c++
	}
	if n := c - ve; n < 1 || n > 4 || c >= tgt.start || toks[c].up != "," {
		return false
	}
	for k := c + 1; k < tgt.start; k++ {
		w := toks[k].up
		if k-c > 3 || toks[k].punct || toks[k].capital || !determiners[w] && (functionWords[w] || inflected(w)) {
			return false
		}
	}
	if e := tgt.end; e+1 < len(toks) && toks[e].up == "," && !toks[e+1].capital && st.isVerbAt(toks, e+1) {
		return false // "backs Randolph, former Colorado Rep. Pat Schroeder, lives in …": the subject's apposition
	}
	return tgt.end == len(toks) || toks[tgt.end].punct
}
