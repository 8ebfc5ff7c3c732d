// An actor inside a relative clause on the verb's object is no target of
// the verb: "vetoed legislation that would allow 9/11 families to sue
// Saudi Arabia" vetoes no act on Saudi Arabia (senses18, issue 17).

package code

import "strings"

// insideObjectRelative reports whether the words from the verb's end ve
// to the mention at ms hold a relative clause on a common noun: a
// lower-case noun no actor covers, "that" or "which" right after it, and
// a verb (lower case: "Bill" is a name) or an auxiliary between the pronoun and the mention ("a bill
// that would allow Uganda", "the law which bans Ugandan imports"). The
// mention is then that clause's, not the verb's object. A noun's
// complement without a verb before the actor ("claims that Uganda
// attacked") and a speech verb's "that" (after no noun) are not such
// clauses; nor is a past form or a participle before "that" ("agreed
// that", "saying that"), a verb whose "that" opens what it says.
func (st *state) insideObjectRelative(toks []token, ve, ms int) bool {
	for k := ve + 1; k < ms; k++ {
		w := toks[k].up
		if w != "THAT" && w != "WHICH" {
			continue
		}
		n := toks[k-1]
		if n.punct || n.capital || functionWords[n.up] || speechVerbs[n.up] || modal[n.up] || strings.HasSuffix(n.up, "ED") || strings.HasSuffix(n.up, "ING") {
			continue
		}
		for g := k + 1; g < ms; g++ {
			if modal[toks[g].up] || !toks[g].capital && st.isVerbAt(toks, g) {
				return true
			}
		}
	}
	return false
}
