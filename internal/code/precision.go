// Actor precision: words the dictionaries match that are not the actor
// they name here — a lower-case "us", a currency ("US$", "Canadian
// dollars"), a number, a region ("Latin America", "Northern Ireland"), an
// organisation named after a place ("Paris Club", "London Stock
// Exchange"), a place after "in"/"at" (a venue, not a target).

package code

import (
	"strings"
	"unicode"

	"dyad/internal/news"
)

// currencyWords follow a country adjective that names a currency, not an
// actor ("Canadian dollars", "U.S. dlrs").
var currencyWords = map[string]bool{
	"DOLLAR": true, "DOLLARS": true, "DLR": true, "DLRS": true, "CENT": true, "CENTS": true, "POUND": true,
	"POUNDS": true, "STERLING": true, "EURO": true, "EUROS": true, "YEN": true, "FRANC": true, "FRANCS": true,
	"MARK": true, "MARKS": true, "RUPEE": true, "RUPEES": true, "PESO": true, "PESOS": true, "CROWN": true,
	"CROWNS": true, "RAND": true, "LIRA": true, "LIRE": true, "TREASURIES": true, "BONDS": true,
	// a country's currency named by the word itself ("the U.S. currency",
	// "the Paris currency accord") and more currencies' names
	"CURRENCY": true, "CURRENCIES": true, "GUILDER": true, "GUILDERS": true, "SHILLING": true, "SHILLINGS": true,
	"DINAR": true, "DINARS": true, "RIYAL": true, "RIYALS": true, "KRONA": true, "KRONE": true, "KRONOR": true,
	"KRONER": true, "PESETA": true, "PESETAS": true, "ESCUDO": true, "ESCUDOS": true, "YUAN": true, "RUBLE": true,
	"RUBLES": true, "ROUBLE": true, "ROUBLES": true, "RINGGIT": true, "BAHT": true, "RUPIAH": true,
}

// followerNouns after an organisation's name make it a qualifier of its
// followers, not the actor.
// backerParticiples after "X-" make X a backer of the noun that follows,
// not its owner or leader ("-led", "-run", "-owned", "-flagged" and
// "-drafted" are left: the leader, owner or author is a party).
var backerParticiples = map[string]bool{"BACKED": true, "SPONSORED": true, "SUPPORTED": true, "FUNDED": true,
	"FINANCED": true, "ALLIED": true, "ALIGNED": true, "INSTALLED": true, "APPOINTED": true, "TRAINED": true,
	"ARMED": true, "INSPIRED": true, "PROTECTED": true, "FRIENDLY": true, "EQUIPPED": true}

// hyphenJoined reports whether the word at i is joined by a hyphen,
// without spaces, to the word before it: the second half of a compound
// adjective that the tokenizer split after a name with dots ("U.N.-backed",
// "U.S.-made"), never a verb of its own.
func hyphenJoined(toks []token, i int) bool {
	return i >= 2 && toks[i-1].up == "-" && toks[i-1].end == toks[i].start && toks[i-2].end == toks[i-1].start && !toks[i-2].punct
}

// facilityWords, capitalised after a person's name, make the name a
// place's or a body's.
var facilityWords = map[string]bool{"AIRPORT": true, "SQUARE": true, "STADIUM": true, "BRIDGE": true, "STREET": true,
	"AVENUE": true, "BOULEVARD": true, "ROAD": true, "HIGHWAY": true, "CAUSEWAY": true, "DAM": true, "HOSPITAL": true,
	"UNIVERSITY": true, "COLLEGE": true, "SCHOOL": true, "FOUNDATION": true, "INSTITUTE": true, "CENTRE": true,
	"CENTER": true, "MEMORIAL": true, "MUSEUM": true, "LIBRARY": true, "PRIZE": true, "AWARD": true, "TRUST": true,
	"MOSQUE": true, "CATHEDRAL": true, "BARRACKS": true, "AIRBASE": true, "PARK": true, "HALL": true}

// namedAfter reports whether the mention is a person's name that a
// capitalised facility word follows ("Hamid Karzai International
// Airport"): the place or body named after the person.
func namedAfter(toks []token, m *mention) bool {
	for _, mem := range m.members {
		if !mem.person {
			return false
		}
	}
	k := m.end
	if k < len(toks) && toks[k].up == "INTERNATIONAL" && toks[k].capital {
		k++
	}
	return k < len(toks) && toks[k].capital && facilityWords[toks[k].up]
}

// adversaryNouns name someone by whom they are against ("a critic of X").
var adversaryNouns = map[string]bool{"CRITIC": true, "CRITICS": true, "OPPONENT": true, "OPPONENTS": true, "RIVAL": true,
	"RIVALS": true, "FOE": true, "FOES": true, "ENEMY": true, "ENEMIES": true, "DETRACTOR": true, "DETRACTORS": true,
	"CHALLENGER": true, "ADVERSARY": true, "ADVERSARIES": true, "NEMESIS": true}

// adversaryOf reports whether the mention starting at start is the
// object of "of" after a lower-case adversary noun, with at most a
// determiner between ("a critic of the Ugandan president").
func adversaryOf(toks []token, start int) bool {
	k := start - 1
	if k >= 0 && determiners[toks[k].up] {
		k--
	}
	return k >= 1 && toks[k].up == "OF" && adversaryNouns[toks[k-1].up] && (!toks[k-1].capital || k == 1)
}

