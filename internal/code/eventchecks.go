// Checks on a candidate event after both actors are found: appositions,
// states acting on their own people, courts, electoral contests, names
// after a word and headline verbs.

package code

import (
	"strings"

	"dyad/internal/cameo"
	"dyad/internal/news"
)

// apposition reports whether two members are one actor named twice,
// side by side with a comma between ("the Russian president, Vladimir
// Putin"): lists are joined into one compound mention before this, so two
// persons of one country left next to each other are an apposition.
func apposition(toks []token, a, b member) bool {
	if a.start >= a.end || b.start >= b.end || a.actor.Country == "" || a.actor.Country != b.actor.Country || !a.person && !b.person {
		return false
	}
	if b.start < a.start {
		a, b = b, a
	}
	return b.start == a.end+1 && a.end < len(toks) && toks[a.end].up == ","
}

// stateActsOn reports whether a country acts on a group of its own that
// is not the state ("Venezuela banned opposition leader Juan Guaido":
// VEN 172 VENOPP), an event of domestic politics: the target a group
// outside the state (opposition, rebels, civilians, firms, media, unions,
// clergy, schools, courts, legislature, rights groups, refugees,
// criminals). A country and its own government, army, police,
// intelligence or elite are one actor, and a group acting on its own
// country is most often acting in it (a place).
func stateActsOn(src, tgt news.Actor) bool {
	if src.Code != src.Country || len(tgt.Code) < 6 {
		return false
	}
	switch tgt.Code[3:6] {
	case "OPP", "REB", "INS", "CVL", "BUS", "MED", "LAB", "REL", "EDU", "JUD", "LEG", "HRI", "REF", "CRM":
		return true
	}
	return false
}

// judgesOwnCountry reports whether a part of a state (a person, its
// government) judges its own country's act or policy, named as a
// possessive right after the verb: "Putin defended Russia's involvement
// in Syria", "the minister criticised Kenya's tax policy" (RUSGOV 052
// RUS). The country's act is the target, as "criticised Uganda's plan"
// has Uganda; a country and its own part elsewhere stay one actor.
func judgesOwnCountry(toks []token, cd cand) bool {
	t := cd.tgt
	if !judging(cd.code) || cd.src.actor.Code == cd.src.actor.Country || t.actor.Code != t.actor.Country ||
		cd.src.end > cd.verbStart || t.start != cd.verbEnd || t.end+1 >= len(toks) || toks[t.end].up != "'S" {
		return false
	}
	nx := toks[t.end+1]
	return !nx.punct && !nx.capital
}

// domesticForce reports whether a candidate between a country and a part
// of its own is force used at home: an armed group outside the state
// (rebels, insurgents, militias) or a state body (government, army,
// police, intelligence), named as the subject right before the verb, uses
// force (roots 18-20, a blockade, a curfew, a state of emergency, or
// the lifting of a curfew or a state of emergency) on a place of its own
// country that the verb's object names ("Nigerian
// rebels overran Maiduguri", "Iraqi officials have imposed a curfew on
// Basra"): domestic conflict, not a country acting on itself. A place
// after "in", "near", "outside" … or a compass word locates the act
// ("attacked a base in northern Afghanistan": the base is the target, not
// the country); a statement verb's pattern or a pronoun source is no such
// act.
func domesticForce(toks []token, cd cand) bool {
	src, tgt := cd.src.actor, cd.tgt.actor
	if tgt.Code != tgt.Country || len(src.Code) < 6 || src.Code == src.Country || cd.src.pronoun ||
		cd.tgt.start < cd.verbEnd || cd.verbStart >= len(toks) || speechVerbs[toks[cd.verbStart].up] || !subjectOf(toks, cd.src, cd.verbStart) {
		return false
	}
	admin := placeMeasure(cd.code)
	switch r := root(cd.code); {
	case r == "18", r == "19", r == "20", cd.code == "191", admin:
	default:
		return false
	}
	if cd.tgt.start > 0 && locative[toks[cd.tgt.start-1].up] && !(admin && measureIn[toks[cd.tgt.start-1].up]) {
		return false
	}
	switch src.Code[3:6] {
	case "REB", "INS", "UAF", "GOV", "MIL", "COP", "SPY":
		return true
	}
	return false
}

