// The purpose of something made is no act done (purpose18, issue 17).

package modality

import "strings"

// makeVerbs raise, form or start something: money, a coalition, a
// group, a campaign, a fund. What follows its object as "to" and a verb
// is what it is for ("raised money to fight X", "formed a coalition to
// topple X", "launched a campaign to challenge X"), not done: CAMEO codes
// the raising or forming, if anything, not the purpose. Verbs of sending
// or using are left out: "sent troops to fight the rebels", "used drones
// to strike the camps" tell a means whose act is done.
var makeVerbs = set(
	"RAISE", "RAISES", "RAISED", "RAISING",
	"FORM", "FORMS", "FORMED", "FORMING",
	"LAUNCH", "LAUNCHES", "LAUNCHED", "LAUNCHING",
	"BUILD", "BUILDS", "BUILT", "BUILDING",
	"CREATE", "CREATES", "CREATED", "CREATING",
	"ESTABLISH", "ESTABLISHES", "ESTABLISHED", "ESTABLISHING",
	"FOUND", "FOUNDED", "FOUNDING",
	"ORGANIZE", "ORGANIZES", "ORGANIZED", "ORGANIZING", "ORGANISE", "ORGANISES", "ORGANISED", "ORGANISING",
	"MOBILIZE", "MOBILIZES", "MOBILIZED", "MOBILIZING", "MOBILISE", "MOBILISES", "MOBILISED", "MOBILISING",
	"ASSEMBLE", "ASSEMBLES", "ASSEMBLED", "ASSEMBLING",
	"RECRUIT", "RECRUITS", "RECRUITED", "RECRUITING",
	"COLLECT", "COLLECTS", "COLLECTED", "COLLECTING",
	"START", "STARTS", "STARTED", "STARTING",
	"SET", "SETS", "SETTING")

// purposeOfMade reports the making verb when the auxiliaries (the words
// from the source to the verb) end in a making verb, its object of one
// or more words and "to": "raised millions of dollars to", "formed a
// coalition in order to", "set up a fund to". Not a bare "started to"
// (the act begun) nor an object holding a clause break or a comma.
func purposeOfMade(aux []string) string {
	n := len(aux)
	if n < 3 || aux[n-1] != "TO" {
		return ""
	}
	for k := n - 3; k >= 0; k-- {
		w := aux[k]
		if w == "," || boundary(w) || clauseStart[w] || w == "AND" || w == "THAT" || w == "WHO" || w == "WHICH" {
			return ""
		}
		if !makeVerbs[w] {
			continue
		}
		obj := k + 1
		if (w == "SET" || w == "SETS" || w == "SETTING") && obj < n-1 && aux[obj] == "UP" {
			obj++
		} else if w == "SET" || w == "SETS" || w == "SETTING" {
			return ""
		}
		if obj >= n-1 || aux[obj] == "TO" {
			return ""
		}
		if raiseWords[w] && !moneyIn(aux[obj:n-1]) {
			return "" // "would raise tariffs on Japan to penalize it": a sanction, whose purpose is its target
		}
		for _, x := range aux[obj : n-1] {
			if x == "BY" {
				return "" // "technology created by a company": a participle, no act of the source
			}
		}
		for _, x := range aux[:k] {
			if useWords[x] {
				return "" // "used technology created … to claim": a means, whose act is done
			}
		}
		return strings.ToLower(w)
	}
	return ""
}

var (
	raiseWords = set("RAISE", "RAISES", "RAISED", "RAISING")
	useWords   = set("USE", "USES", "USED", "USING", "EMPLOY", "EMPLOYS", "EMPLOYED", "EMPLOYING")
	moneyWords = set("MONEY", "FUNDS", "FUND", "FUNDING", "CASH", "DOLLARS", "CAPITAL", "DONATIONS", "CONTRIBUTIONS",
		"MILLION", "MILLIONS", "BILLION", "BILLIONS", "POUNDS", "EUROS", "REVENUE", "TAXES")
)

// moneyIn reports whether the object raised is money ("money", "$2
// million", "millions of dollars"), not a tariff, price or concern.
func moneyIn(obj []string) bool {
	for _, x := range obj {
		if moneyWords[x] || strings.HasPrefix(x, "$") || strings.HasPrefix(x, "£") {
			return true
		}
	}
	return false
}