var followerNouns = map[string]bool{
	"SUPPORTER": true, "SUPPORTERS": true, "VOTERS": true, "ACTIVISTS": true, "SYMPATHISERS": true,
	"SYMPATHIZERS": true, "LOYALISTS": true, "DONORS": true, "FANS": true,
}

// orgHeads end the name of an organisation, a firm, a team or a venue
// that begins with a place ("Paris Club", "London Stock Exchange",
// "American Video Corp", "Manchester United").
var orgHeads = map[string]bool{
	"CLUB": true, "EXCHANGE": true, "BANK": true, "GROUP": true, "CORP": true, "CORP.": true, "CORPORATION": true,
	"CO": true, "CO.": true, "INC": true, "INC.": true, "LTD": true, "LTD.": true, "PLC": true, "AIRWAYS": true,
	"AIRLINES": true, "TELECOM": true, "TELEGRAPH": true, "TELEPHONE": true, "UNIVERSITY": true, "TIMES": true,
	"POST": true, "JOURNAL": true, "HERALD": true, "TRIBUNE": true, "MOTORS": true, "PETROLEUM": true,
	"STEEL": true, "INDUSTRIES": true, "HOLDINGS": true, "INSTITUTE": true, "MUSEUM": true, "FOUNDATION": true,
	"ORCHESTRA": true, "THEATRE": true, "OPERA": true, "UNITED": true, "ROVERS": true, "WANDERERS": true,
	"ATHLETIC": true, "VIDEO": true, "WEST": true, "ENERGY": true, "MINING": true, "PARTNERS": true,
	"CAPITAL": true, "SECURITIES": true, "INSURANCE": true, "AIRPORT": true, "MARATHON": true, "OPEN": true,
	"FESTIVAL": true, "ZOO": true, "FIELD": true, "STADIUM": true,
}

// regionWords before a country name make a region of it.
var regionWords = map[string]bool{
	"LATIN": true, "NORTHERN": true, "SOUTHERN": true, "EASTERN": true, "WESTERN": true, "CENTRAL": true,
	"NORTH": true, "SOUTH": true, "EAST": true, "WEST": true, "SOUTHEAST": true, "SOUTH-EAST": true,
	"NORTHEAST": true, "NORTH-EAST": true, "SOUTHWEST": true, "SOUTH-WEST": true, "NORTHWEST": true,
	"NORTH-WEST": true, "UPPER": true, "LOWER": true,
}

// compassPart reports whether the capitalised word before a country's
// name is a compass word that makes a part of that country ("Northern
// Syria", "South-East Turkey", "Eastern Ukraine"): the country, as the
// lower-case "northern Syria" already is. Not after another capitalised
// word, where the three are one longer name ("New South Wales").
func compassPart(toks []token, m *mention) bool {
	k := m.start - 1
	switch toks[k].up {
	case "LATIN", "UPPER", "LOWER":
		return false
	}
	if !place(m) || m.end-m.start != 1 {
		return false
	}
	return k == 0 || !toks[k-1].capital || toks[k-1].punct || toks[k-1].up == "THE"
}

// regions maps a region word and the country word after it to what the
// region is: a sub-state region to its country, a continent's part to
// CAMEO's region code.
var regions = map[string]string{
	"NORTHERN IRELAND": "GBR", "NORTHERN IRISH": "GBR",
	"LATIN AMERICA": "LAM", "LATIN AMERICAN": "LAM", "SOUTH AMERICA": "SAM", "SOUTH AMERICAN": "SAM",
	"CENTRAL AMERICA": "CAM", "CENTRAL AMERICAN": "CAM", "NORTH AMERICA": "NMR", "NORTH AMERICAN": "NMR",
}

// visitNouns before "to" or "of" and a place make it the venue of
// another act.
var visitNouns = map[string]bool{"VISIT": true, "VISITS": true, "TRIP": true, "TRIPS": true, "TOUR": true, "TOURS": true}

// venuePreps put a place as where something happened.
var venuePreps = map[string]bool{
	"IN": true, "AT": true, "NEAR": true, "INSIDE": true, "OUTSIDE": true, "ACROSS": true, "THROUGHOUT": true,
	"AROUND": true, "WITHIN": true,
}

