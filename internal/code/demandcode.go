package code

// A demand is no appeal (chprec15, issue 17). CAMEO.2.0.txt's DEMAND
// block holds the verbs urge, want, need, press and demand; the
// patterns written for "urge" (02x, appeals) and "want" (03x, intents)
// are listed before the ones written for "demand" (10x) and win the tie:
// "demanded talks" read "* TALKS [026] # URGE" before "* TALKS [106] #
// DEMAND", "demanded a solution" "* &SOLUTION [027]" before its 101.
// The codebook runs 020…028 and 030…038 as 100…108 (appeal, intent,
// demand for the same thing: 026 appeal for, 036 intent to, 106 demand
// a meeting or negotiation), so the verb "demand" takes the demand of
// the same number.

// demandWords are the forms of the verb "demand".
var demandWords = wordSet("DEMAND", "DEMANDS", "DEMANDED", "DEMANDING")

// demandCode returns the demand (10x) for an appeal (02x) or an intent
// (03x) read from the verb "demand" ("" otherwise): "Kenya demanded
// talks with Uganda." 026 → 106; "Kenya demanded a peaceful solution
// from Uganda." 027 → 107; "Kenya demanded aid from Uganda." 023 → 103.
// "Kenya urged talks with Uganda." and "Kenya wants talks with Uganda."
// keep theirs.
func demandCode(toks []token, cd cand) string {
	r := root(cd.code)
	if r != "02" && r != "03" || cd.verbStart >= len(toks) || cd.verbEnd-cd.verbStart != 1 || !demandWords[toks[cd.verbStart].up] {
		return ""
	}
	return "10" + cd.code[2:]
}