// placeMeasure reports whether a code is a measure a state imposes on
// or lifts from a place and its people: a curfew or a state of emergency
// or martial law imposed (1723, 1724) or eased (0813, 0814).
func placeMeasure(code string) bool {
	switch code {
	case "1723", "1724", "0813", "0814":
		return true
	}
	return false
}

// measureIn: the words before a place that a curfew or a state of
// emergency is imposed "in" ("in Basra", "across the north", "in northern
// Kenya"): the place is what the measure is laid on, not where an act
// happened.
var measureIn = map[string]bool{"IN": true, "ACROSS": true, "THROUGHOUT": true,
	"NORTHERN": true, "SOUTHERN": true, "EASTERN": true, "WESTERN": true, "CENTRAL": true, "NORTHEAST": true, "NORTHWEST": true, "SOUTHEAST": true, "SOUTHWEST": true,
	"NORTHEASTERN": true, "NORTHWESTERN": true, "SOUTHEASTERN": true, "SOUTHWESTERN": true}

// locative: words before a place that say where an act happened, not
// what it was done to.
var locative = map[string]bool{"IN": true, "AT": true, "OUTSIDE": true, "NEAR": true, "ACROSS": true, "THROUGHOUT": true, "AROUND": true, "INSIDE": true,
	"NORTHERN": true, "SOUTHERN": true, "EASTERN": true, "WESTERN": true, "CENTRAL": true, "NORTHEAST": true, "NORTHWEST": true, "SOUTHEAST": true, "SOUTHWEST": true,
	"NORTHEASTERN": true, "NORTHWESTERN": true, "SOUTHEASTERN": true, "SOUTHWESTERN": true}

// subjectOf reports whether member m is the subject right before the
// verb at vs ("Venezuela has banned …"), with at most three auxiliaries,
// adverbs of time ("first", "already", "again") or "not" between ("Kenya
// first opened its border to refugees", "Israel will not release
// prisoners"): a country named elsewhere in the clause is most often a place
// or a nationality ("in the USA", "Birmingham's Sion Simon").
func subjectOf(toks []token, m member, vs int) bool {
	if m.end > vs || vs-m.end > 3 || m.end >= len(toks) {
		return false
	}
	for k := m.end; k < vs; k++ {
		if !auxiliaries[toks[k].up] && !passiveAdverbs[toks[k].up] && toks[k].up != "NOT" && toks[k].up != "N'T" {
			return false
		}
	}
	return true
}

var auxiliaries = map[string]bool{"HAS": true, "HAVE": true, "HAD": true, "IS": true, "WAS": true, "WILL": true, "WOULD": true, "HAS BEEN": true, "BEEN": true, "ALSO": true}

// twoPeople reports whether two members of one actor code are two
// different named people ("Gordon Brown criticised Tony Blair": both
// GBRGOV), an event of domestic politics; a code met twice otherwise (a
// pronoun, a role word, one person named twice) is no event.
//
// A minister toward the governing party is no two people either: the
// party is his own ("Mr Blair hailed Labour's achievement": GBRGOV →
// GBRGOV; ownParty).
func twoPeople(a, b member) bool {
	if ownParty(a, b) {
		return false
	}
	if !a.person || !b.person || a.pronoun || b.pronoun || !a.named && !a.aliased || !b.named && !b.aliased || len(a.actor.Code) <= 3 || countryOf(a.actor.Code) == "" {
		return false
	}
	sa, sb := surname(a.actor.Name), surname(b.actor.Name)
	return sa != "" && sb != "" && sa != sb
}

// ownParty reports whether the source a, a person and no party, acts on
// b, a party's entry (politics.tsv, parties.tsv), both coded as the
// government (called with one code for both): the governing party is the
// minister's own. Opposition parties share one code (GBROPP for the
// Conservatives and the Liberal Democrats), so an opposition politician
// toward an opposition party may be toward another's ("Howard criticised
// the Liberal Democrats"); two parties of one code stay two actors, and
// a party toward a person of its code is left alone (its members urging
// their leader).
func ownParty(a, b member) bool {
	return a.entry != nil && b.entry != nil && !partyEntry(a.entry) && partyEntry(b.entry) && !b.pronoun &&
		strings.HasSuffix(a.actor.Code, "GOV") && a.actor.Code == b.actor.Code
}