// firmNouns head a phrase that makes a country word a firm's nationality
// ("Brazil's biggest beer firm", "Swiss cement firm Holcim", "Russian
// crude producer Yukos").
var firmNouns = map[string]bool{
	"FIRM": true, "FIRMS": true, "COMPANY": true, "COMPANIES": true, "BANK": true, "BANKS": true, "LENDER": true,
	"LENDERS": true, "CARRIER": true, "AIRLINE": true, "MAKER": true, "MAKERS": true, "PRODUCER": true,
	"PRODUCERS": true, "BREWER": true, "INSURER": true, "OPERATOR": true, "GIANT": true, "CONGLOMERATE": true,
	"GROUP": true, "RETAILER": true, "CHAIN": true, "MANUFACTURER": true, "CARMAKER": true, "SUBSIDIARY": true,
	"INVESTORS": true, "SHAREHOLDERS": true, "EXPORTERS": true, "IMPORTERS": true, "BROKERAGE": true,
	"SUPPLIER": true, "DEVELOPER": true, "BUSINESSES": true, "INDUSTRY": true, "MARKET": true, "MARKETS": true,
	"TRADERS": true, "REFINER": true, "REFINERS": true, "BREWERS": true, "INSURERS": true,
	"AIRLINES": true, "CARRIERS": true, "SUPPLIERS": true, "RETAILERS": true, "OPERATORS": true, "DEVELOPERS": true,
	// traders of a commodity by their trade (reuters18: "Japanese crushers
	// bought Canadian rapeseed"); not "buyers" or "sellers", which may be a
	// state's trading agency
	"CRUSHER": true, "CRUSHERS": true, "MILLER": true, "MILLERS": true, "BROKER": true, "BROKERS": true,
	"DEALER": true, "DEALERS": true, "SHIPPER": true, "SHIPPERS": true, "MERCHANT": true, "MERCHANTS": true,
	"WHOLESALER": true, "WHOLESALERS": true, "PROCESSOR": true, "PROCESSORS": true, "EXPORTER": true,
	"IMPORTER": true, "TRADER": true, "BROKERAGES": true, "SMELTERS": true, "SMELTER": true,
}

// firmOf reports whether the place mention m names the nationality of a
// firm that follows: "'s" or nothing, then up to three lower-case words
// ending in a firm noun, which an opening quotation mark may set apart
// as the writer's or a speaker's words (the UK's "vibrant games
// industry").
func firmOf(toks []token, m *mention) bool {
	i := m.end
	if i < len(toks) && toks[i].up == "'S" {
		i++
	}
	if i+1 < len(toks) && toks[i].up == "\"" && !toks[i+1].capital {
		i++ // not "'", a plural's possessive ("the Philippines' creditor banks")
	}
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if t.punct || t.capital && k > i {
			return false
		}
		if firmNouns[t.up] || firmSuffix(t.up) {
			return true
		}
		if (t.up == "EXCHANGE" || t.up == "EXCHANGES") && k > i && toks[k-1].up == "STOCK" {
			return true // "the German stock exchange" (not "a Kenyan prisoner exchange")
		}
		if functionWords[t.up] && t.up != "THE" {
			return false
		}
	}
	return false
}

// firmSuffix: makers of a thing written as one word ("chipmakers",
// "steelmaker", "automakers", "drugmaker") are firms, as "maker" and
// "carmaker" are.
func firmSuffix(w string) bool {
	return len(w) > 6 && (strings.HasSuffix(w, "MAKER") || strings.HasSuffix(w, "MAKERS"))
}

// refineMentions drops or re-maps mentions that are not the actor the
// dictionary match names.
func (st *state) refineMentions(sent string, toks []token, ms []mention) []mention {
	st.attrib = nil
	kept := ms[:0]
	dl := 0 // the dateline's end: its place and agency are no actors
	if len(ms) > 0 && !st.c.set.TabariRules && place(&ms[0]) {
		dl = dateline(sent, toks, &ms[0])
	}
	for _, m := range ms {
		if len(m.members) == 0 || m.start < dl {
			continue
		}
		if st.notActor(sent, toks, &m) {
			continue
		}
		kept = append(kept, m)
	}
	// "the Australian and Canadian dollar": the places listed before a
	// currency are currencies too
	for k := len(kept) - 1; k >= 0; k-- {
		a := &kept[k]
		if !place(a) || a.end >= len(toks) || toks[a.end].up != "," && toks[a.end].up != "AND" && toks[a.end].up != "OR" {
			continue
		}
		e := a.end
		for e < len(toks) && e < a.end+6 && (toks[e].up == "," || toks[e].up == "AND" || toks[e].up == "OR" || toks[e].capital && !toks[e].punct) {
			e++
		}
		if e < len(toks) && e > a.end && currencyWords[toks[e].up] && toks[e-1].capital {
			kept = append(kept[:k], kept[k+1:]...)
		}
	}
	// "the Danish and German governments", "British, French and US
	// troops": nationalities listed before one role word share it
	var role *member // the role word the next mention shares
	for k := len(kept) - 2; k >= 0; k-- {
		a, b := &kept[k], &kept[k+1]
		if sharedRole(b) {
			role = &b.members[0]
		}
		if role == nil || st.c.set.TabariRules || !place(a) || a.end-a.start != 1 || !listed(toks, a.end, b.start) || countryWord(toks[a.start].up, a) {
			role = nil
			continue
		}
		for i := range a.members {
			mem := &a.members[i]
			mem.actor.Code = withAgent(mem.actor.Code, role.entrySuf, role.entryAft)
			mem.entrySuf, mem.entryAft, mem.person = role.entrySuf, role.entryAft, true
			mem.explain = append(mem.explain, "a nationality listed before "+text(sent, toks, role.start, role.end)+" → "+mem.actor.Code)
		}
	}
	// "According to Kenyan officials, …", "…, according to the Ugandan
	// army": who reports an act is no party to it
	if !st.c.set.TabariRules {
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].up != "ACCORDING" || toks[i+1].up != "TO" {
				continue
			}
			e := i + 2
			for e < len(toks) && !toks[e].punct {
				e++
			}
			if e == len(toks) || toks[e].up != "," && toks[e].up != ";" && (i == 0 || toks[i-1].up != ",") {
				continue // "According to reports the UK is pushing …": where the phrase ends is not written
			}
			out := kept[:0]
			for _, m := range kept {
				if m.start < i+2 || m.start >= e {
					out = append(out, m)
				} else if st.attrib == nil && len(m.members) == 1 && m.members[0].actor.Code != "" {
					a := m.members[0]
					st.attrib = &a // who reports it: the say-rule's speaker (transform)
				}
			}
			kept = out
		}
	}
	// "Indonesian, Indian and Hong Kong stock markets": the places listed
	// before a firm's nationality are nationalities too
	for k := len(kept) - 2; k >= 0; k-- {
		a, b := &kept[k], &kept[k+1]
		if !place(a) || len(b.members) == 0 || !strings.HasSuffix(b.members[0].actor.Code, "BUS") || len(b.members[0].actor.Code) != 6 {
			continue
		}
		joined := b.start > a.end && b.start-a.end <= 2
		for g := a.end; g < b.start && joined; g++ {
			joined = toks[g].up == "," || toks[g].up == "AND"
		}
		if !joined {
			continue
		}
		for i := range a.members {
			a.members[i].actor.Code = a.members[i].actor.Country + "BUS"
		}
	}
	return kept
}

