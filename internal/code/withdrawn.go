package code

import "strings"

// removalVerbs take people or forces away from a place: what follows
// "from" after their object is where they leave, not who they are.
var removalVerbs = map[string]bool{
	"WITHDRAW": true, "WITHDRAWS": true, "WITHDREW": true, "WITHDRAWN": true, "WITHDRAWING": true,
	"PULL": true, "PULLS": true, "PULLED": true, "PULLING": true,
	"EVACUATE": true, "EVACUATES": true, "EVACUATED": true, "EVACUATING": true,
	"RECALL": true, "RECALLS": true, "RECALLED": true, "RECALLING": true,
	"REDEPLOY": true, "REDEPLOYS": true, "REDEPLOYED": true, "REDEPLOYING": true,
	"REMOVE": true, "REMOVES": true, "REMOVED": true, "REMOVING": true,
	// their nouns before "of" ("the withdrawal of its troops from Somalia", actnoun.go)
	"WITHDRAWAL": true, "EVACUATION": true, "REMOVAL": true, "REDEPLOYMENT": true,
}

// objectFillers may stand between a removal verb and the role word it
// takes: determiners, possessives, counts ("all its remaining troops",
// "some of its 300 soldiers").
var objectFillers = map[string]bool{
	"THE": true, "ITS": true, "THEIR": true, "HIS": true, "HER": true, "OUR": true, "ALL": true, "SOME": true,
	"OF": true, "MORE": true, "MOST": true, "REMAINING": true, "LAST": true, "FIRST": true, "SEVERAL": true,
	"THOUSANDS": true, "HUNDREDS": true, "DOZENS": true, "ANOTHER": true, "FURTHER": true, "ADDITIONAL": true,
}

// stationVerbs place forces somewhere: what follows "in" after their
// object is where they are, not who they are ("deployed its troops in
// Uganda", "reinforced its forces in Crimea").
var stationVerbs = map[string]bool{
	"DEPLOY": true, "DEPLOYS": true, "DEPLOYED": true, "DEPLOYING": true,
	"STATION": true, "STATIONS": true, "STATIONED": true, "STATIONING": true,
	"REINFORCE": true, "REINFORCES": true, "REINFORCED": true, "REINFORCING": true,
	"STRENGTHEN": true, "STRENGTHENS": true, "STRENGTHENED": true, "STRENGTHENING": true,
	"BOOST": true, "BOOSTS": true, "BOOSTED": true, "BOOSTING": true,
	"MASS": true, "MASSES": true, "MASSED": true, "MASSING": true,
	"DEPLOYMENT": true, // "the deployment of its troops in Uganda" (actnoun.go)
}

// stationedIn reports whether the role word starting at token a is the
// object of a verb that places forces ("deployed 300 troops in Uganda"),
// so that "in" and the place after it say where they are, and the role
// word and the place are not one actor, as withdrawnFrom does for "from".
func stationedIn(toks []token, a int) bool {
	return objectOf(toks, a, stationVerbs)
}

// withdrawnFrom reports whether the role word starting at token a is the
// object of a removal verb ("withdrew its troops from Syria", "began
// withdrawing some of its 300 soldiers from Uganda"), so that "from" and
// the place after it say where the forces leave, and the role word and
// the place are not one actor ("troops from Syria" as Syrian troops).
func withdrawnFrom(toks []token, a int) bool {
	return objectOf(toks, a, removalVerbs)
}

// objectOf reports whether one of verbs stands within five words before
// token a with only object fillers (determiners, possessives, "some of")
// and numbers between: the word at a is that verb's object.
func objectOf(toks []token, a int, verbs map[string]bool) bool {
	for k, n := a-1, 0; k >= 0 && n < 5; k, n = k-1, n+1 {
		w := toks[k].up
		if verbs[w] {
			return true
		}
		if !objectFillers[w] && !numberWord(w) {
			return false
		}
	}
	return false
}

// pastVerbForms are simple-past verb forms without -ed ("sent",
// "withdrew", "gave"): between a country and a role word ("Kenya sent
// troops to Uganda", "Kenya withdrew 300 troops from Uganda") such a word
// is the verb, not a qualifier of the role word (placeRole), as an
// inflected one is ("China warned police").
var pastVerbForms = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`WITHDREW OVERRAN OVERTHREW OVERTOOK UNDERTOOK TOOK GAVE WENT BEGAN SPOKE WROTE THREW
		FLEW DREW FOUGHT SOUGHT BROKE CHOSE FROZE SHOOK STOLE SWORE TORE FORBADE FORGAVE BLEW BROUGHT BOUGHT CAUGHT
		TAUGHT TOLD SOLD HELD SENT KEPT STRUCK SANK STOOD FLED DEALT PAID SWEPT`) {
		pastVerbForms[w] = true
	}
}
