package code

// An act named by "this" after ", but": in "Kenya had proposed a
// ceasefire, but Uganda has rejected this." the rejection is of Kenya's
// proposal, so Kenya, the subject of the clause before ", but", is the
// target. Only for acts of response to another's act (rejection 12,
// disapproval 11, support and praise 05), and only when "this" or "that"
// alone closes the clause.

// actThisRoots are the roots whose object may be another actor's act.
var actThisRoots = map[string]bool{"05": true, "11": true, "12": true}

// actThis is the mention that opens the sentence and ends before ", but"
// when the verb at [vs, ve) with code has as its whole object "this" or
// "that" before the clause's end and its subject src follows that ",
// but"; nil otherwise.
func actThis(toks []token, ms []mention, src *mention, vs, ve int, code string) *mention {
	if src == nil || src.end > vs || !actThisRoots[root(code)] || ve >= len(toks) {
		return nil
	}
	if w := toks[ve].up; w != "THIS" && w != "THAT" || ve+1 < len(toks) && !toks[ve+1].punct {
		return nil
	}
	but := -1
	for k := src.start - 1; k >= 2; k-- {
		if toks[k].up == "BUT" && toks[k-1].up == "," {
			but = k - 1
			break
		}
	}
	if but < 0 || len(ms) == 0 {
		return nil
	}
	first := &ms[0]
	if first.start > 1 || first.start == 1 && toks[0].up != "THE" || first.end >= but || first == src {
		return nil
	}
	for k := first.end; k < but; k++ {
		if toks[k].punct {
			return nil // "Kenya, a neighbour, …": the clause is not one plain subject and its verb
		}
	}
	return first
}