// placeNouns after a city or region name a thing called after the place
// (an agenda, a round of talks, a treaty), not an act on its country;
// numberedNouns only after a number ("the Sakhalin 3 field").
var placeNouns = map[string]bool{
	"GOALS": true, "TARGETS": true, "AGENDA": true, "STRATEGY": true, "TREATY": true, "PROCESS": true,
	"ROUND": true, "PROTOCOL": true, "CRITERIA": true, "RULES": true, "PACT": true, "ACCORD": true,
	"ACCORDS": true, "DECLARATION": true, "CONVENTION": true, "SUMMIT": true, "CONFERENCE": true,
	"CONSENSUS": true, "PRINCIPLES": true, "FORMULA": true, "ROADMAP": true, "TALKS": true,
}
var numberedNouns = map[string]bool{"FIELD": true, "OILFIELD": true, "GASFIELD": true, "PROJECT": true, "BLOCK": true}

// assocHeads end the name of an association before "of" and its country.
var assocHeads = map[string]bool{"ASSOCIATION": true, "FEDERATION": true, "SOCIETY": true, "CONFEDERATION": true, "CHAMBER": true}

// lawNouns, capitalised after a name, make it the name of a law.
var lawNouns = map[string]bool{"BILL": true, "BILLS": true, "ACT": true, "ACTS": true}

// orgEventNouns after an organisation's name make the words an event of
// it (a meeting, a summit, a presidency), not the organisation.
var orgEventNouns = map[string]bool{
	"MEETING": true, "MEETINGS": true, "SUMMIT": true, "SUMMITS": true, "CONFERENCE": true, "PRESIDENCY": true,
	"SESSION": true, "GATHERING": true, "TALKS": true, "CHAIRMANSHIP": true,
}

// countryNouns after "the"/"a" and a country's name make a thing of that
// country, not the country acting or acted on: "the Iraq war", "the Iraq
// money".
var countryNouns = map[string]bool{
	"WAR": true, "WARS": true, "CONFLICT": true, "CRISIS": true, "MONEY": true, "FUNDS": true,
	"DEFICIT": true, "DEBT": true, "ECONOMY": true, "MARKET": true, "MARKETS": true, "BUDGET": true, "REBATE": true,
	"MEETING": true, "ELECTION": true, "ELECTIONS": true,
	"REFERENDUM": true, "ISSUE": true, "QUESTION": true, "DEBATE": true, "DOSSIER": true, "STORY": true,
}

// countryThing reports whether place mention m, the country's own name
// (not its people's: "the Rwandan genocide", "the German deficit" stay),
// after an article, names a thing by a noun of countryNouns right after
// it.
func countryThing(toks []token, m *mention) bool {
	if m.start == 0 || m.end >= len(toks) || !articleWords[toks[m.start-1].up] {
		return false
	}
	e := m.members[0].entry
	if e == nil || len(e.Names) == 0 {
		return false
	}
	if upText(toks, m.start, m.end) != e.Names[0].String() {
		return false
	}
	nx := toks[m.end]
	return !nx.capital && countryNouns[nx.up]
}

// cityBeforeWord reports whether place mention m is a city or region,
// not its country's own name or first other name ("Kenya", "Kenyan"),
// and a word follows it.
func cityBeforeWord(toks []token, m *mention) bool {
	e := m.members[0].entry
	if e == nil || len(e.Names) < 2 || m.end >= len(toks) {
		return false
	}
	w := upText(toks, m.start, m.end)
	return w != e.Names[0].String() && w != e.Names[1].String()
}

// placeThing reports whether place mention m is a city or region (not
// the country's own name or its first other name, mostly its people's:
// "Kenya", "Kenyan") before a noun of placeNouns, or a number and a noun
// of numberedNouns.
func placeThing(toks []token, m *mention) bool {
	if !cityBeforeWord(toks, m) {
		return false
	}
	nx := toks[m.end]
	if !nx.capital && placeNouns[nx.up] {
		return true
	}
	return isNum(nx.up, 0, 1000) && m.end+1 < len(toks) && numberedNouns[toks[m.end+1].up]
}

