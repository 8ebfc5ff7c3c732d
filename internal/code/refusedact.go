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
