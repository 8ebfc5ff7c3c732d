// A conflictual act refused or avoided is not done (issue 17): "refused
// to criticise the president", "avoided attacking her rival", "declined
// to condemn the party". The negation gate (verb.go) sees only "not",
// "never" and "n't"; these verbs of refusal negate the act after them
// just as well, and CAMEO codes no criticism, accusation, threat or
// force for them (the refusal of a cooperative act — "refused to meet" —
// is its rejection, left to the dictionary and declinedmeet.go).

package code

// refusalVerbs: verbs of refusing or avoiding that take the act as "to"
// and a verb or as a gerund.
var refusalVerbs = wordSet("REFUSE", "REFUSES", "REFUSED", "REFUSING",
	"DECLINE", "DECLINES", "DECLINED", "DECLINING",
	"AVOID", "AVOIDS", "AVOIDED", "AVOIDING",
	"RESIST", "RESISTS", "RESISTED", "RESISTING",
	"SHUN", "SHUNS", "SHUNNED", "SHUNNING")

// refusedConflict reports whether a conflictual candidate (roots 10–20:
// demand, disapproval, rejection, threat, protest, posture, coercion,
// assault, fight, mass violence) stands as the act of a verb of refusal:
// "refused to (openly) criticise X", "avoided (directly) attacking X".
func refusedConflict(toks []token, cd cand) bool {
	r := root(cd.code)
	if r < "10" || r > "20" || cd.verbStart <= 0 || cd.verbStart > len(toks) {
		return false
	}
	k := cd.verbStart - 1
	if k >= 0 && len(toks[k].up) > 3 && toks[k].up[len(toks[k].up)-2:] == "LY" {
		k-- // "refused to openly criticise", "avoided directly attacking"
	}
	if k >= 0 && toks[k].up == "TO" {
		k--
	}
	return k >= 0 && refusalVerbs[toks[k].up]
}

// conflictStems begin the verbs of a conflictual act that a refusal may
// govern ("declined to threaten", "refused to condemn").
var conflictStems = []string{"THREATEN", "CONDEMN", "CRITICI", "BLAME", "ACCUS", "ATTACK", "DENOUNC", "SANCTION",
	"PUNISH", "RETALIAT", "CENSUR", "REBUK"}

// refusedToConflict reports whether a rejection (12x) read from a verb of
// refusal itself has a conflictual act as its "to" complement: "the
// president declined to threaten Uganda", "refused to condemn the
// rebels". The one named is who the act would have been aimed at, not
// something rejected: no threat, no criticism and no rejection of it.
// "declined to attend the summit" (125) and "refused to meet Uganda's
// envoy" keep their codes.
func refusedToConflict(toks []token, cd cand) bool {
	vs := cd.verbStart
	if root(cd.code) != "12" || vs+2 >= len(toks) || !refusalVerbs[toks[vs].up] {
		return false
	}
	k := vs + 1
	if toks[k].up != "TO" {
		return false
	}
	k++
	if len(toks[k].up) > 3 && toks[k].up[len(toks[k].up)-2:] == "LY" && k+1 < len(toks) {
		k++ // "declined to publicly condemn"
	}
	for _, s := range conflictStems {
		if len(toks[k].up) >= len(s) && toks[k].up[:len(s)] == s {
			return true
		}
	}
	return false
}