// dateline reports where a news dateline opening the sentence ends
// (0: none): a place where the story was filed, then an agency in
// brackets or a date and a dash ("NAIROBI, March 3 - …", "Nairobi
// (Reuters) - …", "New York (CNN)The minister …", "NAIROBI - …"). Neither
// the place nor the agency is an actor.
func dateline(sent string, toks []token, m *mention) int {
	if m.start != 0 || m.end >= len(toks) {
		return 0
	}
	dash := func(w string) bool { return w == "-" || w == "—" || w == "–" || w == "--" }
	nx := toks[m.end]
	switch {
	case nx.up == "(":
		// an agency in brackets: "(Reuters)", "(CNN)", "(AP)"
		for k := m.end + 1; k < len(toks) && k <= m.end+4; k++ {
			if toks[k].up == ")" {
				if k == m.end+1 {
					return 0
				}
				if k+1 < len(toks) && dash(toks[k+1].up) {
					k++
				}
				return k + 1
			}
			if !toks[k].capital {
				return 0
			}
		}
	case nx.up == "," && m.end+2 < len(toks) && (months[toks[m.end+1].up] != "" || isNum(toks[m.end+1].up, 1, 31)):
		// a date after the place, then a dash: "NAIROBI, March 3 -"
		for k := m.end + 2; k < len(toks) && k <= m.end+5; k++ {
			if dash(toks[k].up) {
				return k + 1
			}
		}
	case dash(nx.up):
		// "NAIROBI - …": a place in capitals before a dash
		if w := sent[toks[m.start].start:toks[m.end-1].end]; len(w) > 2 && strings.ToUpper(w) == w {
			return m.end + 1
		}
	}
	return 0
}

// sharedRole reports whether mention b is a nationality and a role word
// without a name ("German governments", "US troops"): a role the
// nationalities listed before it share.
func sharedRole(b *mention) bool {
	if len(b.members) != 1 || b.end-b.start != 2 {
		return false
	}
	m := b.members[0]
	return !m.named && !m.pronoun && !m.aliased && !m.needCountry && m.entry != nil && m.entrySuf != ""
}

// countryWord reports whether w is the first name of the country entry
// a place mention was read from ("Iran", not "Iranian"): a noun, which
// shares no role word after it ("Iran and Iraqi officials").
func countryWord(w string, a *mention) bool {
	e := a.members[0].entry
	return e == nil || len(e.Names) == 0 || e.Names[0].String() == w
}

// listed reports whether the tokens from a to b join a list: one "and",
// "or" or comma (a comma and "and" too).
func listed(toks []token, a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for g := a; g < b; g++ {
		if toks[g].up != "," && toks[g].up != "AND" && toks[g].up != "OR" {
			return false
		}
	}
	return true
}

// namedOnly reports whether a mention's members all come from names in
// the actor dictionary (not role words, pronouns or surnames met before).
func namedOnly(m *mention) bool {
	for _, mem := range m.members {
		if mem.needCountry || mem.bare || mem.pronoun || mem.aliased || mem.actor.Code == "" {
			return false
		}
	}
	return true
}

// chamberVenue: a legislature or court right after "in" or "in the"
// ("oppose the Bill in the Lords", "voted against the government in the
// Commons") is the chamber where the act took place, not its party.
func chamberVenue(toks []token, m *mention) bool {
	if m == nil || m.start < 1 {
		return false
	}
	k := m.start - 1
	if (toks[k].up == "THE" || toks[k].up == "A" || toks[k].up == "AN") && k > 0 {
		k-- // "in a Paris court" (cover18)
	}
	if toks[k].up != "IN" {
		return false
	}
	return chamberMembers(m)
}

// chamberMembers reports whether a mention names a legislature or court
// (with places after the first: "courts in England and Wales").
func chamberMembers(m *mention) bool {
	// a court after "in" is where a case is heard, as a chamber is
	// where a bill is debated (senses13: "would be heard in the High
	// Court"); "in courts in England and Wales" is one place
	for j, mem := range m.members {
		c := mem.actor.Code
		if j > 0 && len(c) == 3 && c == mem.actor.Country && !mem.person {
			continue // "courts in England and Wales": a place of the first
		}
		if len(c) < 6 || c[3:6] != "LEG" && c[3:6] != "JUD" {
			return false
		}
	}
	return len(m.members) > 0
}

// place reports whether a mention is a bare place (a country's code and
// nothing more: "France", "Paris", "American").
func place(m *mention) bool {
	for _, mem := range m.members {
		if mem.person || mem.pronoun || len(mem.actor.Code) != 3 || mem.actor.Code != mem.actor.Country {
			return false
		}
	}
	return true
}

