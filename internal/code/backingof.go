// Backing won, named at length (issue 17): "Mr. X won the endorsement of
// the most influential leader of Iowa's evangelicals, Y" — the one named
// in the "of" phrase after a noun of endorsement endorses the winner, even
// when the name comes some words after "of" (backingWon wants it right
// after). The verb of obtaining also gave other readings: CAMEO's OBTAIN
// "* LEADER" (043/042, an audience obtained with a leader) took "won the
// endorsement of the … leader" for a visit. Whatever the code, it is the
// backer's endorsement: Y 051 X.

package code

// backingOf reports whether cd's verb is a verb of obtaining (receiveVerbs)
// with, within four words after it, a noun of endorsement and "of" (or
// the verb is read from that noun and the verb of obtaining is within
// four words before it: "won the backing of the leader of …"), one
// side of cd before the verb (the winner) and the other inside the "of"
// phrase: after "of", within fourteen words, with no clause break (a
// relative word, "and", "but", a semicolon, colon or full stop) between.
// It returns whether the sides must be swapped so that the backer is the
// source.
func backingOf(toks []token, cd cand) (ok, swap bool) {
	vs := cd.verbStart
	if vs+1 >= len(toks) {
		return false, false
	}
	of := -1
	if backingNouns[toks[vs].up] && toks[vs+1].up == "OF" {
		// the verb read from the noun ("backing"): a verb of obtaining
		// within four words before it
		for k := vs - 1; k >= 0 && k >= vs-4 && !toks[k].punct; k-- {
			if receiveVerbs[toks[k].up] {
				of, vs = vs+1, k
				break
			}
		}
	} else if receiveVerbs[toks[vs].up] {
		for k := vs + 1; k+1 < len(toks) && k <= vs+4; k++ {
			if toks[k].punct {
				break
			}
			if backingNouns[toks[k].up] && toks[k+1].up == "OF" {
				of = k + 1
				break
			}
		}
	}
	if of < 0 {
		return false, false
	}
	inOf := func(m member) bool {
		if m.start <= of || m.start > of+14 || m.start > len(toks) {
			return false
		}
		for k := of + 1; k < m.start; k++ {
			w := toks[k].up
			if clauseBreak[w] || relativeWords[w] || w == "." || w == ":" || w == "(" {
				return false
			}
		}
		return true
	}
	switch {
	case cd.src.end <= vs && inOf(cd.tgt):
		return true, true // "X won the endorsement of … Y": Y endorses X
	case cd.tgt.end <= vs && inOf(cd.src):
		return true, false
	}
	return false, false
}
