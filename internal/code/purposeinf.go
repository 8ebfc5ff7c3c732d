// The object of a supplying verb is no subject of the purpose infinitive
// after what it is supplied with (issue 17, ROLE): "The United States is
// willing to provide Brazil with $1.5 billion in loan guarantees to
// finance U.S. exports" — the guarantees finance the exports, Brazil does
// not. The nearest actor before "to finance" was taken as its source.

package code

// purposeAfterWith reports whether the verb at vs follows "to", and the
// words from the source mention (ending at srcEnd) to that "to" open
// with "with" ("provide Brazil with … to finance"): the infinitive tells
// the purpose of the supply, whose receiver is not its subject ("and"
// may join what is supplied: "loan guarantees and insurance"). "Urged
// Uganda to withdraw" (no "with") keeps its reading.
func purposeAfterWith(toks []token, srcEnd, vs int) bool {
	t := vs - 1
	if t <= srcEnd || t >= len(toks) || toks[t].up != "TO" || srcEnd >= len(toks) || toks[srcEnd].up != "WITH" {
		return false
	}
	for k := srcEnd + 1; k < t; k++ {
		if toks[k].punct && toks[k].up != "$" || clauseBreak[toks[k].up] && toks[k].up != "AND" {
			return false // the infinitive belongs to another clause
		}
	}
	return true
}