func (st *state) notActor(sent string, toks []token, m *mention) bool {
	first := toks[m.start]
	// "us" is not the US: a short acronym counts only in capitals
	// ("US", "U.S.", "u.s." with its dots)
	if m.end-m.start == 1 && !strings.Contains(first.up, ".") && len(first.up) <= 3 && !first.capital {
		return true
	}
	// a one-word name in lower case is a common word, not the actor the
	// capitalised name is ("labour costs" is not the Labour Party,
	// "conservatives" not the Conservatives); role words and pronouns
	// are not names; an abbreviation with its dots ("u.s.") and a name with
	// a capital inside ("al-Qaeda") are
	if m.end-m.start == 1 && !first.capital && !first.punct && !strings.Contains(first.up, ".") && !strings.ContainsFunc(sent[first.start:first.end], unicode.IsUpper) && !st.c.set.TabariRules && namedOnly(m) {
		return true
	}
	// the same after a country's adjective ("the Japanese labour
	// market"), an act noun of the agents ("the publication of") and
	// an army of no soldiers ("an army of lawyers")
	if !st.c.set.TabariRules && (st.lowerNameHead(sent, toks, m) || actNoun(toks, m) || figurativeArmy(toks, m)) {
		return true
	}
	// a name of several words all in lower case is common words ("the
	// holy men", "our beloved country"), not the group or place a
	// dictionary names so
	if m.end-m.start >= 2 && !st.c.set.TabariRules && namedOnly(m) && lowerWords(sent, toks, m.start, m.end) {
		return true
	}
	// a country qualifying a thing: "its UK programme", "the results of
	// the UK programme" (thingQualifier)
	if !st.c.set.TabariRules && (thingQualifier(toks, m) || thingCounterparts(toks, m, st.pieces) || originQualifier(toks, m) || religionThing(toks, m)) {
		return true
	}
	// a party's or a group's followers are not the party: "Labour
	// supporters", "Hamas sympathisers"
	if m.end < len(toks) && followerNouns[toks[m.end].up] && !toks[m.end].capital && !place(m) {
		return true
	}
	// the one a critic, opponent or rival is against is no party to what
	// is done to or by that critic: "freed John Doe, a critic of
	// President Museveni", "arrested a prominent opponent of the Ugandan
	// president"
	if !st.c.set.TabariRules && adversaryOf(toks, m.start) {
		return true
	}
	// a backer joined by a hyphen to its participle qualifies the noun
	// after it, as "Russian-backed" (one word) does: "the U.N.-backed
	// Libyan government" is Libya's (a name with dots splits there)
	if !st.c.set.TabariRules && m.end+1 < len(toks) && hyphenJoined(toks, m.end+1) && backerParticiples[toks[m.end+1].up] && !toks[m.end+1].capital {
		return true
	}
	// a place or body named after a person is not the person: "Hamid
	// Karzai International Airport", "Nelson Mandela Square", "the
	// Nelson Mandela Foundation"
	if !st.c.set.TabariRules && namedAfter(toks, m) {
		return true
	}
	// numbers are not actors ("380" in a dictionary name)
	allNum := true
	for i := m.start; i < m.end; i++ {
		if !isNum(strings.ReplaceAll(toks[i].up, ",", ""), 0, 1<<62) && !toks[i].punct {
			allNum = false
		}
	}
	if allNum {
		return true
	}
	// a role word qualifying "state" names a kind of state, not the
	// force: "introduce a police state", "a military state" (an article
	// before it: "the police state that …" may be the police stating)
	if m.end-m.start == 1 && m.start > 0 && m.end < len(toks) && !first.capital && !st.c.set.TabariRules &&
		(toks[m.start-1].up == "A" || toks[m.start-1].up == "AN") &&
		(toks[m.end].up == "STATE" || toks[m.end].up == "STATES") && !toks[m.end].capital {
		return true
	}
	// a date is not an actor: "on 17 November" is not the Greek group
	// "17 November"
	if m.end-m.start == 2 && (isNum(first.up, 1, 2) && months[toks[m.start+1].up] != "" || months[first.up] != "" && isNum(toks[m.start+1].up, 1, 2)) {
		return true
	}
	// a predicate noun says what someone is, not who takes part: "one of
	// the ringleaders was believed to be a Russian, …", "the suspect is
	// an Iraqi." (one word after a form of "be" and "a"/"an", then the
	// clause's end: "is a Kenyan ally" is left alone)
	if m.end-m.start == 1 && m.start >= 2 && !st.c.set.TabariRules && first.capital &&
		(toks[m.start-1].up == "A" || toks[m.start-1].up == "AN") && beForms[toks[m.start-2].up] && toks[m.start-2].up != "GOT" && toks[m.start-2].up != "GET" &&
		(m.end == len(toks) || toks[m.end].punct || toks[m.end].up == "AND" || toks[m.end].up == "OR" || toks[m.end].up == "WHO") {
		return true
	}
	// a plural role word right after "are"/"were", then the clause's end,
	// is a predicate noun too: "most of those on the minimum wage are
	// women - with many working …", "most of the dead were civilians."
	if m.end-m.start == 1 && m.start >= 1 && !st.c.set.TabariRules && !first.capital && len(m.members) == 1 &&
		m.members[0].actor.Country == "" && (toks[m.start-1].up == "ARE" || toks[m.start-1].up == "WERE") &&
		(m.end == len(toks) || toks[m.end].punct || toks[m.end].up == "AND" || toks[m.end].up == "OR" || toks[m.end].up == "WHO" || toks[m.end].up == "WITH") {
		return true
	}
	// a law named after who or what it is for is no actor: "the Children
	// Bill", "the Kenya Act", "the Patriot Act 2001" (a capitalised "Bill"
	// or "Act" that ends the name; "Senator Bill Smith" and "Mayor Bill
	// de Blasio" go on)
	for _, e := range [2]int{m.end, m.end - 1} { // after the name, or read as a person's name after a role word ("Children Bill")
		if !st.c.set.TabariRules && e > m.start && e < len(toks) && toks[e].capital && !toks[e].punct && lawNouns[toks[e].up] &&
			(e+1 == len(toks) || !toks[e+1].capital || toks[e+1].punct) && (e+1 == len(toks) || !nameParticle(toks[e+1].up)) {
			return true
		}
	}
	// an organisation's name before a noun naming one of its events is
	// that event, not the organisation: "attending the G7 meeting",
	// "the UK's G8 presidency", "at the Nato summit"
	if !st.c.set.TabariRules && m.end < len(toks) && len(m.members) == 1 && strings.HasPrefix(m.members[0].actor.Code, "IGO") &&
		orgEventNouns[toks[m.end].up] && !toks[m.end].capital {
		return true
	}
	if st.regionRole(sent, toks, m) {
		return false
	}
	if !place(m) {
		return false
	}
	// a place name after a title is a surname: "Mr Houston", "Lord
	// Kingston", "Mr. Rhodes" (the title itself is not matched, as
	// Houston is)
	if titleEndsAt(toks, m.start) {
		return true
	}
	// currencies: "US$13 million", "HK$", "Canadian dollars"
	if m.end < len(toks) {
		nx := toks[m.end]
		if nx.up == "$" && nx.start == toks[m.end-1].end || currencyWords[nx.up] {
			return true
		}
	}
	// regions: "Latin America", "Northern Ireland"
	if m.start > 0 && toks[m.start-1].capital && regionWords[toks[m.start-1].up] {
		key := toks[m.start-1].up + " " + first.up
		code, ok := regions[key]
		if !ok && !st.c.set.TabariRules && compassPart(toks, m) {
			// "Northern Syria": a part of the country, as "northern Syria" is
			for k := range m.members {
				mem := &m.members[k]
				mem.actor.Name = text(sent, toks, m.start-1, m.end)
				mem.explain = append(mem.explain, "a compass part of the country ("+strings.ToLower(key)+") → "+mem.actor.Code)
				mem.start = m.start - 1
			}
			m.start--
			return false
		}
		if !ok {
			return true // "Latin Kenya", "Upper Volta"-like names unknown here: not the country
		}
		mem := &m.members[0]
		m.members = m.members[:1]
		mem.actor = news.Actor{Code: code, Name: text(sent, toks, m.start-1, m.end), Country: countryOf(code)}
		mem.explain = append(mem.explain, "region "+strings.ToLower(key)+" → "+code)
		m.start, mem.start = m.start-1, m.start-1
		return false
	}
	// an airline named after its country ("Air France", "Air India"): the
	// country's business sector, as "Kenya Airways" is
	if m.start > 0 && toks[m.start-1].up == "AIR" && toks[m.start-1].capital && len(m.members) > 0 && m.members[0].actor.Country != "" {
		for k := range m.members {
			mem := &m.members[k]
			mem.actor.Code = mem.actor.Country + "BUS"
			mem.actor.Name = text(sent, toks, m.start-1, m.end)
			mem.explain = append(mem.explain, "an airline named after its country ("+text(sent, toks, m.start-1, m.end)+") → "+mem.actor.Code)
			mem.start = m.start - 1
		}
		m.start--
		return false
	}
	// a place after "in" or "at" followed by a capitalised word that no
	// entry begins is the start of a longer name the dictionaries lack:
	// "in Santa Cruz Barillas" (Guatemala's, not Bolivia's Santa Cruz),
	// "in San Jose Las Flores"
	if st.longerPlace(toks, m) {
		return true
	}
	// a place's market ("the Tokyo stock market", "Seoul's market") and
	// a city's accord ("the Paris agreement") are no actors (marketplace.go)
	if !st.c.set.TabariRules && (marketOf(toks, m) || cityAccord(toks, m)) {
		return true
	}
	// a place inside a firm's, a rate's or an index's name ("First
	// Kampala", "Nairobi Electric", "the Nairobi Interbank Offered Rate")
	// is no actor (firmname.go)
	if !st.c.set.TabariRules && placeInName(toks, m) {
		return true
	}
	// a firm's nationality: the actor is that country's business sector;
	// a region's firm ("Europe's largest manufacturer", "Uganda, Africa's
	// second largest coffee producer") is no body of the region: the
	// region stays a place
	if (firmOf(toks, m) || namedFirmOf(toks, m)) && !region(m.members[0].actor) {
		for k := range m.members {
			mem := &m.members[k]
			mem.actor.Code = mem.actor.Country + "BUS"
			mem.explain = append(mem.explain, "a firm's nationality ("+text(sent, toks, m.start, min(m.end+3, len(toks)))+"…) → "+mem.actor.Code)
		}
		return false
	}
	// a city or region naming a thing: "the Lisbon goals", "the Doha
	// round", "the Sakhalin 3 field"; not a country's name or its
	// people's ("the Kenyan agenda" may be Kenya's)
	if placeThing(toks, m) || countryThing(toks, m) {
		return true
	}
	// the seat of a firm: "Heller Overseas Corp of Chicago"; the country
	// of an association named after it: "the Motion Picture Association
	// of America", "the Football Federation of Kenya"
	if m.start >= 2 && toks[m.start-1].up == "OF" && (orgHeads[toks[m.start-2].up] || firmNouns[toks[m.start-2].up] || toks[m.start-2].up == ">" ||
		assocHeads[toks[m.start-2].up] && toks[m.start-2].capital && !st.c.set.TabariRules) && (st.c.set.TabariRules || !groupOfPeople(toks, m)) {
		return true
	}
	// organisations named after a place: capitalised words after it up to
	// an organisation's head ("Paris Club", "London Stock Exchange")
	for e := m.end; e < len(toks) && e < m.end+4 && toks[e].capital && !toks[e].punct; e++ {
		if orgHeads[toks[e].up] {
			return true
		}
	}
	return joinedFirmName(toks, m) // "Minnesota Power and Light Co"
}

