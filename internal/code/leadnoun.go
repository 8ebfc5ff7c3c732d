// "Lead" that is no act of leading one actor toward another (060, or 030
// from "lead … to"), two shapes read from the corpora's wrong events:
//
//   - an electoral lead: "Clinton led in both Virginia and Georgia",
//     "leads in the polls": "in" and a place, "both" or the polls after
//     the verb;
//   - a person leading a party: "when Lord Kinnock led Labour between
//     1983 and 1992" (re-judged BBC sample 16, item 65) is the party's
//     leadership, no cooperation with it.
//
// Armed actors keep their codes ("troops led by", as ledNotArmed).
// Issue 17 (precision), the verb-sense class.

package code

// leadNoLead reports whether a lead candidate (060 or 030 from a form of
// "lead" or "head") is one of the two shapes above.
func leadNoLead(toks []token, cd cand) bool {
	if !bareLeadUnarmed(toks, cd) {
		return false
	}
	ve := cd.verbEnd
	if ve+1 < len(toks) && toks[ve].up == "IN" {
		n := toks[ve+1]
		if n.up == "BOTH" || n.up == "POLLS" || n.up == "THE" && ve+2 < len(toks) && (toks[ve+2].up == "POLLS" || toks[ve+2].up == "POLL") ||
			n.capital && !n.punct && cd.tgt.start > ve {
			return true // "led in both Virginia and Georgia", "leads in the polls"
		}
	}
	t := cd.tgt
	if cd.src.person && t.entry != nil && partyEntry(t.entry) && (t.start == ve || t.start == ve+1 && toks[ve].up == "THE") {
		return true // "Lord Kinnock led Labour": a party's leader
	}
	return false
}
