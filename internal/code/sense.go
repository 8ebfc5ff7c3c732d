// Verb senses decided by the sentence around a candidate, where a
// dictionary pattern cannot see far enough (issue 17).

package code

import "strings"

// verbalAttack reports whether an attack (190 from "attacked", "attacks",
// or the noun in "launched an attack on", also far from its verb when it
// comes right before the object: "opened the forum in Brighton with an
// attack on Labour's record") is criticism, 111: political
// news "attacks" a rival, a policy or a record far more often than it
// reports blows between politicians. It is verbal when no side bears arms
// (army, police, rebels, militants), the sentence names no weapon, wound
// or death, and either both sides are parties or politicians of one
// country ("Mr Cable attacked Labour's taxes") or a person attacks and
// the object is followed by what the attack said: a comma and a participle of speech ("attacked
// British imperialists, saying they …", "…, calling him …") or "as" and
// the judgement ("attacked the plan as unfair").
func verbalAttack(toks []token, cd cand) bool {
	if cd.code != "190" || cd.verbStart >= cd.verbEnd || cd.verbEnd > len(toks) || cd.tgt.start < cd.verbEnd {
		return false
	}
	attack := false
	for k := cd.verbStart; k < cd.tgt.start; k++ {
		if (k < cd.verbEnd+4 || k >= cd.tgt.start-4) && attackWords[toks[k].up] {
			attack = true
			break
		}
	}
	if !attack {
		return false
	}
	if !unarmedNoHarm(toks, cd.src.actor.Code, cd.tgt.actor.Code) {
		return false
	}
	if politicalRival(cd.src.actor) && politicalRival(cd.tgt.actor) && cd.src.actor.Country == cd.tgt.actor.Country {
		return true
	}
	if !cd.src.person {
		return false // "Kenya attacked Uganda, saying …": a state's attack is most often force
	}
	// what the attack said, after its object and before the clause ends
	for k := cd.tgt.end; k+1 < len(toks); k++ {
		w := toks[k].up
		if w == "AS" && k <= cd.tgt.end+3 {
			return true
		}
		if w == "," {
			return attackSpeech[toks[k+1].up]
		}
		if toks[k].punct || w == "AND" || w == "BUT" || w == "WHO" || w == "WHICH" || w == "THAT" {
			return false
		}
	}
	return false
}

// The blows of political speech count as attacks too (senses18): a
// politician "pounding" or "hammering" a rival "on the gun issue" or "as
// a con artist" is criticising; artillery pounding a town keeps its force
// (armed sides, weapons or harm named: unarmedNoHarm).
var attackWords = wordSet("ATTACK", "ATTACKS", "ATTACKED", "ATTACKING",
	"POUND", "POUNDS", "POUNDED", "POUNDING", "HAMMER", "HAMMERS", "HAMMERED", "HAMMERING",
	"HIT", "HITS", "HITTING", "PUMMEL", "PUMMELS", "PUMMELLED", "PUMMELLING", "PUMMELED", "PUMMELING", "BATTER", "BATTERS", "BATTERED", "BATTERING")

// attackSpeech: participles that say what an attack said ("attacked X,
// saying …").
var attackSpeech = wordSet("SAYING", "CALLING", "ACCUSING", "DESCRIBING", "BRANDING", "LABELLING", "LABELING",
	"ARGUING", "CLAIMING", "CHARGING", "DISMISSING", "DECLARING", "INSISTING", "ADDING", "TELLING", "WRITING")

