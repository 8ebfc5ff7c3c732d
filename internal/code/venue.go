// Venues and topics: a place where something happened and a matter that
// was talked about are no party to the act ("talks in Brussels",
// "discussed relations between India and Pakistan").

package code

import "strings"

// venue reports whether a mention found by position (not by a verb
// pattern) is a place where something happened ("talks in Brussels",
// "said in Washington"), not a party to it: for statements,
// meetings and talks, and cooperation. A visit's place ("arrived in
// Kabul") and an attack's ("fired at Seoul") stay targets.
func venue(toks []token, m *mention, code string, verb string) bool {
	if m == nil || m.start == 0 || !place(m) {
		return false
	}
	// "said during a visit to Britain", "on a trip to Japan": where the
	// speaker was, as "in Britain" is
	visitTo := m.start >= 2 && (toks[m.start-1].up == "TO" || toks[m.start-1].up == "OF") && visitNouns[toks[m.start-2].up]
	p := venuePrepAt(toks, m.start) // "in Kenya", "in the Netherlands" (places.go)
	if p < 0 && !visitTo {
		return false
	}
	if visitVerb(verb) {
		return false // "arrived in Kabul": the place visited
	}
	if p >= 0 && ownedAttack(toks, p+1, code) {
		return false // "claimed responsibility for the attack in Kandahar": the place attacked
	}
	switch root(code) {
	case "01", "05":
		return true
	case "04":
		return code != "042" && code != "043" && code != "044"
	}
	return false
}

// visitVerb reports whether the verb is one of arriving or travelling,
// whose place is the place visited ("arrived in Kabul").
func visitVerb(verb string) bool {
	for _, v := range []string{"ARRIV", "VISIT", "TRAVEL", "FLEW", "FLY", "FLIES", "LAND", "STOP"} {
		if strings.HasPrefix(verb, v) {
			return true
		}
	}
	return false
}

// ownedAttacks are the acts a claim or denial of responsibility owns
// whose place after "in" is the place attacked.
var ownedAttacks = map[string]bool{
	"ATTACK": true, "ATTACKS": true, "BOMBING": true, "BOMBINGS": true, "BLAST": true, "BLASTS": true,
	"EXPLOSION": true, "EXPLOSIONS": true, "ASSAULT": true, "AMBUSH": true, "RAID": true, "RAIDS": true,
	"SHOOTING": true, "KILLINGS": true, "KIDNAPPING": true, "ABDUCTION": true,
}

// ownedAttack reports whether the place at token at, after "in", is where an
// attack whose responsibility was claimed or denied (015, 016) took
// place ("claimed responsibility for the attack in Kandahar", "for
// several attacks in Uganda"): the guidelines code "X denied
// responsibility for the attack on Y" as X 016 Y, and the place attacked
// stands for Y. A group of the place's own country claiming it is an
// event too ("Afghan rebels claimed responsibility for the attack in
// Kandahar"), as a state's force on its own places is (domesticForce).
func ownedAttack(toks []token, at int, code string) bool {
	if code != "015" && code != "016" || at < 2 || toks[at-1].up != "IN" {
		return false
	}
	return ownedAttacks[toks[at-2].up]
}

// topicPreps put what follows as what was talked about, not to whom.
var topicPreps = map[string]bool{"ABOUT": true, "REGARDING": true, "CONCERNING": true}

// matterNouns before "on" make what follows the matter of an exchange
// ("share information on North Korea", "talks on Iran"), not its target.
var matterNouns = map[string]bool{
	"INFORMATION": true, "INTELLIGENCE": true, "DATA": true, "DETAILS": true, "VIEWS": true, "TALKS": true,
	"DISCUSSIONS": true, "CONSULTATIONS": true, "NEGOTIATIONS": true, "POLICY": true, "POSITION": true,
	"STANCE": true, "DEBATE": true, "VIEW": true, "REPORT": true, "STUDY": true, "BRIEFING": true,
	"MEETING": true, "MEETINGS": true, "CONFERENCE": true, "CONFERENCES": true, "SUMMIT": true, "SEMINAR": true,
}

