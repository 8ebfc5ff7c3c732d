package code

// dashAside counts the tokens between ve and end that stand in an aside
// set off by a pair of dashes ("alleged that Mwangi - the country's
// biggest coffee exporter - and other Kenyan firms had fixed prices"),
// both dashes included. The target search reads a fixed number of words
// past the verb (targetAfter); an aside describing the name before it
// does not move the object further from its verb, so it does not count.
// Only an apposition counts: a noun phrase opened by a determiner ("- the
// …", "- a …", "- its …"); an aside that is a clause or an infinitive
// ("- to block the sale -") is part of what the verb says. A run of dash
// tokens ("--", tokenized as two) is one dash; an aside holds no
// sentence end, and it must close before end (a name inside an aside
// gains nothing). Called only when the
// window is exceeded; no allocation (devrecall22, issue 12).
func dashAside(toks []token, ve, end int) int {
	n := 0
	for g := ve; g < end; g++ {
		if !isDash(toks[g].up) {
			continue
		}
		open := g
		for g+1 < end && isDash(toks[g+1].up) {
			g++
		}
		if g+1 >= end || !determiners[toks[g+1].up] {
			continue
		}
		for k := g + 1; k < end && k <= g+13; k++ {
			if w := toks[k].up; w == "." || w == ";" {
				break
			}
			if isDash(toks[k].up) {
				for k+1 < end && isDash(toks[k+1].up) {
					k++
				}
				n += k - open + 1
				g = k
				break
			}
		}
	}
	return n
}