// physicalWord: a word of weapons, wounds or death: an attack in the
// sentence is force.
func physicalWord(w string) bool {
	if physicalWords[w] {
		return true
	}
	for _, p := range physicalPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

var physicalWords = wordSet("DEAD", "DEATH", "DEATHS", "DIED", "SHOT", "SHOTS", "GUN", "GUNS", "GUNMAN", "GUNMEN", "GUNFIRE",
	"STABBED", "STABBING", "BEATEN", "BEATING", "PUNCHED", "KNIFE", "KNIVES", "ARMED", "HURT", "HOSPITAL", "STONES", "MOB", "RIOT", "RIOTS",
	"RIOTING", "VIOLENCE", "VIOLENT", "ASSAULT", "ASSAULTED", "RAID", "RAIDS", "BLOOD", "BLOODY")

var physicalPrefixes = []string{"KILL", "WOUND", "INJUR", "BOMB", "EXPLOS", "SHOOT", "ROCKET", "MISSIL", "GRENAD",
	"MACHETE", "WEAPON", "TROOP", "SOLDIER", "ARSON", "AIRSTRIKE", "MILITAN", "HOSTAGE", "KIDNAP"}

// courtsVoters reports whether a candidate is a party or politician
// campaigning: one side is voters ("voters", "the electorate",
// "constituents"; the host of the reverse visit too) and the act is one of winning them over — cooperation,
// a visit, praise, reassurance, an offer or a promise (roots 03–08), or
// an appeal in the sense of attracting ("a programme aimed to appeal to
// voters", "reaching out to young voters"). A politician courting votes
// does nothing to an actor in CAMEO's sense ("a tour to persuade voters
// …", "offered Iowa voters different approaches"). Asking or urging
// voters to act ("urged voters to reject the government"; persuading them
// is courting: "seek to persuade wavering voters to back her"), telling them
// something and criticising them stay.
func courtsVoters(toks []token, cd cand) bool {
	voters := false
	for _, m := range []member{cd.src, cd.tgt} {
		for k := m.start; k < m.end && k < len(toks); k++ {
			if voterWords[toks[k].up] {
				voters = true
				break
			}
		}
	}
	if !voters {
		voters = votersAfter(toks, cd.src) || votersAfter(toks, cd.tgt)
	}

	if !voters || cd.verbStart >= len(toks) {
		return false
	}
	switch root(cd.code) {
	case "03", "04", "05", "06", "07", "08":
		return true
	case "02":
		w := toks[cd.verbStart].up
		return strings.HasPrefix(w, "APPEAL") || strings.HasPrefix(w, "PERSUAD") || (w == "REACH" || w == "REACHES" || w == "REACHED" || w == "REACHING") && cd.verbStart+1 < len(toks) && toks[cd.verbStart+1].up == "OUT"
	}
	return false
}

var voterWords = wordSet("VOTERS", "VOTER", "ELECTORATE", "ELECTORS", "CONSTITUENTS")

// clashWords are the forms of "clash", which the codebook files under
// force (190) and news uses as often for a row ("Labour and the Tories
// have clashed over tax", "Britain clashed with Japan over trade").
var clashWords = wordSet("CLASH", "CLASHES", "CLASHED", "CLASHING")

// verbalClash reports whether a clash (190 from "clashed") is a row: no
// side bears arms (armedRoles) and no word of weapons, wounds or death
// is in the sentence; it is criticism, 111, both ways as the clash is.
func verbalClash(toks []token, cd cand) bool {
	if cd.code != "190" || cd.verbStart >= cd.verbEnd || cd.verbEnd > len(toks) || !clashWords[toks[cd.verbStart].up] {
		return false
	}
	return unarmedNoHarm(toks, cd.src.actor.Code, cd.tgt.actor.Code)
}

// leadsTo returns the index of the "to" after the object of a verb of
// leading ("lead", "led") at vs..ve, within six words, or -1. Leading
// someone to do something ("leading some commentators to argue that
// rates had peaked") causes it: with a verb after "to" the pattern
// "* TO" (OVERSEE_MANAGE 030) is no intent to cooperate; "led Uganda to
// victory" keeps it.
func leadsTo(toks []token, vs, ve int) int {
	switch toks[vs].up {
	case "LEAD", "LEADS", "LED", "LEADING":
	default:
		return -1
	}
	for k := ve; k < len(toks)-1 && k <= ve+6; k++ {
		if toks[k].up == "TO" {
			return k
		}
		if toks[k].punct {
			return -1
		}
	}
	return -1
}

// armedMarch reports whether a protest (roots 14) read from "march" is
// armed men marching: troops, police or rebels "marched into" a town are
// deployed or advance, no demonstration ("ordered British troops to march
// into the streets of Belfast"; "three rebel groups … marched into Addis
// Ababa"). Civilians, students or parties marching stay protests.
func armedMarch(toks []token, cd cand) bool {
	if root(cd.code) != "14" || cd.verbStart >= len(toks) || !strings.HasPrefix(toks[cd.verbStart].up, "MARCH") {
		return false
	}
	return armedCode(cd.src.actor.Code)
}

// praisedAbility reads a visit's codes (043 host, 042 visit: ACCLAIM's
// "* TO", for "welcomed the president to Beijing") from a verb of praise
// whose "to" opens an infinitive ("praised Lord Scarman's ability to
// listen"): it is praise of the target, 051, and the visit back is none
// (drop). It returns "" and false for other candidates.
func praisedAbility(toks []token, cd cand) (string, bool) {
	if cd.code != "043" && cd.code != "042" || cd.verbStart >= len(toks) || !praiseWords[toks[cd.verbStart].up] {
		return "", false
	}
	for k := cd.verbEnd; k+1 < len(toks) && k < cd.verbEnd+12; k++ {
		if toks[k].up == "." || toks[k].up == ";" {
			break
		}
		if toks[k].up != "TO" {
			continue
		}
		nx := toks[k+1]
		if nx.capital || nx.punct || determiners[nx.up] || functionWords[nx.up] {
			return "", false // "welcomed the president to Beijing", "to the summit"
		}
		if cd.code == "042" {
			return "", true
		}
		return "051", false
	}
	return "", false
}

var praiseWords = wordSet("PRAISED", "PRAISES", "PRAISE", "PRAISING", "HAILED", "HAILS", "HAIL", "ACCLAIMED",
	"APPLAUDED", "APPLAUDS", "COMMENDED", "COMMENDS", "LAUDED", "LAUDS")

// personMovedIn reports whether an occupation (192) read from "move into"
// (MOVE "* INTO") is a person moving into a house or an office: a person
// with no arms, and no armed side, "to move into 10 Downing Street" takes
// up a post, no territory. Troops, rebels and states that move into a
// place stay occupations.
func personMovedIn(toks []token, cd cand) bool {
	if cd.code != "192" || !cd.src.person || cd.verbStart >= len(toks) || !strings.HasPrefix(toks[cd.verbStart].up, "MOV") {
		return false
	}
	return !armedCode(cd.src.actor.Code, cd.tgt.actor.Code)
}

// convictedBody reports whether an arrest or charge (173) read from
// "convict" finds a body guilty, not a person: the codebook's 116 (find
// guilty or liable) "refers typically to rulings against non-individuals,
// where imprisonment is not an issue", and keeps 173 for individuals found
// guilty and detained. A state (a bare country code), a firm (BUS, MNC)
// or an international organisation (IGO) convicted is 116; people stay 173.
func convictedBody(toks []token, cd cand) bool {
	if cd.code != "173" || cd.verbStart >= len(toks) || !strings.HasPrefix(toks[cd.verbStart].up, "CONVICT") || cd.tgt.person && !cd.tgt.body {
		return false
	}
	t := cd.tgt.actor.Code
	return t == cd.tgt.actor.Country || strings.HasPrefix(t, "MNC") || strings.HasPrefix(t, "IGO") || strings.HasSuffix(t, "BUS")
}

// unarmedNoHarm reports whether neither actor code has an armed role
// (armedRoles, by three-letter segment) and the sentence names no
// weapon, wound or death (physicalWord): an attack or clash between such
// actors is verbal.
func unarmedNoHarm(toks []token, codes ...string) bool {
	return unarmedNoHarmBut(toks, -1, codes...)
}

// unarmedNoHarmBut is unarmedNoHarm with the word at skip not counted
// (the verb itself when it is one of the words of harm: "hurt").
func unarmedNoHarmBut(toks []token, skip int, codes ...string) bool {
	if armedCode(codes...) {
		return false
	}
	for k, t := range toks {
		if k != skip && physicalWord(t.up) {
			return false
		}
	}
	return true
}

// armedCode reports whether any of the actor codes has a sector that
// bears arms (armedRoles, by three-letter segment: "KENMIL", "UGAREBMIL",
// "IMGMUSISI").
func armedCode(codes ...string) bool {
	for _, a := range codes {
		for k := 0; k+3 <= len(a); k += 3 {
			if armedRoles[a[k:k+3]] {
				return true
			}
		}
	}
	return false
}

// buildingSectors are the sectors whose actors one arrives at as at a
// building: a school, a broadcaster, a court, a hospital.
var buildingSectors = map[string]bool{"EDU": true, "MED": true, "JUD": true, "HLH": true}

// arrivedAtBuilding reports whether a consultation or visit (04) read
// from "arrive" has a school, a broadcaster, a court or a hospital as its
// target: arriving there for a lesson, a show or a hearing meets no actor
// ("arrived at Manchester High School", "arriving for a BBC radio show",
// "arrived at Spain's High Court"); arriving in a country or at a
// government stays.
func arrivedAtBuilding(toks []token, cd cand) bool {
	if !strings.HasPrefix(cd.code, "04") || cd.verbStart >= len(toks) || !strings.HasPrefix(toks[cd.verbStart].up, "ARRIV") {
		return false
	}
	t := cd.tgt.actor.Code
	return len(t) >= 3 && buildingSectors[t[len(t)-3:]]
}

// joinedBody reports whether a consultation or an intent to meet (04,
// 036) read from "join" has as its object, right after the verb ("the"
// allowed), an international organisation or a body one becomes a member
// of ("joined the WTO", "trying to join the European Union", "joined the
// community", "joined the shadow cabinet"): membership, no meeting.
// Joining a person or a country ("joined Brazil in seeking relief")
// stays.
func joinedBody(toks []token, cd cand) bool {
	if !strings.HasPrefix(cd.code, "04") && cd.code != "036" || cd.verbStart >= len(toks) || !strings.HasPrefix(toks[cd.verbStart].up, "JOIN") {
		return false
	}
	j := cd.verbEnd
	if j < len(toks) && toks[j].up == "THE" {
		j++
	}
	if j >= len(toks) {
		return false
	}
	if (cd.tgt.start == j || cd.tgt.start == cd.verbEnd) && strings.HasPrefix(cd.tgt.actor.Code, "IGO") {
		return true
	}
	if toks[j].up == "SHADOW" && j+1 < len(toks) {
		j++
	}
	return memberBodies[toks[j].up]
}

// memberBodies are bodies one joins as a member.
var memberBodies = map[string]bool{"COMMUNITY": true, "CABINET": true, "UNION": true, "ALLIANCE": true, "BLOC": true,
	"ORGANISATION": true, "ORGANIZATION": true, "CLUB": true, "COALITION": true, "FEDERATION": true, "PARTY": true,
	"GOVERNMENT": true, "BOARD": true, "COMMITTEE": true}

// hopedState reports whether an appeal (020) read from "hope" or
// "desire" hopes for a state of its target or for something done to it,
// not for an act of the target: "be" follows the target, after at most a
// modal and "not" ("he hoped Mr Brown would be premier", "hoping Volcker
// will be re-appointed"): a wish, no appeal. "He hoped Bonn would bring
// forward its tax cuts" stays.
func hopedState(toks []token, cd cand) bool {
	if cd.code != "020" || cd.verbStart >= len(toks) || cd.tgt.start < cd.verbEnd {
		return false
	}
	if v := toks[cd.verbStart].up; !strings.HasPrefix(v, "HOP") && !strings.HasPrefix(v, "DESIR") {
		return false
	}
	k := cd.tgt.end
	for n := 0; n < 2 && k < len(toks) && (modal[toks[k].up] && !beForms[toks[k].up] || toks[k].up == "NOT"); n++ {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].up {
	case "BE", "BEEN", "IS", "ARE", "WAS", "WERE":
		return true
	}
	return false
}

// roleAfterAs reports whether the target is named right after "as a" or
// "as an" ("to step down as a Labour MP", "to stand as a Labour
// candidate"): the role the source holds or takes, no party to its act.
// "such as a", "as well as a" and "the same as a" list or compare.
func roleAfterAs(toks []token, cd cand) bool {
	k := cd.tgt.start
	if k < 2 || toks[k-2].up != "AS" || toks[k-1].up != "A" && toks[k-1].up != "AN" {
		return false
	}
	if k >= 3 {
		switch toks[k-3].up {
		case "SUCH", "WELL", "SAME", "SO", "JUST":
			return false
		}
	}
	return true
}

// insistedClaim reports whether a demand (100) read from "insist" insists
// that something is or will be so, a claim, not that something be done:
// no "on" after the verb, and within the next ten words, before any
// punctuation, a form of "be", "do" or "have" or a modal of fact ("would",
// "will", "could", "can") comes before any "must" or "should" ("insisted
// it was for Parliament to decide", "insisted they would hold ministers
// to account", "had insisted it would not bow to demands"). "insisted on
// the same price", "insisting that the EC comply" and "insists that
// Uganda must withdraw" stay demands.
func insistedClaim(toks []token, cd cand) bool {
	if cd.code != "100" || cd.verbStart >= len(toks) || !strings.HasPrefix(toks[cd.verbStart].up, "INSIST") {
		return false
	}
	for k := cd.verbEnd; k < len(toks) && k < cd.verbEnd+10; k++ {
		switch w := toks[k].up; w {
		case "ON", "UPON":
			if k == cd.verbEnd {
				return false
			}
		case "MUST", "SHOULD":
			return false
		case "WOULD", "WILL", "COULD", "CAN", "WAS", "WERE", "IS", "ARE", "DID", "DOES", "DO", "HAD", "HAS", "HAVE", "'S":
			return true
		default:
			if toks[k].punct {
				return false
			}
		}
	}
	return false
}

// originAfterBeFrom reports whether the target is named right after a
// form of "be" and "from" ("a man who said he was from MI6", "the
// visitors are from the UN"): where someone comes from or works,
// describing a person, no party to the act.
func originAfterBeFrom(toks []token, cd cand) bool {
	k := cd.tgt.start
	if k >= 1 && toks[k-1].up == "THE" {
		k--
	}
	if k < 2 || toks[k-1].up != "FROM" {
		return false
	}
	switch toks[k-2].up {
	case "WAS", "IS", "WERE", "ARE", "BE", "BEEN":
		return true
	}
	return false
}

// pushedAway reports whether a push (DEMAND's PUSH, 100) moves its target
// off, out or aside ("pushed Japan off the top of the chart", "pushed the
// party out of power"): a displacement, no demand. The word must come
// right after the target, so "pushed Uganda to call off the strike" stays.
func pushedAway(toks []token, cd cand) bool {
	if cd.code != "100" || cd.verbStart >= len(toks) || !strings.HasPrefix(toks[cd.verbStart].up, "PUSH") {
		return false
	}
	if k := cd.tgt.end; cd.tgt.start > cd.verbStart && k < len(toks) {
		switch toks[k].up {
		case "OFF", "OUT", "ASIDE":
			return true
		}
	}
	return false
}
