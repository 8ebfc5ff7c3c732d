package code

import "strings"

// Actors that are what an act is about, not whom it is aimed at (issue
// 17, ROLE; re-judged samples 5, 6, 8, 9, 12 and 14): the one whose
// concern or fear a speaker reports, an actor a denied claim is about,
// the one an alleged consequence would fall on, and whoever the act of
// a plan, decision or move someone else made is done to. Each is the
// matter of the source's act; matterTarget drops the candidate.

// feelingNouns name what their possessor feels ("the advocates' main
// concern", "the refugees' fears"): the possessor feels it, no one aims
// it at them.
var feelingNouns = wordSet("CONCERN", "CONCERNS", "FEAR", "FEARS", "WORRY", "WORRIES", "ANXIETY", "ANXIETIES",
	"DOUBT", "DOUBTS", "PESSIMISM", "FRUSTRATION", "FRUSTRATIONS", "ANGER", "DISMAY", "MISGIVINGS", "RESERVATIONS",
	"SKEPTICISM", "SCEPTICISM", "GRIEVANCE", "GRIEVANCES")

// feelingVerbs follow a feeling that is a clause's subject ("the anger
// goes beyond", "the concern remains").
var feelingVerbs = wordSet("GOES", "WENT", "REMAINS", "REMAINED", "LIES", "LAY", "CENTRES", "CENTERS", "CENTRED",
	"CENTERED", "STEMS", "STEMMED", "GREW", "GROWS")

// possessives end an actor's name that owns the noun after it.
var possessives = wordSet("'S", "'", "’S", "’")

// allegeWords are the verbs of an allegation whose clause names a
// consequence ("alleging this will impoverish citizens").
var allegeWords = wordSet("ALLEGE", "ALLEGES", "ALLEGED", "ALLEGING", "CLAIM", "CLAIMS", "CLAIMED", "CLAIMING")

// aboutLinks tie a claim noun to what the claim is about ("claims, made
// in a new book about X", "reports about X").
var aboutLinks = wordSet("ABOUT", "CONCERNING", "REGARDING")

// actOwnerNouns name an act decided by someone ("the move to allow",
// "the decision to expel", "the plan to release").
var actOwnerNouns = wordSet("MOVE", "DECISION", "PLAN", "PLANS", "PROPOSAL", "PROPOSALS", "BID", "ATTEMPT", "ORDER",
	"RULING", "POLICY", "SCHEME", "DECREE", "VOTE")

// ownActVerbs make the subject the owner of the plan after them ("made
// the decision to", "announced the plan to"): its act stays the
// subject's.
var ownActVerbs = wordSet("MADE", "MAKE", "MAKES", "MAKING", "TOOK", "TAKE", "TAKES", "TAKING", "ANNOUNCED",
	"ANNOUNCE", "ANNOUNCES", "ANNOUNCING", "UNVEILED", "UNVEIL", "UNVEILS", "PROPOSED", "PROPOSE", "PROPOSES",
	"ADOPTED", "ADOPT", "ADOPTS", "REACHED", "REACH", "DEFENDED", "DEFEND", "DEFENDS", "DEFENDING", "OUTLINED",
	"LAUNCHED", "DREW", "DRAWN", "SET", "PUT", "PRESENTED", "INTRODUCED", "HAS", "HAD", "HAVE", "IS", "WAS")

// matterTarget returns why the candidate's target is the matter of the
// act ("" when it keeps it).
func matterTarget(toks []token, ms []mention, cd cand) string {
	t := cd.tgt
	if t.start >= len(toks) || t.end > len(toks) || t.sent != 0 {
		return ""
	}
	if t.start >= cd.verbEnd && feelingOwner(toks, t.end) {
		return "the owner of a concern or fear reported is who feels it, no target (\"the advocates' main concern\")"
	}
	if cd.code == "016" && t.start >= cd.verbEnd && claimAbout(toks, cd.verbEnd, t.start) {
		return "an actor a denied claim is about is its matter, no target (\"denied claims made in a book about X\")"
	}
	if root(cd.code) == "11" && t.start >= cd.verbEnd && allegedVictim(toks, ms, cd) {
		return "the one an alleged consequence falls on is no target of the allegation (\"alleging this will impoverish citizens\")"
	}
	if deepMatter(toks, cd) {
		return "an actor three phrases deep in what a statement is about is a detail of its matter, no target"
	}
	if othersAct(toks, cd) {
		return "the act of a plan, decision or move another made is not the subject's (\"asked about the move to allow the prisoner out\")"
	}
	return ""
}

// feelingOwner reports whether the mention ending at e owns a feeling
// noun that opens a clause of its own: a possessive, at most two
// lower-case modifiers, the noun, a verb ("said the Ugandan advocates'
// main concern was …", "Ongpin's anger goes beyond the dollars"). A
// feeling that is the object keeps its owner as the target ("brushed
// aside Uganda's concerns": 120 to Uganda).
func feelingOwner(toks []token, e int) bool {
	if e >= len(toks) || !possessives[toks[e].up] {
		return false
	}
	for k := e + 1; k+1 < len(toks) && k <= e+3; k++ {
		w := toks[k]
		if feelingNouns[w.up] {
			nx := toks[k+1].up
			return modal[nx] || feelingVerbs[nx]
		}
		if w.punct || w.capital || functionWords[w.up] {
			return false
		}
	}
	return false
}

