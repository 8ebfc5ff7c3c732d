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

// quotedWord reports whether the quote mark at g opens or closes a
// quotation of a single lower-case word that is an adverb in "-ly"
// (quotedAdverb) or a form of a verb the dictionary codes (`said he
// "deplored" the raid`): a writer quoting the one word a speaker chose,
// not a quotation that starts or ends a clause. The subject search
// (sourceBefore) reads past such marks, and the object search
// (targetAfter) past the mark that closes the quoted verb itself
// (quotedVerbEnd) (devrecall22, issue 12). A quoted noun ("never")
// still ends the clause.
func (st *state) quotedWord(toks []token, g int) bool {
	if quotedAdverb(toks, g) {
		return true
	}
	if g < 0 || g >= len(toks) || !quoteMarkTok(toks[g].up) {
		return false
	}
	verb := func(i int) bool {
		return i >= 0 && i < len(toks) && !toks[i].capital && !toks[i].punct && st.c.verbs.root.kid(toks[i].up) != nil
	}
	if g+2 < len(toks) && verb(g+1) && quoteMarkTok(toks[g+2].up) {
		return true
	}
	return g >= 2 && verb(g-1) && quoteMarkTok(toks[g-2].up)
}

// quotedVerbEnd reports whether the token at g, right at the verb's end
// ve, is the quote mark that closes a quotation of the verb alone
// (`"deplored" the raid`), not one that opens a quotation after it
// (`voted "present"`).
func quotedVerbEnd(toks []token, ve, g int) bool {
	return g == ve && g >= 2 && quoteMarkTok(toks[g-2].up)
}

// quotedSubjects are the pronouns that may stand right before a quoted
// verb as its subject.
var quotedSubjects = map[string]bool{"HE": true, "SHE": true, "IT": true, "THEY": true, "WE": true}

// quotedFiniteVerb reports whether the quotation marks at open and close
// hold one lower-case word in "-ed" or "-s" right after its subject, a
// pronoun or a capitalised name (`said he "deplored" the raid`, `Kenya
// "condemned" Uganda`): the speaker's own verb, quoted, which
// scareQuoted does not hide from the verb search as it hides a scare
// quote (`the "war" on drugs`, `the "condemned" men`). No allocation.
func quotedFiniteVerb(toks []token, open, close int) bool {
	if close != open+2 || open == 0 {
		return false
	}
	w, prev := toks[open+1], toks[open-1]
	if w.capital || w.punct || len(w.up) < 4 || !strings.HasSuffix(w.up, "ED") && !strings.HasSuffix(w.up, "S") {
		return false
	}
	return quotedSubjects[prev.up] || prev.capital && !prev.punct && !functionWords[prev.up]
}