// reducedPassive reports a past participle after a comma, "as" or a
// bracket and before "by": a passive without its auxiliary ("the Tories,
// backed by forecasters, …", "as articulated by Alan Stone"), whose
// agent is the by-phrase, not the actor before it.
func reducedPassive(toks []token, vs, ve int) bool {
	if vs == 0 || ve >= len(toks) || toks[adverbBy(toks, ve)].up != "BY" || ve-vs != 1 || !pastParticiple(toks[vs].up) {
		return false
	}
	switch toks[vs-1].up {
	case ",", "AS", "(", "—", "–":
		return true
	}
	return false
}

// byAgent reports whether the mention starting at token at is the
// by-phrase's agent with only an article between ("was attacked by the
// Israeli army").
func byAgent(toks []token, ve, at int) bool {
	if ve >= len(toks) || toks[ve].up != "BY" {
		return false
	}
	for k := ve + 1; k < at; k++ {
		switch toks[k].up {
		case "THE", "A", "AN":
		default:
			return false
		}
	}
	return at > ve
}

// lowerWords reports whether the words of toks[a:b] are all in lower
// case (punctuation aside).
func lowerWords(sent string, toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if !toks[i].punct && strings.ContainsFunc(sent[toks[i].start:toks[i].end], unicode.IsUpper) {
			return false
		}
	}
	return true
}

