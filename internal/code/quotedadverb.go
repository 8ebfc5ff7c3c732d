package code

import "strings"

// quotedAdverb reports whether the quote mark at g opens or closes a
// quotation of a single lower-case adverb in "-ly" (`would "absolutely"
// require`, `"strongly" condemned`): a writer's emphasis on one word of
// the sentence, not a quotation that starts or ends a clause. The subject
// search (sourceBefore) reads past such marks instead of stopping there
// (devrecall21, issue 12). Only string comparisons on neighbours; no
// allocation.
func quotedAdverb(toks []token, g int) bool {
	if g < 0 || g >= len(toks) || !quoteMarkTok(toks[g].up) {
		return false
	}
	adverb := func(i int) bool {
		return i >= 0 && i < len(toks) && !toks[i].capital && len(toks[i].up) > 4 && strings.HasSuffix(toks[i].up, "LY")
	}
	if g+2 < len(toks) && adverb(g+1) && quoteMarkTok(toks[g+2].up) {
		return true
	}
	return g >= 2 && adverb(g-1) && quoteMarkTok(toks[g-2].up)
}

func quoteMarkTok(w string) bool { return w == "\"" || w == "\u201c" || w == "\u201d" }
