// A verb after "and" whose auxiliary or time phrase stands between: "The
// Tories want quotas for migrants and refugees and on Tuesday will
// outline their plans" — the verb still shares the subject of the verb
// before "and" (conjunctObject), and "refugees", in that verb's object,
// is not its source. conjunctObject skipped adverbs only ("and then
// stopped"); it now also skips an auxiliary ("and will outline", "and
// has asked") and a time phrase of at most three words ("and on Tuesday
// will", "and later this week", "and last year"), none of them
// capitalised but a weekday or a month. Past such a lead the verb before
// "and" must have an actor right before it for its subject (verbSubject):
// when none is found ("the United States also was pressing Canada … and
// was talking with Canadian representatives", "De Clercq has met Chinese
// leaders and today signed"), the source stays as it was.
//
// Issue 17 (precision), the role class of re-judged BBC sample 16.

package code

// conjLeadStart returns the index of the last word before the verb's
// lead (auxiliaries, then a time phrase, read backward from j) when
// there is one, or j itself.
func conjLeadStart(toks []token, j int) int {
	k := j
	for k >= 0 && (modal[toks[k].up] || passiveAux[toks[k].up] || toks[k].up == "DID" || toks[k].up == "DOES") {
		k--
	}
	// a time phrase: "on Tuesday", "later this week", "last year",
	// "in March", "next month"
	t := k
	words := 0
	for t >= 0 && words < 3 && (timeWords[toks[t].up] || months[toks[t].up] != "" || t < k && (toks[t].up == "ON" || toks[t].up == "IN" || toks[t].up == "THIS")) {
		if toks[t].capital && !weekdays[toks[t].up] && months[toks[t].up] == "" && t > 0 {
			break
		}
		t--
		words++
	}
	if words > 0 && t >= 0 && (toks[t].up == "AND" || toks[t].up == "BUT") {
		return t
	}
	if k < j && k >= 0 && (toks[k].up == "AND" || toks[k].up == "BUT") {
		return k
	}
	return j
}

// conjLead reports whether the verb at vs has an auxiliary or a time
// phrase between it and an "and" or "but" before it (adverbs skipped).
func conjLead(toks []token, vs int) bool {
	j := vs - 1
	for j >= 0 && clauseAdverbs[toks[j].up] {
		j--
	}
	return j >= 0 && conjLeadStart(toks, j) != j
}
