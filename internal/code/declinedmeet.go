// Declining to meet someone: a meeting refused (reuters3, issue 17).

package code

// declinedMeet: "declined to meet X" codes DECLINE's 120 (reject) when
// the verb's own patterns take nothing after it; when the words right
// after the verb are "to meet" (or "to meet with") and the target actor
// stands right there (after an article at most: "declined to meet the
// Ugandan envoy", "declined to meet Uganda's foreign minister"), what
// was declined is a meeting, 125 (reject proposal to meet, discuss or
// negotiate), as "refused to meet X" already codes. A thing met ("declined
// to meet the demands of Uganda", "declined to meet Uganda's terms": the
// target stands after a noun, or a possessive noun follows it) stays 120.
func declinedMeet(toks []token, cd cand) bool {
	if cd.code != "120" || cd.verbStart >= cd.verbEnd || !declineForms[toks[cd.verbStart].up] {
		return false
	}
	k := cd.verbEnd
	if k+1 >= len(toks) || toks[k].up != "TO" || toks[k+1].up != "MEET" {
		return false
	}
	k += 2
	if k < len(toks) && toks[k].up == "WITH" {
		k++
	}
	if k < len(toks) && (toks[k].up == "THE" || toks[k].up == "A" || toks[k].up == "AN") {
		k++
	}
	if cd.tgt.start != k {
		return false
	}
	// "Uganda's terms": a possessive and a thing; "Uganda's foreign
	// minister", "Uganda's envoy" are the mention's own words (the
	// mention then ends after them)
	e := cd.tgt.end
	if e+1 < len(toks) && toks[e].up == "'S" {
		return false
	}
	return true
}

var declineForms = wordSet("DECLINE", "DECLINES", "DECLINED", "DECLINING")