// claimAbout reports whether, right after the denial verb ending at ve, a
// claim noun stands whose phrase names the mention at at after "about"
// ("denied the claims, made in a new book about X's advice"). Within
// twelve words; a clause of its own ("that", a semicolon) ends it.
func claimAbout(toks []token, ve, at int) bool {
	k := ve
	for k < at && k <= ve+2 && !claimNouns[toks[k].up] {
		k++
	}
	if k >= at || !claimNouns[toks[k].up] || at-k > 12 {
		return false
	}
	for j := k + 1; j < at; j++ {
		w := toks[j].up
		if clauseStops[w] || w == "THAT" || w == "AGAINST" || w == "BY" || w == "FROM" {
			return false
		}
		if aboutLinks[w] {
			return true
		}
	}
	return false
}

// allegedVictim reports whether an allegation's target is the object of
// the clause alleged, whose subject is no actor ("alleging this will
// impoverish citizens further", "claimed the plan would hurt farmers"):
// the allegation finds fault with the subject (the plan); the actor it
// would fall on is its matter. "alleging Uganda would profit" keeps
// Uganda, the subject.
func allegedVictim(toks []token, ms []mention, cd cand) bool {
	ve := cd.verbEnd
	if ve < 1 || !allegeWords[toks[ve-1].up] {
		return false
	}
	m := -1
	for k := ve; k < cd.tgt.start && k <= ve+5; k++ {
		if toks[k].punct {
			return false
		}
		if modal[toks[k].up] && !haveForms[toks[k].up] && !judgeBe[toks[k].up] {
			m = k
			break
		}
	}
	if m < 0 || m+1 >= cd.tgt.start || m == ve {
		return false
	}
	for i := range ms {
		if ms[i].start >= ve && ms[i].start < m {
			return false // an actor subject: "alleging Uganda would …"
		}
	}
	for k := m + 1; k < cd.tgt.start; k++ {
		if toks[k].punct || clauseStops[toks[k].up] || toks[k].up == "THAT" {
			return false
		}
	}
	return true
}

// othersAct reports whether the candidate's verb is the infinitive of a
// plan, decision or move named with "the" ("asked for clarification on
// the move to allow the prisoner out", "criticised the decision to expel
// the diplomats") and its source stands before that phrase: the act is
// whoever made the plan's, not the subject's. A verb that makes the
// plan the subject's own ("made the decision to", "announced the plan
// to") keeps it, and so does a possessive ("his plan to").
func othersAct(toks []token, cd cand) bool {
	vs := cd.verbStart
	if vs < 4 || toks[vs-1].up != "TO" || !actOwnerNouns[toks[vs-2].up] || toks[vs-3].up != "THE" {
		return false
	}
	if cd.src.sent == 0 && cd.src.end > vs-3 {
		return false // the source after the plan's noun
	}
	p := toks[vs-4]
	if ownActVerbs[p.up] || strings.HasSuffix(p.up, "'S") || p.up == "'S" {
		return false
	}
	return true
}

// deepPreps chain noun phrases ("on the jailing of 11 people for IRA
// bomb attacks").
var deepPreps = wordSet("ON", "OF", "FOR", "ABOUT", "OVER", "IN", "WITH", "FROM", "INTO", "AGAINST", "BY", "AT")

// partnerPreps before an actor make it a party to what is said ("the
// deadlock with Japan", "talks between", "the case against").
var partnerPreps = wordSet("WITH", "BETWEEN", "AGAINST", "TO")

// deepMatter reports whether a statement's target sits three or more
// prepositional phrases deep after the verb, with no clause between
// ("was commenting on the wrongful jailing of 11 people for IRA bomb
// attacks"): what the statement is about, and the actor only a detail of
// it. "commented on the Ugandan election" keeps its target, and so does a
// partner anywhere in the chain ("hopes for a breakthrough on the
// deadlock with Japan": the hope is about relations with Japan;
// "celebrated Iftar in Osgiliath with the leaders of Gondor").
func deepMatter(toks []token, cd cand) bool {
	if cd.code != "010" || cd.tgt.start < cd.verbEnd {
		return false // a plain statement; a concern or hope "about" a matter is left to its pattern
	}
	n := 0
	for k := cd.verbEnd; k < cd.tgt.start; k++ {
		w := toks[k].up
		if toks[k].punct || clauseStops[w] || w == "THAT" || modal[w] || w == "TO" {
			return false
		}
		if partnerPreps[w] {
			return false // a party to what is said: "with the leaders of Gondor"
		}
		if deepPreps[w] {
			n++
		}
	}
	return n >= 3
}
