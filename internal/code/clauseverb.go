package code

import "strings"

// clauseVerbAfter reports whether a pattern's noun matched past other
// words after a verb is followed by a finite verb of its own, a "be" or
// "have" form or a past tense not opening a "by" phrase, perhaps after one
// adverb in -ly ("said China's economic reforms definitely are not at
// risk", "said advocates for reform needed to be inside the Lords"): the
// noun is the subject of a reported clause with no "that", no object of
// the saying, so EXPLAIN_VERBAL's "* REFORM" (083) or "* DEAL" (060) do
// not read it. After a verb of saying only ("signed a treaty designed
// to …" keeps its object). Called from clauseSubject; dyad's rules only.
func (st *state) clauseVerbAfter(toks []token, next int) bool {
	if !st.sayVerb {
		return false // "signed a treaty designed to …": a participle after the object of an act
	}
	if next < len(toks) && strings.HasSuffix(toks[next].up, "LY") && next+1 < len(toks) {
		next++
	}
	if next >= len(toks) {
		return false
	}
	w := toks[next].up
	switch w {
	case "IS", "ARE", "WAS", "WERE", "HAS", "HAVE", "HAD":
		return true
	}
	if strings.HasSuffix(w, "ED") && st.isVerbAt(toks, next) && (next+1 >= len(toks) || toks[next+1].up != "BY") {
		return true
	}
	return false
}
