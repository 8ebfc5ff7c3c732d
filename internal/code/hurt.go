package code

// hurtWords are the forms of "hurt", which the dictionary files under
// assault (18x) and news uses mostly for harm to standing, trade or
// chances ("the row hurt Uganda's economy", "his scepticism has hurt the
// nominee with young voters").
var hurtWords = wordSet("HURT", "HURTS", "HURTING")

// figurativeHurt reports whether an assault or force (18x, 19x) read
// from "hurt" is harm of another kind: neither side bears arms
// (armedRoles) and the sentence names no weapon, wound or death
// (as unarmedNoHarm judges a verbal clash, the verb itself not counted). The codebook's 18x and 19x are
// physical force; a policy, a remark or a campaign that hurts someone
// uses none. "Kenyan troops hurt three Ugandan civilians" stays 180.
func figurativeHurt(toks []token, cd cand) bool {
	if r := root(cd.code); r != "18" && r != "19" || cd.verbStart >= len(toks) || !hurtWords[toks[cd.verbStart].up] {
		return false
	}
	return unarmedNoHarmBut(toks, cd.verbStart, cd.src.actor.Code, cd.tgt.actor.Code) // "hurt" itself is a word of wounds (physicalWords)
}
