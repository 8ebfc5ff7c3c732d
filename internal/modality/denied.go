package modality

import "strings"

// Denials whose object is a charge, a claim or a state, not the act
// named inside them (moved from modality.go to keep it under 900 lines).
// deniedClaim returns the words of a denial whose object is a charge or
// claim ("denied charges", "rejected the allegations") whose "that"
// clause, at token k, comes after a "from" phrase and a date: "denied
// charges from the opposition leader on Thursday that he had made a deal
// with …". "" when there is none within 20 words.
func deniedClaim(up []string, k int) string {
	for j := k - 1; j > 0 && j >= k-20; j-- {
		if boundary(up[j]) || up[j] == "." || up[j] == "THAT" {
			return ""
		}
		if !chargeNouns[up[j]] {
			continue
		}
		d := j - 1
		if d > 0 && nounDets[up[d]] {
			d--
		}
		if denyWords[up[d]] || rejectWords[up[d]] {
			return strings.ToLower(up[d] + " " + up[j])
		}
	}
	return ""
}

var (
	// chargeNouns name what is charged or claimed, not stated
	chargeNouns = set("CHARGES", "CHARGE", "ALLEGATIONS", "ALLEGATION", "ACCUSATIONS", "ACCUSATION", "CLAIMS", "CLAIM",
		"REPORTS", "REPORT", "RUMOURS", "RUMORS", "SUGGESTIONS", "SUGGESTION")
	// rejectWords deny a charge as "denied" does
	rejectWords = set("REJECTED", "REJECTS", "REJECT", "REJECTING", "DISMISSED", "DISMISSES", "DISMISS", "REFUTED", "REFUTES")
	nounDets    = set("THE", "THESE", "THOSE", "ANY", "ALL", "SUCH")
)

// stateBe, statePreps: a finite "be" and the prepositions after the
// participle or adjective of a state ("was split over", "were divided
// on", "is unhappy about").
var (
	stateBe    = set("IS", "WAS", "ARE", "WERE")
	statePreps = set("OVER", "ABOUT", "ON", "IN", "AT", "WITH", "FROM", "BY", "INTO")
)

// deniedState reports whether the words between a denying source and
// the verb hold a clause of its own that states a state after the deny
// word ("denied his shadow cabinet was split over its decision to back
// the plan"): "be", a word that is no -ing form and no "to", then a
// preposition. What was denied is that state, not the act after it,
// which is only named inside it: no 016 from that act, no event.
// "denied it was planning to attack" and "denied attacking" stay 016.
func deniedState(aux []string) bool {
	d := -1
	for i, w := range aux {
		if denyWords[w] {
			d = i
		}
	}
	for i := d + 1; d >= 0 && i+2 < len(aux); i++ {
		if !stateBe[aux[i]] {
			continue
		}
		x := aux[i+1]
		if x == "TO" || x == "BEING" || strings.HasSuffix(x, "ING") {
			continue
		}
		if statePreps[aux[i+2]] {
			return true
		}
	}
	return false
}
