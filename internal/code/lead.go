// Leading and heading: CAMEO's OVERSEE_MANAGE block codes a bare "lead"
// or "head" as material cooperation (060), and its bare "* TO" pattern as
// an intent (030). Being led by someone, or leading a rival of one's own
// country in a race or a poll, is no act toward the one led or trailed:
// "a World Bank team led by Katrine Saito", "Republicans led by Donald
// Trump", "The politicians - led out by John Prescott", "Clinton leads
// Sanders among Latinos", "Labour lead the Conservatives by 39% to 34%".
// An armed force led stays ("Kenya led Ugandan troops into the border
// zone", 060), as does a lead between bodies of two countries; the
// block's other patterns ("led a delegation to", 036; "headed to", 042)
// keep their codes.

package code

// leadWords are the forms of leading and heading.
var leadWords = map[string]bool{
	"LEAD": true, "LEADS": true, "LED": true, "LEADING": true,
	"HEAD": true, "HEADS": true, "HEADED": true,
}

// bareLeadUnarmed reports whether the candidate is a bare "lead" or
// "head" coded 060 (or 030 from "* TO") between two actors neither of
// which bears arms: the shape ledNotArmed and leadNoLead read further.
func bareLeadUnarmed(toks []token, cd cand) bool {
	if cd.code != "060" && cd.code != "030" || cd.verbStart >= len(toks) || cd.verbEnd-cd.verbStart != 1 || !leadWords[toks[cd.verbStart].up] {
		return false
	}
	return !armedCode(cd.src.actor.Code, cd.tgt.actor.Code)
}

// ledNotArmed reports whether the candidate is a bare "lead" or "head"
// (060, or 030 from "* TO") between two actors neither of which bears
// arms (armedRoles), and either a passive's agent follows the verb ("led
// by", "led out by") or the two are political rivals of one country
// (politicalRival).
func ledNotArmed(toks []token, cd cand) bool {
	if !bareLeadUnarmed(toks, cd) {
		return false
	}
	by := cd.verbEnd
	if by < len(toks) && (toks[by].up == "OUT" || toks[by].up == "AWAY") {
		by++
	}
	if by < len(toks) && toks[by].up == "BY" {
		return true // "a team led by the economist"
	}
	return politicalRival(cd.src.actor) && politicalRival(cd.tgt.actor) && cd.src.actor.Country == cd.tgt.actor.Country
}