// titleEndsAt reports whether a capitalised title of a person ("Mr",
// "Dr", "Lord"), or one written with its dot ("Mr.", "Dr.": the
// tokenizer splits the dot off), ends right before token i.
func titleEndsAt(toks []token, i int) bool {
	k := i - 1
	if k >= 1 && toks[k].up == "." && toks[k].start == toks[k-1].end {
		k--
	}
	if k < 0 {
		return false
	}
	_, ok := titles[toks[k].up]
	return ok && toks[k].capital
}

// placeParts after a place's name keep it that place ("Mombasa County",
// "Sichuan Province").
var placeParts = map[string]bool{"COUNTY": true, "PROVINCE": true, "STATE": true, "REGION": true, "DISTRICT": true,
	"CITY": true, "TOWN": true, "GOVERNORATE": true, "PREFECTURE": true, "OBLAST": true, "TERRITORY": true,
	"VALLEY": true, "STRIP": true, "BANK": true, "AREA": true, "ISLAND": true, "ISLANDS": true, "COAST": true}

// longerPlace reports whether a place named after "in" or "at" runs on
// into a capitalised word that is no actor, role, weekday or month (not
// past punctuation): the words are one longer name the dictionaries lack.
func (st *state) longerPlace(toks []token, m *mention) bool {
	if st.c.set.TabariRules || m.start == 0 || m.end >= len(toks) || !place(m) {
		return false
	}
	if p := toks[m.start-1].up; p != "IN" && p != "AT" {
		return false
	}
	nx := toks[m.end]
	if !nx.capital || nx.punct || weekdays[nx.up] || months[nx.up] != "" || orgHeads[nx.up] || placeParts[nx.up] {
		return false
	}
	for _, r := range nx.up {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	if _, n := st.c.actors.longest(toks, m.end, nil); n > 0 {
		return false
	}
	if _, n := st.c.agents.longest(toks, m.end, nil); n > 0 {
		return false
	}
	return true
}

// regionRole gives a country's name with a role after it ("Northern
// Ireland police", "Latin American leaders") the code of the region the
// word before makes of it, with the role (GBRCOP, LAMGOV), as the
// `regions` map does for the name alone; it reports whether it did.
func (st *state) regionRole(sent string, toks []token, m *mention) bool {
	if st.c.set.TabariRules || m.start == 0 || len(m.members) != 1 || !toks[m.start-1].capital || !regionWords[toks[m.start-1].up] {
		return false
	}
	mem := &m.members[0]
	a := mem.actor
	if mem.pronoun || len(a.Code) <= 3 || a.Country == "" || !strings.HasPrefix(a.Code, a.Country) {
		return false
	}
	key := toks[m.start-1].up + " " + toks[m.start].up
	code, ok := regions[key]
	if !ok {
		return false
	}
	mem.actor = news.Actor{Code: code + a.Code[len(a.Country):], Name: text(sent, toks, m.start-1, m.end), Country: countryOf(code)}
	mem.explain = append(mem.explain, "region "+strings.ToLower(key)+" with a role → "+mem.actor.Code)
	m.start, mem.start = m.start-1, m.start-1
	return true
}
