// A meeting set for a time to come: "talks with President Reagan later
// this month", "will hold talks with Suharto tomorrow" (reuters16, issue
// 17).
//
// A meeting noun or verb coded in the 04 family (046 talks, 040 meets,
// 042 visits) whose own clause names a time after the report is a
// meeting planned, not held: CAMEO codes the announcement as an intent
// to meet (036). scheduled.go does this for a present tense with a
// weekday ("leaves on Tuesday"); here the clause's date itself is after
// the publication ("next week", "tomorrow", a calendar date to come), or
// the clause says "later this week/month/year" ("later in the month"),
// which the date resolver does not read.

package code

import "strings"

// laterWords are the period nouns of "later this month", "later in the
// week".
var laterWords = wordSet("WEEK", "MONTH", "YEAR", "SPRING", "SUMMER", "AUTUMN", "WINTER", "FALL")

// meetAhead reports whether the 04-family candidate at [vs, ve) is set
// for a time to come: d, its clause's date before the cap to the report
// date, is after ref (dt non-empty, not a possessive: "next week's
// talks" names other talks), or its clause holds "later this <period>" /
// "later in the <period>". A past tense in the clause up to the verb
// ("came to Brazil on a visit … to be held June 24", "called Miyazawa to
// warn him") is a meeting held whatever else is to come.
func meetAhead(sent string, toks []token, vs, ve int, d, dt, ref string) bool {
	if vs >= ve || ve > len(toks) {
		return false
	}
	a, b := verbClause(toks, vs, ve)
	for i := a; i < ve; i++ {
		if w := toks[i].up; !toks[i].capital && (strings.HasSuffix(w, "ED") && len(w) > 4 && !strings.HasSuffix(w, "EED") || irregularPast[w]) {
			return false
		}
	}
	if dt != "" && ref != "" && d > ref {
		k := strings.Index(sent, dt)
		if j := tokenAt(toks, k+len(dt)); k < 0 || j >= len(toks) || toks[j].up != "'S" {
			return true
		}
	}
	for i := a; i+2 < b; i++ {
		if toks[i].up != "LATER" {
			continue
		}
		if toks[i+1].up == "THIS" && laterWords[toks[i+2].up] {
			return true
		}
		if i+3 < b && toks[i+1].up == "IN" && toks[i+2].up == "THE" && laterWords[toks[i+3].up] {
			return true
		}
	}
	return false
}
