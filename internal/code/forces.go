// A country's forces: "Iranian forces", "U.S. forces", "Kenya-led forces".

package code

import "dyad/internal/dict"

// forcesAgent is the military role that "forces" names after a country.
// Phoenix has no entry "FORCES" alone (market forces, the verb "forces"),
// only compounds ("SECURITY FORCES", "ARMED FORCES").
var forcesAgent = &dict.Agent{
	Names:  []dict.Phrase{dict.ParsePhrase("FORCES", false)},
	Code:   "~MIL",
	Origin: "dyad: a country's forces (forces.go)",
}

// countryForces reads a lower-case "forces" right after a
// country's name or adjective ("Iranian forces", "Kenya's forces",
// "Kenya-led forces": afterCountry) as that country's military, as
// "Iranian troops" are: IRNMIL, not the bare IRN. Not the verb: an
// actor, a role word, a determiner or an object pronoun right after it
// ("Kenya forces Uganda to close the border").
func (st *state) countryForces(toks []token, i int) (piece, bool) {
	t := toks[i]
	if st.c.set.TabariRules || !t.lower || t.up != "FORCES" || !st.afterCountry(toks, i) {
		return piece{}, false
	}
	if i+1 < len(toks) {
		// "Kenya forces Uganda to …", "forces the rebels out": the verb
		nx := toks[i+1]
		if determiners[nx.up] || objectPronouns[nx.up] {
			return piece{}, false
		}
		if _, n := st.c.actors.longest(toks, i+1, nil); n > 0 {
			return piece{}, false
		}
		if _, n := st.c.agents.longest(toks, i+1, nil); n > 0 {
			return piece{}, false
		}
	}
	return piece{start: i, end: i + 1, agent: forcesAgent}, true
}
