package code

import "strings"

// A country's name or adjective inside a noun phrase that names a thing
// ("its UK programme", "the results of the UK programme", "its Brazilian
// arm", "his Zambian passport") qualifies the thing: the country is the
// thing's place or origin, no participant in the clause's act.

// ownerDeterminers own the thing a country qualifies ("its US launch").
var ownerDeterminers = map[string]bool{"ITS": true, "THEIR": true, "HIS": true, "HER": true, "OUR": true, "YOUR": true, "MY": true}

// qualifiedKeep are nouns after a country that still name the country or
// another actor: relations ("its Ugandan neighbour", "their US allies"),
// the state's places ("the Iraqi capital", "its Ugandan border") and its
// people ("the Iraqi people").
var qualifiedKeep = map[string]bool{
	"NEIGHBOUR": true, "NEIGHBOURS": true, "NEIGHBOR": true, "NEIGHBORS": true, "ALLY": true, "ALLIES": true,
	"PARTNER": true, "PARTNERS": true, "RIVAL": true, "RIVALS": true, "COUNTERPART": true, "COUNTERPARTS": true,
	"FRIEND": true, "FRIENDS": true, "ENEMY": true, "ENEMIES": true, "FOE": true, "FOES": true, "OPPONENT": true,
	"OPPONENTS": true, "HOST": true, "HOSTS": true, "HOSTAGES": true, "CAPTORS": true,
	"CAPITAL": true, "BORDER": true, "BORDERS": true, "CITY": true, "CITIES": true, "TOWN": true, "TOWNS": true,
	"VILLAGE": true, "VILLAGES": true, "REGION": true, "REGIONS": true, "PROVINCE": true, "PROVINCES": true,
	"COAST": true, "TERRITORY": true, "TERRITORIES": true, "SOIL": true, "AIRSPACE": true, "WATERS": true,
	"EMBASSY": true, "CONSULATE": true, "PORT": true, "PORTS": true, "ISLAND": true, "ISLANDS": true,
	"PEOPLE": true, "PUBLIC": true, "POPULATION": true, "NATION": true, "STATE": true, "SIDE": true,
	"VICTIMS": true, "SURVIVORS": true, "REFUGEES": true, "CITIZENS": true, "NATIONALS": true,
	"WIFE": true, "HUSBAND": true, "SON": true, "SONS": true, "DAUGHTER": true, "DAUGHTERS": true, "FAMILY": true,
	"FATHER": true, "MOTHER": true, "BROTHER": true, "SISTER": true, "FRIEND'S": true,
	"COLLEAGUE": true, "COLLEAGUES": true, "LANGUAGE": true, "MINORITY": true, "MINORITIES": true, "COMMUNITY": true,
	"SPEAKERS": true,
	// a trip or talks with the country ("his South African mission")
	"MISSION": true, "VISIT": true, "TRIP": true, "TOUR": true, "TALKS": true,
	// what stands for the state in news ("the performance of the
	// Brazilian economy") and what it holds or sends ("one of the
	// Soviet ships")
	"ECONOMY": true, "ECONOMIES": true, "SHIP": true, "SHIPS": true, "VESSEL": true, "VESSELS": true,
	"TANKER": true, "TANKERS": true, "AIRCRAFT": true, "PLANE": true, "PLANES": true, "JETS": true,
	"BASE": true, "BASES": true, "POSITIONS": true, "INSTALLATIONS": true, "TARGETS": true, "INTERESTS": true,
	// the state's own acts ("regardless of the U.S. pressure", "the
	// level of the U.S. subsidy offered to the Soviet Union")
	"PRESSURE": true, "SUBSIDY": true, "SUBSIDIES": true, "DECISION": true, "OFFER": true, "ATTACK": true,
	"ATTACKS": true, "AID": true, "SUPPORT": true, "SANCTIONS": true, "PROPOSAL": true, "PROPOSALS": true,
	"DEMAND": true, "DEMANDS": true, "POSITION": true, "STANCE": true, "THREAT": true, "THREATS": true,
	"MOVE": true, "ACTION": true, "INVASION": true, "OCCUPATION": true, "RAID": true, "RAIDS": true,
	"BOMBING": true, "INTERVENTION": true, "CRACKDOWN": true, "BLOCKADE": true, "EMBARGO": true,
}

// peopleOf are people whom an "of" phrase places in a country's event
// ("survivors of the Rwandan genocide"): the country still names them.
var peopleOf = map[string]bool{
	"SURVIVORS": true, "SURVIVOR": true, "VICTIMS": true, "VICTIM": true, "FAMILIES": true, "RELATIVES": true,
	"PEOPLE": true, "CITIZENS": true, "MEMBERS": true, "CHILDREN": true, "WOMEN": true, "MEN": true,
	"WIDOWS": true, "ORPHANS": true, "REFUGEES": true, "VETERANS": true, "OPPONENTS": true, "CRITICS": true,
	"SUPPORTERS": true, "LEADERS": true, "LEADER": true, "HEAD": true, "CHIEF": true, "OFFICIALS": true,
	"INHABITANTS": true, "RESIDENTS": true, "WORKERS": true, "STUDENTS": true,
}

