package code

// charityname.go: a word for the people a charity works for, inside the
// charity's capitalised name ("the Victims of Crime Trust", "the Refugee
// Council", "the Medical Foundation for the Care of Victims of
// Torture"), names the charity, not those people: the actor is an NGO,
// not civilians (CVL) or refugees (REF). Phoenix's agents give VICTIM
// and REFUGEE the people's sectors and know no such names; a careful
// coder codes the charity's spokesman as NGO. A state body of such a name
// ("the Ministry of Refugees", "the Children's Commissioner") and a name
// without a charity's head word ("Victims of Crime said", "Women in
// Media") keep the people's sector. (rejudge15, issue 17)

// charityPeople are the agent words for the people a charity serves
// whose name, inside a charity's, stands for the charity.
var charityPeople = wordSet("VICTIM", "VICTIMS", "REFUGEE", "REFUGEES", "CHILD", "CHILDREN", "WOMAN", "WOMEN",
	"CIVILIAN", "CIVILIANS", "IMMIGRANT", "IMMIGRANTS", "MIGRANT", "MIGRANTS", "ASYLUM", "DISPLACED", "PRISONER",
	"PRISONERS", "TAXPAYERS", "VOTER", "VOTERS", "MOTHER", "MOTHERS", "GIRL", "GIRLS", "CITIZEN", "CITIZENS",
	"RESIDENT", "RESIDENTS", "TENANT", "TENANTS", "STATELESS", "RETURNEE", "RETURNEES")

// charityHeads are the capitalised words that make a name a charity's or
// a campaign's.
var charityHeads = wordSet("TRUST", "FOUNDATION", "SOCIETY", "FUND", "CAMPAIGN", "ALLIANCE", "COALITION", "NETWORK",
	"CHARITY", "APPEAL", "ACTION", "WATCH", "LEAGUE", "AID", "RELIEF", "SUPPORT", "COUNCIL", "ASSOCIATION",
	"COMMITTEE", "FEDERATION", "ORGANISATION", "ORGANIZATION")

// stateNameWords in the same name make it a state's or an international
// body's ("the Ministry of Refugees", "the UN Refugee Agency").
var stateNameWords = wordSet("MINISTRY", "DEPARTMENT", "STATE", "GOVERNMENT", "NATIONS", "UN", "U.N.", "COMMISSION",
	"COMMISSIONER", "AGENCY", "AUTHORITY", "OFFICE", "BUREAU", "HIGH", "MINISTER", "SECRETARY", "EXECUTIVE",
	"PARLIAMENT", "ASSEMBLY", "CITY", "COUNTY", "DISTRICT", "BOROUGH", "PARISH", "VILLAGE", "COMMUNITY")

// nameLinks join the capitalised words of one name ("Victims of Crime
// Trust", "Council for the Welfare of Immigrants").
var nameLinks = wordSet("OF", "FOR", "THE", "AND", "&", "ON", "AGAINST", "'S", "'")

// charityNamed reports whether the agent piece p is a word for the people
// a charity serves, capitalised inside a name of capitalised words and
// links that holds a charity's head word and no state body's word.
func charityNamed(toks []token, p *piece) bool {
	if p.end-p.start != 1 || !toks[p.start].capital || !charityPeople[toks[p.start].up] {
		return false
	}
	inName := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].capital && !toks[k].punct }
	isLink := func(k int) bool { return k >= 0 && k < len(toks) && nameLinks[toks[k].up] && !toks[k].capital }
	lo, hi := p.start, p.end // the name's words [lo, hi)
	for {
		k := lo - 1
		for isLink(k) {
			k--
		}
		if !inName(k) || k < lo-3 {
			break
		}
		lo = k
	}
	for {
		k := hi
		for isLink(k) {
			k++
		}
		if !inName(k) || k > hi+2 {
			break
		}
		hi = k + 1
	}
	head := false
	for k := lo; k < hi; k++ {
		w := toks[k].up
		if stateNameWords[w] {
			return false
		}
		if k != p.start && toks[k].capital && charityHeads[w] {
			head = true
		}
	}
	return head
}

// charityAt reports whether a word of the role [a, b) is a charity's
// people inside its name (charityNamed): the charity is placed in a
// sentence's one country as those people would be ("the Victims of Crime
// Trust accused the British government": GBRNGO).
func charityAt(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if charityNamed(toks, &piece{start: k, end: k + 1}) {
			return true
		}
	}
	return false
}
