// An appeal whose object is an act in -ing ("proposes doing away with
// the government mandate", "suggested scrapping the Ugandan tax")
// proposes a policy; the actor the act would touch is not whom the
// appeal is made to (senses18, issue 17).

package code

import "strings"

// proposedAct reports whether an appeal (02x) has a lower-case -ing form
// right after its verb and its target after that form: the target is
// the proposed act's object. A target named as the act's partner ("with
// Uganda", "between Kenya and Uganda"; not "doing away with", "coming up
// with") is whom the proposal is made to.
// An -ing form that is no act ("during",
// "regarding", "including"; nouns like "funding", "training" after a
// determiner never stand right after the verb) does not count.
func proposedAct(toks []token, cd cand) bool {
	if !strings.HasPrefix(cd.code, "02") || cd.verbEnd >= len(toks) || cd.tgt.start <= cd.verbEnd {
		return false
	}
	g := toks[cd.verbEnd]
	if g.capital || g.punct || len(g.up) < 5 || !strings.HasSuffix(g.up, "ING") || notActIng[g.up] {
		return false
	}
	for k := cd.verbEnd + 1; k < cd.tgt.start; k++ {
		if w := toks[k].up; w == "WITH" && toks[k-1].up != "AWAY" && toks[k-1].up != "UP" || w == "BETWEEN" {
			return false // "proposed deregulating air fares between Africa and the U.S.": the target is the act's partner, the proposal its
		}
	}
	return true
}

// notActIng: -ing words that name no act after a verb of appeal.
var notActIng = wordSet("DURING", "REGARDING", "INCLUDING", "CONCERNING", "FOLLOWING", "FUNDING", "TRAINING",
	"SPENDING", "HOUSING", "BANKING", "SHIPPING", "FUNDRAISING", "FARMING", "POLICING", "EVERYTHING", "NOTHING", "SOMETHING")