// thingQualifier reports whether a bare place mention (place) qualifies
// the lower-case noun right after it, in a phrase owned by a possessive
// ("its UK programme") or in an "of" phrase after a lower-case noun ("the
// results of the UK programme"; not after people, "survivors of the
// Rwandan genocide"): the noun is no relation, place, people or visit of
// the country (qualifiedKeep) and no role word (the mention would hold
// it). "The Ugandan economy", "criticised the US decision" keep the
// country: a phrase with "the" of its own still names it as a party.
func thingQualifier(toks []token, m *mention) bool {
	if !place(m) || len(m.members) != 1 || m.start < 1 || m.end >= len(toks) {
		return false
	}
	nx := toks[m.end]
	if nx.punct || nx.capital || functionWords[nx.up] || qualifiedKeep[nx.up] || len(nx.up) < 3 || strings.HasSuffix(nx.up, "ED") {
		return false // "… of the Syrian Golan Heights threatened": the verb after its subject
	}
	if m.end-m.start > 3 {
		return false // a place's name of its own ("the Syrian Golan Heights")
	}
	d := m.start - 1 // the determiner ("THE UK" is a name: its "the" is the mention's)
	if toks[m.start].up == "THE" {
		d = m.start
	}
	if ownerDeterminers[toks[d].up] {
		return true
	}
	// "the results of the UK programme": the country two steps inside
	// the object of "of"
	return toks[d].up == "THE" && d >= 2 && toks[d-1].up == "OF" && !toks[d-2].capital && !toks[d-2].punct &&
		!functionWords[toks[d-2].up] && !peopleOf[toks[d-2].up]
}

// clauseOpeners end the words before a clause ("said", "that", a comma):
// an owner is looked for after the last of them.
var clauseOpeners = map[string]bool{"SAID": true, "SAYS": true, "SAY": true, "THAT": true, ",": true, ";": true,
	":": true, "WHICH": true, "\"": true}

// thingCounterparts reports whether "their"/"its" counterparts (a role
// word, ~GOV, after a possessive, a country between or not) have no actor
// before them in their clause to be the counterparts of: "super-casinos
// will be different from their US counterparts" names US casinos, not
// the US government ("British ministers met their US counterparts" keeps
// them).
func thingCounterparts(toks []token, m *mention, pieces []piece) bool {
	if m.start < 1 || (toks[m.start-1].up != "THEIR" && toks[m.start-1].up != "ITS") {
		return false
	}
	if w := toks[m.end-1].up; w != "COUNTERPART" && w != "COUNTERPARTS" {
		return false
	}
	from := 0
	for k := m.start - 2; k >= 0; k-- {
		if toks[k].up == "WHO" {
			return false // "ministers, who will hold talks with their British counterparts": a person's
		}
		if clauseOpeners[toks[k].up] {
			from = k + 1
			break
		}
	}
	for _, p := range pieces {
		if p.start >= from && p.end <= m.start-1 {
			return false
		}
	}
	for k := from; k < m.start-1; k++ {
		if ownerPronouns[toks[k].up] {
			return false // "they would meet their Ugandan counterparts"
		}
	}
	return true
}

// ownerPronouns may stand for the actor whose counterparts they are.
var ownerPronouns = map[string]bool{"THEY": true, "IT": true, "HE": true, "SHE": true, "WE": true, "I": true}

// originNouns name where people come from, not a state that acts ("people
// from Indian and Chinese backgrounds", "Britons of Pakistani descent").
var originNouns = map[string]bool{"BACKGROUND": true, "BACKGROUNDS": true, "ORIGIN": true, "ORIGINS": true,
	"DESCENT": true, "HERITAGE": true, "ANCESTRY": true, "EXTRACTION": true}

// cultureVenues are a place's cultural bodies, which news names with the
// place before them ("the New York library", "the Berlin zoo") and which
// are not the state.
var cultureVenues = map[string]bool{"LIBRARY": true, "LIBRARIES": true, "MUSEUM": true, "MUSEUMS": true,
	"GALLERY": true, "ZOO": true, "THEATRE": true, "THEATER": true, "ORCHESTRA": true, "OPERA": true, "FESTIVAL": true}

// originQualifier reports whether a mention names an origin or a cultural
// body, no actor: a noun of origin follows it, possibly after other names
// joined by "and", "or" or commas ("people from Indian and Chinese
// backgrounds", "of Pakistani descent": the people are not placed there),
// or a cultural body follows a bare place after "the" ("the New York
// library").
func originQualifier(toks []token, m *mention) bool {
	if m.end >= len(toks) {
		return false
	}
	k := m.end
	for n := 0; n < 6 && k < len(toks) && (toks[k].up == "AND" || toks[k].up == "OR" || toks[k].up == "," || toks[k].capital); n++ {
		k++
	}
	if k < len(toks) && originNouns[toks[k].up] && !toks[k].capital {
		return true
	}
	nx := toks[m.end]
	if !place(m) || !cultureVenues[nx.up] || nx.capital {
		return false
	}
	d := m.start - 1
	if toks[m.start].up == "THE" {
		d = m.start
	}
	return d >= 0 && (toks[d].up == "THE" || ownerDeterminers[toks[d].up])
}