// discussWords put what follows as the matter talked over ("met to
// discuss the Iranian presence in Syria").
var discussWords = map[string]bool{"DISCUSS": true, "DISCUSSED": true, "DISCUSSES": true, "DISCUSSING": true}

// topic reports whether a mention found by position after a statement or
// a meeting is its subject matter ("talked about Afghanistan", "met to
// talk about Turkey", "held talks to discuss the Iranian presence"), not
// its target.
func topic(toks []token, m *mention, code string) bool {
	if m == nil || m.start == 0 {
		return false
	}
	p := m.start - 1
	if p > 0 && (toks[p].up == "THE" || toks[p].up == "A" || toks[p].up == "AN") {
		p-- // "to discuss the Iranian presence"
	}
	if matterOf(toks, m) {
		return true // "share information on North Korea", "talks on Iran": any act
	}
	if relationsDiscussed(toks, m.start) {
		return true // "discussed relations between India and Pakistan": the matter
	}
	if !topicPreps[toks[m.start-1].up] && !discussWords[toks[p].up] && !aboutGerund(toks, m.start) {
		return false
	}
	if code == "012" || code == "013" {
		// pessimism or optimism about an actor is about that actor,
		// the target ("expressed concern about Uganda's nuclear
		// programme" as the codebook's "skeptical over Moscow's will")
		return false
	}
	r := root(code)
	return r == "01" || r == "04"
}

// relationNouns name a relation between two actors.
var relationNouns = map[string]bool{"RELATIONS": true, "TIES": true, "RELATIONSHIP": true, "DIFFERENCES": true,
	"TENSIONS": true, "TENSION": true, "DISPUTE": true, "DISPUTES": true, "CONFLICT": true, "COOPERATION": true}

