// Intentions and mutual acts: what a verb's lead word makes of its code
// (agreed to, decided to, is to) and which codes run both ways.

package code

import "strings"

// mutualCode: codes that a compound subject does with each other ("China
// and Russia agreed", "the two leaders met"): consult, cooperate, agree,
// and halt negotiations (164: talks are held between parties, so "Kenya
// and Uganda suspended talks" halts their talks with each other; the
// codebook codes a joint halt both ways).
func mutualCode(code string) bool {
	r := root(code)
	return r == "03" || r == "04" || r == "05" || r == "06" || code == "164"
}

// mutualIntent: an intent (03) that a compound subject states is toward
// each other only when they agree on it, intend to meet (036), or what
// they intend is done with each other ("Kenya and Uganda agreed to cut
// tariffs", "… pledged to strengthen ties"); "Kenya and Uganda decided to cut
// taxes", "… have said they plan to raise pensions", "it would be up to
// Kenya and Uganda to decide whether to take part" are each one's own
// intent, with no target.
func mutualIntent(code string, toks []token, vs int) bool {
	if root(code) != "03" || strings.HasPrefix(code, "036") { // an intent to meet is to meet each other
		return true
	}
	return agreedOrMutual(toks, vs)
}

// agreedOrMutual: the verb at vs follows "agreed" (three words back at
// most) or the clause names what is done with each other (mutualCues,
// "each other", "one another").
func agreedOrMutual(toks []token, vs int) bool {
	for k := vs; k >= 0 && k >= vs-3; k-- { // "agreed to establish"
		switch toks[k].up {
		case "AGREE", "AGREES", "AGREED", "AGREEING":
			return true
		}
	}
	for k := vs; k < len(toks) && k <= vs+12; k++ {
		w := toks[k].up
		if w == "." || w == ";" {
			break
		}
		if mutualCues[w] || w == "EACH" && k+1 < len(toks) && toks[k+1].up == "OTHER" || w == "ONE" && k+1 < len(toks) && toks[k+1].up == "ANOTHER" {
			return true
		}
	}
	return false
}

var mutualCues = map[string]bool{"TOGETHER": true, "JOINTLY": true, "JOINT": true, "MUTUAL": true, "BILATERAL": true,
	"TIES": true, "RELATIONS": true, "COOPERATION": true, "CO-OPERATION": true, "COOPERATE": true, "CO-OPERATE": true,
	"TALKS": true, "MEET": true, "NEGOTIATE": true, "NEGOTIATIONS": true, "NEGOTIATION": true, "DEAL": true, "AGREEMENT": true, "TREATY": true, "PACT": true,
	"PARTNERSHIP": true, "ALLIANCE": true, "CONSENSUS": true, "UNDERSTANDING": true, "ACCORD": true, "EXCHANGE": true, "RECONCILIATION": true, "RAPPROCHEMENT": true, "DIALOGUE": true}

// listMutual: a named list ("Italy and Germany") signs or cooperates with
// itself, but does not praise, endorse or defend itself ("Italy and
// Germany favour an early start"); a pair named as one ("the two sides",
// "they") may ("they extended mutual support").
func listMutual(code string, m *mention) bool {
	return root(code) != "05" || code == "050" || code == "057" || m.members[0].pair
}

// leadVerbs introduce the action they are about without being one:
// "decided to extend", "tried to block", "began to withdraw".
var leadVerbs = map[string]bool{"DECIDED": true, "DECIDES": true, "DECIDE": true, "TRIED": true, "TRIES": true, "TRY": true,
	"SEEKS": true, "SOUGHT": true, "SEEK": true, "HOPES": true, "HOPED": true, "WANTS": true, "WANTED": true, "AIMS": true,
	"AIMED": true, "BEGAN": true, "STARTED": true, "CONTINUED": true, "CONTINUES": true, "MOVED": true, "EXPECTED": true, "AGREE": true}

var intentWords = map[string]bool{"AGREED": true, "AGREES": true, "PROMISED": true, "PROMISES": true, "PLEDGED": true,
	"PLEDGES": true, "OFFERED": true, "OFFERS": true, "READY": true, "WILLING": true, "PREPARED": true, "PREPARING": true, "PREPARES": true, "PREPARE": true, "PLANS": true,
	"PLANNED": true, "INTENDS": true, "VOWED": true, "VOWS": true, "COMMITTED": true}

// scheduled before "to" + verb make the act a plan ("Straw is to visit
// Thailand", "he is due to meet").
var scheduled = map[string]bool{"IS": true, "ARE": true, "WAS": true, "WERE": true, "DUE": true}

// intentCode maps a cooperative action the actor only says it will do
// ("will visit", "agreed to provide aid", "is ready to negotiate") to
// CAMEO's "express intent" codes (03x), following the CAMEO codebook.
func intentCode(toks []token, vs int, code string) (string, string) {
	k := vs - 1
	for k >= 0 && (adverbs[toks[k].up] && toks[k].up != "WILL" && toks[k].up != "TO" || strings.HasSuffix(toks[k].up, "LY") || toks[k].up == "BE") {
		k--
	}
	if k < 0 {
		return "", ""
	}
	why := ""
	switch w := toks[k].up; {
	case w == "WILL" || w == "WOULD" || w == "SHALL" || w == "'LL":
		why = strings.ToLower(w)
	case w == "TO" && k > 0 && intentWords[toks[k-1].up]:
		why = strings.ToLower(toks[k-1].up) + " to"
	case w == "TO" && k > 0 && intentNouns[toks[k-1].up]:
		why = strings.ToLower(toks[k-1].up) + " to" // "his pledge to provide aid" (intentnoun.go)
	case w == "TO" && k > 0 && scheduled[toks[k-1].up]:
		why = strings.ToLower(toks[k-1].up) + " to" // "is to visit", "is due to meet": planned, not done
	default:
		return "", ""
	}
	if len(code) < 2 {
		return "", ""
	}
	switch code[:2] {
	case "04":
		if code == "045" {
			return "039", why // "offered to mediate": an intent to mediate, the codebook's own
		}
		return "036", why
	case "05":
		if code == "057" {
			return "030", why
		}
		return "032", why
	case "06":
		if len(code) >= 3 && code[2] >= '1' && code[2] <= '4' {
			return "031" + code[2:3], why
		}
		return "031", why
	case "07":
		if len(code) >= 3 && code[2] >= '1' && code[2] <= '4' {
			return "033" + code[2:3], why
		}
		return "033", why
	case "08":
		return "035", why
	}
	return "", ""
}
