package code

// A visit called off is no visit (issue 17): CANCEL's "* VISIT", "*
// TOUR" (CAMEO.2.0.txt, written for "concluded") and "* TRIP" (dyad's,
// written for "ended a trip") are 042:043, but the block's patterns fire
// for every verb of the block, so "Kenya called off a trip to Uganda."
// coded a visit made and hosted. The codebook puts a cancelled visit
// under 161 (reduce or break diplomatic relations: "cancellation of
// meetings …", its example a minister who "cancelled a planned visit"):
// the visitor's side becomes 161 toward the host, the host's side (043)
// goes. "ended", "concluded", "wrapped up" a visit stay 042:043.

// cancelVisitVerbs: forms of verbs that call a planned act off before it
// happens ("call" only with "off").
var cancelVisitVerbs = map[string]bool{
	"CANCEL": true, "CANCELS": true, "CANCELLED": true, "CANCELED": true, "CANCELLING": true, "CANCELING": true,
	"CALL": true, "CALLS": true, "CALLED": true, "CALLING": true,
	"ABORT": true, "ABORTS": true, "ABORTED": true, "ABORTING": true,
	"SUSPEND": true, "SUSPENDS": true, "SUSPENDED": true, "SUSPENDING": true,
	"POSTPONE": true, "POSTPONES": true, "POSTPONED": true, "POSTPONING": true,
	"SCRAP": true, "SCRAPS": true, "SCRAPPED": true, "SCRAPPING": true,
	"SHELVE": true, "SHELVES": true, "SHELVED": true, "SHELVING": true,
	"ABANDON": true, "ABANDONS": true, "ABANDONED": true, "ABANDONING": true,
}

// (visitNouns, precision.go: the trips a visit code is read from.)

// visitObjectStops: words that end the verb's object before a visit noun
// ("suspended aid during his visit").
var visitObjectStops = map[string]bool{
	"AFTER": true, "BEFORE": true, "DURING": true, "WHILE": true, "ON": true, "IN": true,
	"AND": true, "BUT": true, "BECAUSE": true, "THAT": true, "WHICH": true, "TO": true, "OF": true,
}

// cancelledVisit: a visit code (042, 043) read from a verb that calls
// the visit off. It returns drop for the host's side and 161 for the
// visitor's.
func cancelledVisit(toks []token, cd cand) (drop bool, code string) {
	if (cd.code != "042" && cd.code != "043") || cd.verbStart >= len(toks) || cd.verbEnd > len(toks) {
		return false, ""
	}
	v := toks[cd.verbStart].up
	if !cancelVisitVerbs[v] {
		return false, ""
	}
	if v[0] == 'C' && v[1] == 'A' && v[2] == 'L' && (cd.verbStart+1 >= len(toks) || toks[cd.verbStart+1].up != "OFF") {
		return false, ""
	}
	for k := cd.verbEnd; k < len(toks) && k < cd.verbEnd+6; k++ {
		t := toks[k]
		if t.punct || visitObjectStops[t.up] {
			return false, ""
		}
		if visitNouns[t.up] {
			if cd.code == "043" {
				return true, ""
			}
			return false, "161"
		}
	}
	return false, ""
}