// saidAct reports whether a CAMEO code is something said to or of
// another (statement 01, appeal 02, support or praise 05, demand 10,
// disapproval 11, rejection 12): the only acts two members of one actor
// code are coded with ("Gordon Brown criticised Tony Blair", "Republican
// leaders praised President Reagan", "the Liberal Democrats backed Tory
// demands"). Their meetings, visits, intents, aid and force ("Blair is to
// join Blunkett in a visit to Sheffield", "Howard will visit to support
// Tory hopefuls") are within one actor, no event between actors (gates10:
// every such event in the re-judged samples was wrong).
func saidAct(code string) bool {
	switch root(code) {
	case "01", "02", "05", "10", "11", "12":
		return true
	}
	return false
}

// surname is the last word of a person's name, upper-cased.
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToUpper(strings.Trim(f[len(f)-1], ".,'’\""))
}

// maxPerSentence caps the events one sentence may yield: more are pairs
// of a list, not acts a reader finds in it.
const maxPerSentence = 8

func appendUniq(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func root(code string) string {
	if len(code) >= 2 {
		return code[:2]
	}
	return code
}

// scareQuoted marks tokens inside a short quotation ("democracy",
// “rules”): one to three words are a scare quote, not speech.
func scareQuoted(toks []token) []bool {
	out := make([]bool, len(toks))
	open := -1
	for i, t := range toks {
		if t.up != "\"" {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		if i-open-1 <= 4 && !quotedFiniteVerb(toks, open, i) {
			for k := open + 1; k < i; k++ {
				out[k] = true
			}
		}
		open = -1
	}
	return out
}

// electoralContest reports whether a candidate of force (roots 17-20) is
// a contest verb read in its electoral sense: "beat", "defeat", "battle",
// "fight", "take on", "take down", "trounce", "edge out", "race" in a
// sentence about an election ("defeat Labour in the election", "the
// candidate best placed to beat the president", "take down the
// Republican nominee"). Candidates and parties compete for votes; CAMEO
// codes no material conflict for it. An armed actor on either side
// ("the army defeated the rebels", "battled Ugandan troops") keeps the
// force. Two parties or politicians of one country (government,
// opposition, legislators, political elites) are rivals for office even
// when the sentence names no election. Otherwise the sentence must name
// an election, and one named only as a time ("fought Uganda before the
// election") does not count; other verbs ("attacked a polling station")
// are not contest verbs.
func electoralContest(toks []token, cd cand) bool {
	switch root(cd.code) {
	case "17", "18", "19", "20":
	default:
		return false
	}
	if cd.verbStart >= len(toks) || !contestVerb(toks, cd.verbStart, cd.verbEnd) {
		return false
	}
	if armedCode(cd.src.actor.Code, cd.tgt.actor.Code) {
		return false // "the army", "rebels", "the Islamic State" (IMGMUSISI)
	}
	if politicalRival(cd.src.actor) && politicalRival(cd.tgt.actor) && cd.src.actor.Country == cd.tgt.actor.Country {
		return true // "their plan to take down Hillary Clinton": parties and politicians of one country are rivals for office
	}
	for i, t := range toks {
		if !electoralCues[t.up] {
			continue
		}
		if i > 0 && armedContest[toks[i-1].up] {
			continue // "a military campaign", "the arms race"
		}
		timeOnly := false
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if electionTime[toks[k].up] {
				timeOnly = true
				break
			}
		}
		if !timeOnly {
			return true
		}
	}
	return false
}

// contestVerb: the verb at vs..ve is one of winning or losing a contest.
func contestVerb(toks []token, vs, ve int) bool {
	w := toks[vs].up
	next := ""
	if ve < len(toks) {
		next = toks[ve].up
	}
	if vs+1 < ve {
		next = toks[vs+1].up
	}
	switch w {
	case "BEAT", "BEATS", "BEATING", "BEATEN", "DEFEAT", "DEFEATS", "DEFEATED", "DEFEATING",
		"BATTLE", "BATTLES", "BATTLED", "BATTLING", "FIGHT", "FIGHTS", "FIGHTING", "FOUGHT",
		"TROUNCE", "TROUNCES", "TROUNCED", "TROUNCING", "THRASH", "THRASHED", "ROUT", "ROUTED",
		"CLOBBER", "CLOBBERS", "CLOBBERED", "CLOBBERING", "BEST", "BESTED", "BESTING",
		"CAPTURE", "CAPTURES", "CAPTURED", "CAPTURING", "GRAB", "GRABS", "GRABBED", "GRABBING",
		"SNATCH", "SNATCHES", "SNATCHED", "SNATCHING", "SEIZE", "SEIZES", "SEIZED", "SEIZING",
		"RACE", "RACES", "RACED", "RACING":
		return true
	case "TAKE", "TAKES", "TOOK", "TAKING", "TAKEN":
		if objectPronouns[next] && ve+1 < len(toks) && toks[ve+1].up == "ON" {
			return true // "the candidate who can take them on"
		}
		return next == "ON" || next == "DOWN" || delegatesAfter(toks, ve)
	case "EDGE", "EDGES", "EDGED", "EDGING":
		return next == "OUT"
	}
	return false
}

// delegatesAfter: "delegates", "seats" or "votes" within four words after
// the verb's end ("poised to take most of the 95 Republican delegates"):
// a candidate taking delegates wins them (senses18).
func delegatesAfter(toks []token, ve int) bool {
	for k := ve; k < len(toks) && k < ve+6; k++ {
		switch toks[k].up {
		case "DELEGATES", "SEATS", "VOTES", "STATES":
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// objectPronouns stand between "take" and its particle ("take them on").
var objectPronouns = map[string]bool{"HIM": true, "HER": true, "THEM": true, "US": true, "ME": true}

// armedRoles: sectors that bear arms (and IMG, an international
// militarized group); force between them is force.
var armedRoles = map[string]bool{"IMG": true, "MIL": true, "REB": true, "INS": true, "UAF": true, "COP": true, "SPY": true}

// politicalRival: a party or politician of a country (its government,
// opposition, legislature or a political elite), not a bare state.
func politicalRival(a news.Actor) bool {
	if len(a.Code) < 6 || a.Country == "" || a.Code[:3] != a.Country {
		return false
	}
	switch a.Code[3:6] {
	case "GOV", "OPP", "ELI", "LEG", "PTY":
		return true
	}
	return false
}

// electoralCues name an election, its contest or its contestants.
var electoralCues = map[string]bool{
	"ELECTION": true, "ELECTIONS": true, "RE-ELECTION": true, "REELECTION": true, "ELECTORAL": true,
	"NOMINATION": true, "PRIMARY": true, "PRIMARIES": true, "CAUCUS": true, "CAUCUSES": true, "RUNOFF": true,
	"RUN-OFF": true, "RACE": true, "POLLS": true, "POLL": true, "VOTE": true, "VOTES": true, "VOTERS": true,
	"BALLOT": true, "BALLOTS": true, "CANDIDATE": true, "CANDIDATES": true,
	"NOMINEE": true, "NOMINEES": true, "ELECTORATE": true, "CONSTITUENCY": true,
}

// electionTime: an election named after these is when something
// happened, not what was contested ("before the election").
var electionTime = map[string]bool{"BEFORE": true, "AFTER": true, "SINCE": true, "UNTIL": true, "DURING": true, "AHEAD": true, "FOLLOWING": true}

// armedContest: words before a cue that make it no election ("a military
// campaign", "the arms race").
var armedContest = map[string]bool{"MILITARY": true, "BOMBING": true, "AIR": true, "ARMED": true, "TERROR": true,
	"INSURGENT": true, "GUERRILLA": true, "ARMS": true, "NUCLEAR": true}

// toVerbAfter reports whether "to" + a verb follows position e, the end
// of a verb of intent or a lead verb ("decided to extend"), also after a
// time ("decided on Thursday to ease", "agreed last week to lift") and
// with an adverb in -ly before the verb ("decided to partially lift").
func (st *state) toVerbAfter(toks []token, e int) bool {
	j := e
	switch {
	case j+1 < len(toks) && toks[j].up == "ON" && weekdays[toks[j+1].up]:
		j += 2
	case j+1 < len(toks) && (toks[j].up == "LAST" || toks[j].up == "THIS") && timeWords[toks[j+1].up]:
		j += 2
	case j < len(toks) && (weekdays[toks[j].up] || toks[j].up == "YESTERDAY" || toks[j].up == "TODAY" || toks[j].up == "EARLIER"):
		j++
	}
	if j+1 >= len(toks) || toks[j].up != "TO" {
		return false
	}
	j++
	if j+1 < len(toks) && !toks[j].capital && len(toks[j].up) > 4 && strings.HasSuffix(toks[j].up, "LY") && !st.isVerbAt(toks, j) {
		j++ // "to partially lift"
	}
	return st.isVerbAt(toks, j)
}

var weekdays = map[string]bool{"MONDAY": true, "TUESDAY": true, "WEDNESDAY": true, "THURSDAY": true, "FRIDAY": true, "SATURDAY": true, "SUNDAY": true}

// actsOnNational reports whether a candidate between a part of a state
// and a person of its own country is a domestic event: the target is a
// nationality adjective (not the country's name) before a person's name
// the dictionaries lack, with at most two descriptive words between
// ("Federal Police launched an investigation into Australian VC
// recipient Ben Roberts-Smith", "Farc will release the Colombian
// Sergeant Pablo Moncayo"): a private person of that country, not the
// country, as "Kenyan police arrested Kenyan activist John Doe" is (the
// agent gives KENOPP there). The source must have a role (a body, a
// force, a group: not the bare country).
func (st *state) actsOnNational(toks []token, cd cand) bool {
	t := cd.tgt
	if st.c.set.TabariRules || len(cd.src.actor.Code) <= 3 || t.actor.Code != t.actor.Country || t.end-t.start != 1 || t.entry == nil || len(t.entry.Names) == 0 {
		return false
	}
	if t.entry.Names[0].String() == toks[t.start].up {
		return false // "Australia": the country, not an adjective
	}
	return st.nameAfter(toks, t.end)
}

// nameBodyNouns name a body, not a person, in a capitalised name.
var nameBodyNouns = map[string]bool{
	"PARTY": true, "BOARD": true, "ASSOCIATION": true, "BUREAU": true, "COMMISSION": true, "FEDERATION": true,
	"COUNCIL": true, "COUNCILS": true, "COURT": true, "SYSTEM": true, "FINANCE": true, "CHAPTER": true, "AGENCY": true,
	"AUTHORITY": true, "SERVICE": true, "OFFICE": true, "DEPARTMENT": true, "MINISTRY": true, "COMMITTEE": true,
	"UNION": true, "LEAGUE": true, "MOVEMENT": true, "FRONT": true, "ARMY": true, "FORCE": true, "FORCES": true,
	"POLICE": true, "SOCIETY": true, "CENTRE": true, "CENTER": true, "NETWORK": true, "ALLIANCE": true, "CHURCH": true,
	"ACADEMY": true, "SCHOOL": true, "COLLEGE": true, "HOSPITAL": true, "COMPANY": true, "NEWS": true, "PRESS": true,
}

// nameAfter reports whether a person's name follows token i: up to two
// descriptive words (no function word, no punctuation, no inflected
// verb), then two to four
// capitalised words that are no actor, agent, verb or organisation's
// head, then the clause goes on in lower case or stops.
func (st *state) nameAfter(toks []token, i int) bool {
	for d := 0; d <= 2; d++ {
		k, n := i+d, 0
		if k > i && (toks[k-1].punct || functionWords[toks[k-1].up]) {
			return false
		}
		if k > i && inflected(toks[k-1].up) {
			if _, nv := st.c.verbs.longest(toks, k-1, nil); nv > 0 {
				return false // "north Wales councils visited Ms Essex": a verb, no descriptor
			}
		}
		for k < len(toks) && toks[k].capital && !toks[k].punct && !functionWords[toks[k].up] {
			if orgHeads[toks[k].up] || nameBodyNouns[toks[k].up] {
				return false // "the British National Party", "the Australian Wheat Board"
			}
			if _, na := st.c.actors.longest(toks, k, nil); na > 0 {
				return false
			}
			if _, ng := st.c.agents.longest(toks, k, nil); ng > 0 {
				return false
			}
			k++
			n++
		}
		if n >= 2 && n <= 4 && (k == len(toks) || !toks[k].capital || toks[k].punct) {
			return true
		}
		if k >= len(toks) {
			return false
		}
	}
	return false
}

// particles of phrasal verbs ("hand over", "pull out").
var particles = map[string]bool{"OVER": true, "OUT": true, "UP": true, "DOWN": true, "OFF": true, "BACK": true}

// headlineVerb: a present-tense trigger in -s right after the actor that
// opens the sentence, whose pattern's object word follows it at once and
// a preposition and an actor after that — a headline's verb without its
// article ("Kenya lifts blockade of Uganda"), not a noun; or a plural
// subject's phrasal verb before an adverb in -ly ("Kenya and Uganda hand
// over urgently needed supplies").
func headlineVerb(toks []token, ms []mention, inMention []int, i, e int, objNext bool) bool {
	if i == 0 || inMention[i-1] == 0 || e+2 >= len(toks) {
		return false
	}
	subj := &ms[inMention[i-1]-1]
	if subj.start > 1 || subj.start == 1 && !determiners[toks[0].up] {
		return false
	}
	if len(subj.members) > 1 {
		k := e
		if particles[toks[k].up] {
			k++ // "hand over"
		}
		if w := toks[k].up; len(w) > 4 && strings.HasSuffix(w, "LY") && !toks[k].capital {
			return true
		}
	}
	if !objNext || !strings.HasSuffix(toks[e-1].up, "S") || toks[e].capital {
		return false
	}
	switch toks[e+1].up {
	case "OF", "ON", "AGAINST", "TO", "WITH", "FOR":
		return inMention[e+2] != 0 || e+3 < len(toks) && determiners[toks[e+2].up] && inMention[e+3] != 0
	}
	return false
}

// region reports whether an actor is a region of several countries coded
// with CAMEO's region code ("West Africa" WAF, "the Gulf" PGS, "Latin
// America" LAM): a place, not a body that acts or is addressed. Only the
// bare code: Phoenix codes some armed groups with a region and a role
// (SASREB, MEAREB), and those act.
func region(a news.Actor) bool {
	_, ok := cameo.Regions[a.Code]
	return ok && a.Code == a.Country && a.Code != "XKX" && a.Code != "KSV"
}

// regionPair reports whether a candidate names a region where only a
// state, a body or a person can stand: a region is never the source
// ("Europe can continue to compete", "imports from the Middle East"),
// and it is the target only of acts done to or in a place: travel and
// visits (04, an intent to visit 036), aid (07), a show or increase of
// force (15) and force (17-20) — "sent aid to West Africa",
// "strengthened its forces in the Gulf", "toured Africa". A statement
// about it, an appeal to it, cooperation with it or a demand of it is
// addressed to its states, which the text does not name ("described
// Africa as a scar", "giving Europe more control", "England needs
// Europe").
func regionPair(cd cand) bool {
	if region(cd.src.actor) {
		return true
	}
	if !region(cd.tgt.actor) {
		return false
	}
	switch root(cd.code) {
	case "04", "07", "15", "17", "18", "19", "20":
		return false
	}
	return cd.code != "036"
}

// measureBeyond reports whether the target of a curfew or a state of
// emergency laid on a place (placeMeasure) stands past "and" and another
// verb ("declared a state of siege in Pando, and dispatched the army"):
// the measure's place is one no dictionary holds, and the actor after the
// next verb is that verb's, not the measure's.
func (st *state) measureBeyond(toks []token, cd cand) bool {
	if !placeMeasure(cd.code) || cd.tgt.start < cd.verbEnd || cd.tgt.start > len(toks) {
		return false
	}
	for k := cd.verbEnd; k+1 < cd.tgt.start; k++ {
		if (toks[k].up == "AND" || toks[k].up == "BUT") && st.isVerbAt(toks, k+1) {
			return true
		}
	}
	return false
}
