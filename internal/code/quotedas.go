// A quoter and the one quoted: "The New York Times quoted Baldrige as
// saying …" (reuters, issue 17).

package code

import "strings"

// quotedAsWords after "as" make the one quoted the speaker of what
// follows.
var quotedAsWords = wordSet("SAYING", "TELLING", "STATING", "ADDING", "WRITING", "HAVING", "DESCRIBING", "CALLING", "WARNING")

// quotedAs reports whether a candidate of a form of "quote" has as one
// side the actor quoted right before "as saying" (telling, adding …):
// the quoter, a newspaper or an agency, reports that actor's words; it
// makes no statement to or about the actor (QUOTE 010). What was said is
// coded from the said clause, the one quoted its speaker.
func quotedAs(toks []token, cd cand) bool {
	if cd.verbStart >= cd.verbEnd || !strings.HasPrefix(toks[cd.verbStart].up, "QUOT") {
		return false
	}
	side := func(m member) bool {
		return m.start >= cd.verbEnd && m.end+1 < len(toks) && toks[m.end].up == "AS" && quotedAsWords[toks[m.end+1].up]
	}
	return side(cd.tgt) || side(cd.src)
}
