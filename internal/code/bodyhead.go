// A named body referred to again by its head noun: "the Electoral
// Commission … the commission says", "the Serious Fraud Office … the
// office". British and much other news writes the short form in lower
// case, which the capitalised aliases of names (remember) do not catch.

package code

// bodyHeadNouns are the head nouns a body's short form keeps.
var bodyHeadNouns = wordSet("COMMISSION", "AGENCY", "AUTHORITY", "OFFICE", "BOARD", "COUNCIL", "COMMITTEE",
	"EXECUTIVE", "INQUIRY", "WATCHDOG", "REGULATOR", "TRIBUNAL", "ORGANISATION", "ORGANIZATION", "FOUNDATION",
	"INSTITUTE", "ASSOCIATION", "FEDERATION", "CONFEDERATION")

// noteBodyHead keeps, for a body named by a name of two words or more
// whose last word is a head noun ("Electoral Commission"), that word as
// its short form in this article; a later body of the same head noun
// takes it over.
func (st *state) noteBodyHead(toks []token, mem member) {
	if !mem.named || !mem.body || mem.nEnd-mem.nStart < 2 || mem.nEnd > len(toks) {
		return
	}
	w := toks[mem.nEnd-1].up
	if !bodyHeadNouns[w] {
		return
	}
	if st.bodyHeads == nil {
		st.bodyHeads = map[string]member{}
	}
	a := mem
	a.explain = append([]string(nil), mem.explain...)
	st.bodyHeads[w] = a
}

// bodyHeadAt returns the body that "the" and the lower-case head noun at
// i stand for ("the commission says"): a body named before in the article
// whose name ends in that noun, when the noun ends its phrase — a verb,
// an auxiliary, punctuation or "'s" follows ("the commission report" is
// not the commission acting).
func (st *state) bodyHeadAt(toks []token, i int) (member, bool) {
	if i == 0 || toks[i].capital || toks[i-1].up != "THE" || st.bodyHeads == nil {
		return member{}, false
	}
	a, ok := st.bodyHeads[toks[i].up]
	if !ok || i+1 >= len(toks) {
		return member{}, false
	}
	nx := toks[i+1]
	if !(nx.punct || nx.up == "'S" || auxiliaries[nx.up] || modal[nx.up] || adverbs[nx.up] || doForms[nx.up] || st.isVerbAt(toks, i+1)) {
		return member{}, false
	}
	if st.c.opts.Explain {
		a.explain = append(append([]string(nil), a.explain...), "the "+asciiLower(toks[i].up)+" → "+a.actor.Name)
	}
	return a, true
}

var doForms = wordSet("DOES", "DID", "DO")