// relationsDiscussed reports whether the mention starting at token at
// follows "between" after a relation noun that a word of discussing
// governs ("to discuss relations between India and Pakistan", "discussed
// the border dispute between Kenya and Uganda"): the pair is the matter
// talked about, not who talked.
func relationsDiscussed(toks []token, at int) bool {
	if at < 3 || toks[at-1].up != "BETWEEN" {
		return false
	}
	n := at - 2
	if !relationNouns[toks[n].up] {
		return false
	}
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		if discussWords[toks[k].up] {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// capacityAs reports whether the mention m follows "as" (an article or a
// possessive between) that does not follow the verb (ending at ve) or its
// particle: the capacity the subject acts in under another verb or after
// an object, not the verb's target ("stepped down from his post to stand
// as a Labour candidate", "travelling with the prime minister as a
// goodwill envoy"). Right after the verb the office left or taken is the
// act's target, as cameo-human's annotators code it ("resigned as
// president of Indonesia", "to step down as a Labour MP"). Not "such
// as", "as well as", "the same as", "as much as".
func capacityAs(toks []token, m *mention, ve int) bool {
	if m == nil || m.start == 0 || m.start <= ve {
		return false
	}
	p := m.start - 1
	if p > 0 && (determiners[toks[p].up] || toks[p].up == "A" || toks[p].up == "AN") && toks[p].up != "THAT" {
		p--
	}
	if toks[p].up != "AS" || p <= ve || p == ve+1 && (particles[toks[ve].up] || toks[ve].up == "ASIDE") {
		return false
	}
	switch toks[p-1].up {
	case "SUCH", "WELL", "SAME", "MUCH", "MANY", "SOON", "FAR", "LONG", "JUST":
		return false
	}
	return true
}

// placeOfNoun reports whether the mention m, a place (a country's code
// alone) before the verb at vs, follows "in", "at" or another venue word
// after a lower-case noun that names no people ("its office in Moscow",
// "a state dinner in the Czech Republic"), or "to" or "of" after a noun of
// travel ("a mini tour of Britain"): where the thing is or the place
// toured, no actor that could be the verb's source. A people noun before
// "in" keeps the place as theirs ("officials in Moscow", "forces in
// Iraq": peopleNoun), and so does "based in" (basedWords).
func (st *state) placeOfNoun(toks []token, inMention []int, m *mention, vs int) bool {
	if m == nil || m.end > vs || m.start < 2 || !place(m) {
		return false
	}
	p, n := toks[m.start-1], toks[m.start-2]
	if inMention[m.start-2] != 0 || n.capital || n.punct || !letters(n.up) {
		return false
	}
	if (p.up == "TO" || p.up == "OF") && visitNouns[n.up] {
		return true
	}
	return venuePreps[p.up] && !functionWords[n.up] && !timeWords[n.up] && !adverbs[n.up] && !strings.HasSuffix(n.up, "LY") && !basedWords[n.up] && !st.peopleNoun(toks, m.start-2)
}

// basedWords before "in" make the place the home of the group named
// before them ("a terror group based in Trinidad claims", PLOVER's gold
// TTO), its country.
var basedWords = map[string]bool{"BASED": true, "LOCATED": true, "HEADQUARTERED": true, "STATIONED": true, "REGISTERED": true}

// thirdPlace reports whether the mention m, a place (a country's code
// alone) right after "in", "at" or another venue word, is the location of
// a meeting coded 044, "meet at a third location": by the code's own
// definition that place is no party to the meeting ("held a summit in
// China", "attended a conference in Uganda"), whether a verb pattern
// ("* SUMMIT IN ^") or the position put it there. A host is a party only
// when named as one ("hosted by", a visit's 042/043).
func thirdPlace(toks []token, m *mention, code string) bool {
	if code != "044" || m == nil || m.start == 0 || !place(m) {
		return false
	}
	return venuePreps[toks[m.start-1].up]
}

// takePlaceForms are the forms of "take" before "place in".
var takePlaceForms = map[string]bool{"TAKE": true, "TAKES": true, "TOOK": true, "TAKING": true, "TAKEN": true}

// tookPlaceIn reports whether the mention m follows "take place in" or
// "at" (any form of "take"): where an event happens, no party to any act
// ("invited to take part in the meeting taking place in London").
func tookPlaceIn(toks []token, m *mention) bool {
	if m == nil || m.start < 3 || !place(m) || !venuePreps[toks[m.start-1].up] {
		return false
	}
	return toks[m.start-2].up == "PLACE" && takePlaceForms[toks[m.start-3].up]
}

// gatheringNouns name a meeting that a place before them qualifies ("a
// Brussels meeting", "the Geneva talks").
var gatheringNouns = map[string]bool{
	"MEETING": true, "MEETINGS": true, "TALKS": true, "SUMMIT": true, "CONFERENCE": true, "CONVENTION": true,
	"GATHERING": true, "SESSION": true, "FORUM": true, "CEREMONY": true, "RALLY": true, "NEGOTIATIONS": true,
	"CONGRESS": true, "SUMMITS": true, "CONFERENCES": true,
}

// placeModifier reports whether the mention m, a place (a country's code
// alone), stands between an article and a lower-case noun of a gathering
// it qualifies ("planned at a Brussels meeting", "spoke at the Geneva
// talks", "will attend a Washington meeting of the Group of 24", "an
// agenda to rival that of the Swiss summit"): the place where a
// statement, meeting, intent or cooperation (01-05) happened, no party to
// it. A visit's place stays ("arrived at the Juba airport").
func placeModifier(toks []token, m *mention, code, verb string) bool {
	if m == nil || m.start < 2 || m.end >= len(toks) || !place(m) || visitVerb(verb) {
		return false
	}
	switch toks[m.start-1].up {
	case "A", "AN", "THE":
	default:
		return false
	}
	// up to two lower-case words between ("the Geneva superpower talks",
	// "the Kampala peace talks": places.go)
	g := m.end
	for k := 0; k < 2 && g+1 < len(toks) && !toks[g].capital && !toks[g].punct && !gatheringNouns[toks[g].up] && !functionWords[toks[g].up] && letters(toks[g].up); k++ {
		g++
	}
	if toks[g].capital || !gatheringNouns[toks[g].up] {
		return false
	}
	switch root(code) {
	case "01", "02", "03", "04", "05":
		return true
	}
	// a city (not the country's name or its people's) before the
	// gathering names where it is for any act ("refused a deal at the
	// Geneva superpower talks"); "the Ugandan peace talks" may be
	// Uganda's own (places.go)
	return cityBeforeWord(toks, m)
}

// frontedChamber reports whether the source m, before the verb at vs, is
// a court or chamber after "in" (chamberVenue) that a comma closes ("Last
// month in a US court, Riggs Bank pleaded guilty"): the venue of an
// opening phrase, whose subject the dictionaries may not name.
func frontedChamber(toks []token, m *mention, vs int) bool {
	if m == nil || m.start < 2 || m.end >= vs || toks[m.end].up != "," {
		return false
	}
	if a := toks[m.start-1].up; (a == "A" || a == "AN") && toks[m.start-2].up == "IN" {
		return chamberMembers(m) // "in a US court,"
	}
	return chamberVenue(toks, m)
}

// broadcastNouns name a programme or a channel a speaker is heard on.
var broadcastNouns = map[string]bool{
	"PROGRAMME": true, "PROGRAM": true, "SHOW": true, "RADIO": true, "TELEVISION": true, "TV": true,
	"CHANNEL": true, "BULLETIN": true, "PODCAST": true, "BROADCAST": true,
}

// onBroadcast reports whether the mention m, a media actor, follows "on"
// (or "on the") and a noun of a programme or channel ends its phrase
// within six words ("insisted on BBC Radio 4's Today programme", "asked on
// BBC Radio 4's World at One programme", "said on BBC television"): the
// programme is where the speaker was heard, not a party to what was said.
func onBroadcast(toks []token, m *mention) bool {
	if m == nil || m.start < 1 {
		return false
	}
	for _, mem := range m.members {
		if !strings.HasSuffix(mem.actor.Code, "MED") {
			return false
		}
	}
	k := m.start - 1
	if toks[k].up == "THE" && k > 0 {
		k--
	}
	if toks[k].up != "ON" || k > 0 && measureNouns[toks[k-1].up] {
		return false // "the ban on Indian television channels": what the ban is on (cover18)
	}
	for i := m.start; i < len(toks) && i < m.end+6; i++ {
		if broadcastNouns[toks[i].up] {
			return true
		}
		if i >= m.end && toks[i].punct && toks[i].up != "'S" {
			return false
		}
	}
	return false
}

// matterOf reports whether the mention m follows "on" or "about" after a
// noun of an exchange or a gathering ("talks on Iran", "a meeting on
// Palestinian reform", "a conference on native Indian rights"): the
// matter talked over, no party.
func matterOf(toks []token, m *mention) bool {
	return m != nil && m.start >= 2 && (toks[m.start-1].up == "ON" || toks[m.start-1].up == "ABOUT") && matterNouns[toks[m.start-2].up]
}

// despiteOf reports whether the mention m follows "despite" or "in spite
// of" (a determiner between allowed): what the act went against ("wanted
// it to end, despite US objections"), not its target. The caller leaves a
// refusal's (12x) target: "declined to resign, despite Biden's request"
// rejects Biden's request.
func despiteOf(toks []token, m *mention) bool {
	if m == nil || m.start < 1 {
		return false
	}
	k := m.start - 1
	if determiners[toks[k].up] && k > 0 {
		k--
	}
	if toks[k].up == "DESPITE" {
		return true
	}
	return k >= 2 && toks[k].up == "OF" && toks[k-1].up == "SPITE" && toks[k-2].up == "IN"
}
