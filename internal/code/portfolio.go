// A minister's or secretary's portfolio after "for": "the Minister for
// Sport", "the Shadow Secretary of State for Health", "the shadow
// minister for Europe" are one title.

package code

import "dyad/internal/dict"

// portfolioHeads end a title of office that a portfolio after "for" may
// follow; a spokesman's "for" names whom he speaks for ("spokesman for
// the party"), unless he is the opposition's shadow of a portfolio.
var portfolioHeads = map[string]bool{"MINISTER": true, "SECRETARY": true, "COMMISSIONER": true}

var shadowPortfolioHeads = map[string]bool{"SPOKESMAN": true, "SPOKESWOMAN": true, "SPOKESPERSON": true}

// portfolio extends a singular title of a state's office or the
// opposition's (~GOV, ~OPP) that ends in "minister", "secretary",
// "secretary of state" or "commissioner" (a shadow's "spokesman" too)
// over its portfolio: "for", an optional "the", and either capitalised
// words (with "and", and commas inside a list whose "and" comes before
// the next punctuation: "for Culture, Media and Sport") or one to three
// lower-case nouns ("for civil aviation", "for the family"). The
// portfolio names what the office handles, not whose it is: "the shadow
// minister for Europe" is no European actor, and a name or a comma after
// the portfolio ("the Secretary of State for Health, John Okello, said")
// stands next to the title, as after "the Health Secretary". The
// portfolio stops before a given name that opens a name of two words
// ("Minister for Work Jane Okello") and is none before "'s"; lower-case
// words end at punctuation, a capitalised word or a verb ("the minister
// for economic affairs added").
func (st *state) portfolio(toks []token, p piece) piece {
	c := st.c
	if c.set.TabariRules || p.agent == nil || p.end+2 >= len(toks) {
		return p
	}
	head := toks[p.end-1].up
	if head == "STATE" && p.end-p.start >= 3 && toks[p.end-2].up == "OF" {
		head = toks[p.end-3].up // "secretary of state"
	}
	suf, _ := agentSuffix(toks, &p)
	if len(suf) < 3 || suf[:3] != "GOV" && suf[:3] != "OPP" {
		return p
	}
	if !portfolioHeads[head] && !(shadowPortfolioHeads[head] && suf[:3] == "OPP") {
		return p
	}
	k := p.end
	if toks[k].up != "FOR" || toks[k].capital {
		return p
	}
	k++
	if toks[k].up == "THE" {
		k++
	}
	if k >= len(toks) || toks[k].punct {
		return p
	}
	word := func(k int) bool {
		t := toks[k]
		return !t.punct && !functionWords[t.up] && surnameWord(t.up)
	}
	e := k
	if toks[k].capital {
		for e < len(toks) {
			t := toks[e]
			switch {
			case t.capital && word(e):
				if c.givenNames[t.up] > 0 && e > k && e+1 < len(toks) && toks[e+1].capital && word(e+1) {
					return st.portfolioEnd(toks, p, e) // "Minister for Work Jane Okello"
				}
				e++
				continue
			case (t.up == "AND" || t.up == "&") && e > k && e+1 < len(toks) && toks[e+1].capital && word(e+1):
				e++
				continue
			case t.up == "," && e > k && e+1 < len(toks) && toks[e+1].capital && listGoesOn(toks, e+1):
				e++
				continue
			}
			break
		}
		return st.portfolioEnd(toks, p, e)
	}
	for e < len(toks) && e-k < 3 && !toks[e].capital && word(e) && !portfolioVerb(c, toks, e) {
		e++
	}
	if e == k || e < len(toks) && !toks[e].punct && !toks[e].capital && !portfolioVerb(c, toks, e) {
		return p // "his minister for an excellent job": no portfolio
	}
	return st.portfolioEnd(toks, p, e)
}

// portfolioEnd extends piece p to end at token e, when e is past it
// and not before "'s".
func (st *state) portfolioEnd(toks []token, p piece, e int) piece {
	if e <= p.end+1 || e < len(toks) && toks[e].up == "'S" {
		return p
	}
	p.end = e
	return p
}

// listGoesOn reports whether the capitalised words from token k reach an
// "and" before the next punctuation: a list of a portfolio ("Culture,
// Media and Sport"), not a name set off by commas ("Health, John
// Okello, said").
func listGoesOn(toks []token, k int) bool {
	for ; k < len(toks) && !toks[k].punct; k++ {
		if toks[k].up == "AND" || toks[k].up == "&" {
			return true
		}
		if !toks[k].capital {
			return false
		}
	}
	return false
}

// portfolioVerb: a lower-case word after a title's "for" that may be a verb
// with its inflection ("added", "says").
func portfolioVerb(c *Coder, toks []token, k int) bool {
	if _, n := c.verbs.longest(toks, k, nil); n > 0 && (inflected(toks[k].up) || pastVerbForms[toks[k].up]) {
		return true
	}
	return false
}

// portfolioTitle is the end of the title of n words at token i with its
// portfolio (portfolio), i+n when it has none.
func (st *state) portfolioTitle(toks []token, i, n int, ag *dict.Agent) int {
	if st.c.set.TabariRules {
		return i + n
	}
	return st.portfolio(toks, piece{start: i, end: i + n, agent: ag}).end
}
