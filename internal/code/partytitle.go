// A party's own offices: "Lib Dem president Simon Hughes", "Tory
// chairman Jane Okello". A president, chairman or treasurer named after a
// party's name holds an office of the party, not of the state, so the
// title says nothing of the person's office in government (titledOffice
// leaves the person's own code).

package code

// partyOfficeWords are the titles of a party's own officers.
var partyOfficeWords = map[string]bool{"PRESIDENT": true, "VICE-PRESIDENT": true, "CHAIRMAN": true,
	"CHAIRWOMAN": true, "CHAIR": true, "TREASURER": true}

// partyTitle reports whether the agent at start..end is a party officer's
// title right after a party's capitalised name ("Lib Dem president",
// "Conservative Party chairman").
func (st *state) partyTitle(toks []token, start, end int) bool {
	if end-start != 1 || !partyOfficeWords[toks[start].up] {
		return false
	}
	for k := max(0, start-4); k < start; k++ {
		if !toks[k].capital {
			continue
		}
		if acts, n := st.c.actors.longest(toks, k, nil); n > 0 && k+n == start && partyName(acts[0]) {
			return true
		}
	}
	return false
}
