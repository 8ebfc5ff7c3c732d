// Americans of another origin: "Turkish Americans", "Kenyan American
// voters" are people of the United States; the country before "American"
// names their origin, not the state they belong to.

package code

import "dyad/internal/dict"

// ethnicAmerican reports whether the country actor a matched at toks[i:i+n]
// stands right before "Americans", or before "American" and a role word
// ("Kenyan American voters"): the mention is American, and the country
// piece is left out so that "Americans" reads alone (USA, or the role's
// code). "American" before a word that is no role ("Chinese American
// trade") is left.
func (st *state) ethnicAmerican(toks []token, i, n int, a *dict.Actor) bool {
	j := i + n
	code := a.CodeAt(st.date)
	if j >= len(toks) || len(code) != 3 || code == "USA" || !toks[j].capital {
		return false
	}
	switch toks[j].up {
	case "AMERICANS":
		return true
	case "AMERICAN":
		if j+1 >= len(toks) || toks[j+1].capital {
			return false
		}
		_, ng := st.c.agents.longest(toks, j+1, nil)
		return ng > 0
	}
	return false
}
