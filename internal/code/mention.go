package code

import (
	"strings"

	"dyad/internal/cameo"
	"dyad/internal/dict"
	"dyad/internal/news"
)

// member is one resolved actor of a mention.
type member struct {
	actor       news.Actor
	start, end  int // token range
	sent        int // the sentence the history has it from (remember); 0 in its own sentence
	person      bool
	needCountry bool   // a role without a country ("Foreign Ministry spokesperson")
	bare        bool   // a role word alone, without a name ("MPs", "the police")
	local       bool   // a group's role word alone ("civilians", "protesters"): an actor only in a sentence of one country
	stateLocal  bool   // a state's plural role word alone ("officials", "the police"): local, in a sentence that names no other kind of actor
	suffix      string // agent code suffix when needCountry
	explain     []string
	pronoun     bool
	pair        bool // a member of "the two sides", "both countries": the pair it names acts on itself
	named       bool // a person's name was matched
	aliased     bool // a surname standing for a person named before ("Mr Blair")
	counted     bool // people or workers counted ("18 people", countedPeople): acted on, never a verb's source nor "he"
	body        bool // a role word naming a body or many, not one person ("the British Government", "ministers"): never "he" or "she"
	exOff       bool // a role without a country after "former" or "ex-" ("former MP John Smith"): the elite once its country is known
	// a pronoun's antecedent named in the same sentence (token range;
	// ante[1] 0: none): the words the evidence shows for the actor
	ante [2]int
	// TABARI rules: where the actor's own code (without its agent) sits
	// in actor.Code; baseLen 0: the whole code
	baseOff, baseLen uint8
	nStart           int // token range of the person's name, if any
	nEnd             int
	date             string // for a quotation's speaker: when it was said
	dateText         string
	// the dictionary entry the code was read from, and the role an agent
	// added to it: an event the text dates elsewhere re-reads it (redate)
	entry    *dict.Actor
	entrySuf string
	entryAft bool
	office   [2]string // the title of a role without a country: its entry and its head word (officeCountry)
	peer     bool      // named by a British peer's or judge's title no entry holds ("Lord Okello"): placed by peerCountry
	peerOnly bool      // a peer whose role only the title "Lord" gives (no office, party or "peer" named): no actor (peer.go)
}

// mention is an actor mention; a compound mention ("China and Russia")
// has several members.
type mention struct {
	start, end int
	members    []member
}

// piece is one dictionary match inside a mention.
type piece struct {
	start, end int
	actor      *dict.Actor
	agent      *dict.Agent
	alias      *member // a surname met earlier in the article
	titled     bool    // a surname after a title of office (titledSurname)
	shadow     bool    // a state's title after "shadow" ("shadow health secretary"): the opposition's (shadow.go)
	peer       bool    // a peer's or judge's title and a surname no entry holds ("Lord Okello", peer.go)
}

// state is the per-article coding state.
type state struct {
	objNext   bool // the verb just coded: its pattern's first word after it stands right after it ("lifts blockade")
	c         *Coder
	date      string
	history   []member            // resolved members in order of mention, the last historyKeep to 2×historyKeep
	names     map[string]string   // actor code → the latest name the article gave it
	aliases   map[string]member   // surname → person met earlier in the article
	sameNames map[string][]member // surname → other persons of it named in full after the alias (samename.go)
	bodyHeads map[string]member   // head noun → the body named before whose name it ends ("the commission": bodyHeadAt)
	lastGroup []member            // the last compound or pair named, for "they"
	groupSent int                 // the sentence lastGroup was named in
	sentNo    int                 // sentences coded so far in this article
	prevSent  string              // the sentence before this one ("At the time" takes its date: timeback.go)
	curSent   string              // this sentence
	capped    []Gated             // candidates dropped by the combinatorics bounds
	country   map[string]int
	speaker   *member  // speaker of the current quotation, if known
	attrib    *member  // the actor after "according to" in the current sentence (refineMentions), for the say-rule
	inherit   *mention // source carried over a conjunction to the next verb
	sayConj   int      // the verb is coordinated with a say-verb (SayCoordinated): its conjunction's index+1, 0 none
	nounUse   bool     // the current verb form follows a determiner
	curCode   string   // code of the verb being coded
	compound  *mention // the mention a pattern's % matched
	forward   *mention // TABARI rules: the previous sentence's first actor, for pronouns
	discard   bool     // a ### code met in this sentence
	covered   int      // tokens the last matched pattern element covered
	postEnd   int      // the token after the last element matched after the verb
	inThat    bool     // the pattern being matched codes an event: its words stay before a "that" (thatSkipped)
	giving    bool     // the pattern being matched codes aid given (root 07, source to target): "$5 million" is &CURRENCY
	sayVerb   bool     // the verb of the pattern being matched is one of saying ("said", "told"): clauseVerbAfter
	toks      []token
	pieces    []piece
	// the article, for a whole-article country count
	text       string
	sents      []span
	countAll   map[string]int
	outlet     string          // the outlet's country, for role words the article does not place
	namesakes  map[string]bool // surnames of persons named in full whom a one-word entry's person is not (namesake)
	named      map[string]bool // last words of capitalised names of two words met so far ("Platon Lebedev": a later "Mr Lebedev" is that person)
	pron       pronState
	partyMeet  int8                   // the article names a party's gathering (partyMeeting): 1 yes, -1 no, 0 not counted yet
	undated    string                 // an undated article's officeholders are read on this date (guessYear)
	titled     map[*dict.Actor]string // a person's office as a title in this article gave it
	refDate    string                 // the article's date as given ("" undated)
	termLo     string                 // an undated article's dates by its titled officeholders' terms (dateByTerm)
	personDate string                 // an undated article's date by the persons it names, for those read as elites (datePersons)
	termHi     string
	// the part-of-speech checker (Options.Gates' Tagger) and its sentence
	trig     TriggerChecker
	trigSent int
	// the current sentence's words, for verbVal.needs (built once a verb
	// matched in sentence wordsSent)
	words     wordBits
	wordsSent int
	trigWords []string
	trigNouns []bool
	explain   bool                     // CodeExplain: keep what the tagger rejected
	ante      map[string][2]*news.Span // event id → its pronouns' antecedents in the sentence (noteAntecedents)
	offices   map[string][]officeSeen  // a title's latest mention with a country (noteOffice)
	hyphenBuf [2]token                 // the place of a hyphenated "Kenya-based" (hyphenPlace)
}

// historyKeep bounds state.history: the pronoun passes look back at most
// 60 members, and a 9.9 MB article named some 250,000.
const historyKeep = 256

func newState(c *Coder, date string) *state {
	return &state{c: c, date: date, country: map[string]int{}, aliases: map[string]member{}}
}

var stopJoin = map[string]bool{"'S": true, "OF": true, "THE": true}

var functionWords = map[string]bool{
	"AND": true, "OR": true, "BUT": true, "THE": true, "A": true, "AN": true, "TO": true, "IN": true,
	"ON": true, "AT": true, "BY": true, "FOR": true, "WITH": true, "FROM": true, "THAT": true,
	"WHICH": true, "WHO": true, "IS": true, "WAS": true, "ARE": true, "WERE": true, "HAS": true,
	"HAVE": true, "HAD": true, "WILL": true, "WOULD": true, "SAID": true, "SAYS": true, "AS": true,
	"HIS": true, "HER": true, "ITS": true, "THEIR": true, "NOT": true, "ALSO": true,
}

// mentions finds the actor mentions of a tokenised sentence.
func (st *state) mentions(sent string, toks []token) []mention {
	c := st.c
	st.pieces = st.pieces[:0]
	for i := 0; i < len(toks); {
		if toks[i].punct {
			i++
			continue
		}
		acts, na := c.actors.longest(toks, i, nil)
		ags, ng := c.agents.longest(toks, i, nil)
		if na > 0 && toks[i].up == "THE" && !c.set.TabariRules && i+1 < len(toks) {
			// "The UK Independence Party member": a longer name after the
			// article wins over the article's match ("THE UK")
			if _, n2 := c.actors.longest(toks, i+1, nil); 1+n2 > na {
				i++
				continue
			}
		}
		switch {
		case na > 0 && na == ng && st.afterCountry(toks, i):
			// a name that is also a role word, right after a country's
			// name, is that country's role ("the Nigerian Senate",
			// "Kenya's Democratic Party"), not the entry naming one
			// country's body (Phoenix's US "SENATE")
			st.pieces = append(st.pieces, piece{start: i, end: i + ng, agent: ags[0]})
			i += ng
		case na > 0 && na == ng && st.portfolioTitle(toks, i, ng, ags[0]) > i+ng:
			// "the Secretary of State for Health": a British title with
			// its portfolio, not Phoenix's US "SECRETARY OF STATE"
			p := st.portfolio(toks, piece{start: i, end: i + ng, agent: ags[0]})
			st.pieces = append(st.pieces, p)
			i = p.end
		case na > 0 && na >= ng && !c.set.TabariRules && st.ethnicAmerican(toks, i, na, acts[0]):
			i += na // "Turkish Americans": Americans (ethnicamerican.go)
		case na > 0 && na >= ng && st.namesake(toks, i, na, acts):
			// "Margaret Hassan": not the person an entry names "Hassan"
			i += na
		case na > 0 && (na >= ng || !c.set.TabariRules && partyBeforeMember(toks, i, na, ng, acts)):
			// several entries with this name: the first with a code on
			// the date (a newer entry for a person whose role changed);
			// a party's name before its people's noun stands ("Labour
			// activists" is no trade unionist)
			a := acts[0]
			for _, x := range acts {
				if x.CodeAt(st.date) != "" {
					a = x
					break
				}
			}
			st.pieces = append(st.pieces, piece{start: i, end: i + na, actor: a})
			i += na
		case ng > 0:
			if st.facilityAfter(toks, i+ng, ags[0]) {
				ng++ // "a police headquarters", "an army camp": the body that holds it
			}
			p := st.portfolio(toks, st.shadowed(toks, piece{start: i, end: i + ng, agent: ags[0]}))
			st.pieces = append(st.pieces, p)
			i = p.end
		default:
			if p, ok := st.countryForces(toks, i); ok {
				st.pieces = append(st.pieces, p)
				i++
				continue
			}
			if p, ok := st.theHouse(toks, i); ok {
				st.pieces = append(st.pieces, p)
				i++
				continue
			}
			if p, ok := st.heldBy(toks, i); ok {
				st.pieces = append(st.pieces, p)
				i++
				continue
			}
			if p, ok := st.hyphenPlace(toks, i); ok && !c.set.TabariRules {
				st.pieces = append(st.pieces, p)
				i++
				continue
			}
			if p, ok := st.abbrevTitle(toks, i); ok {
				st.pieces = append(st.pieces, p)
				i = p.end
				continue
			}
			if p, ok := st.speakerTitle(toks, i); ok {
				st.pieces = append(st.pieces, p)
				i = p.end
				continue
			}
			if a, ok := st.bodyHeadAt(toks, i); ok {
				a := a // a copy only when one is found: &a moved every call's a to the heap
				st.pieces = append(st.pieces, piece{start: i - 1, end: i + 1, alias: &a})
				i++
				continue
			}
			if p, ok := st.peerTitle(toks, i); ok {
				st.pieces = append(st.pieces, p)
				i = p.end
				continue
			}
			if toks[i].capital {
				if a, ok := st.aliases[toks[i].up]; ok && !otherForename(toks, i, a.actor.Name) && !st.otherBodyName(toks, i, a) {
					a := st.sameNameBySex(toks, i, a) // "Mrs. Clinton" after Bill and Hillary Clinton
					start := i
					if i > 0 && toks[i-1].capital && (len(st.pieces) == 0 || st.pieces[len(st.pieces)-1].end < i) {
						if _, title := titles[toks[i-1].up]; title {
							start = i - 1 // "Mr Brown": the title is part of the name, not a noun of its own
						}
					}
					if !st.titleSexAgainst(toks, i, a) { // "Michael Howard … Mrs Howard": his wife, no actor
						st.pieces = append(st.pieces, piece{start: start, end: i + 1, alias: &a})
					}
				} else if p, ok := st.titledSurname(toks, i); ok {
					st.pieces = append(st.pieces, p)
				} else if p, ok := st.honorificSurname(toks, i); ok {
					st.pieces = append(st.pieces, p)
				}
			}
			i++
		}
	}
	st.noteNames(toks)
	var out []mention
	for k := 0; k < len(st.pieces); {
		// group pieces that are adjacent or joined by 's / of / the
		j := k + 1
		for j < len(st.pieces) {
			gap := st.pieces[j-1].end
			ok := true
			for g := gap; g < st.pieces[j].start; g++ {
				w := toks[g].up
				agentSide := st.pieces[j-1].agent != nil || st.pieces[j].agent != nil
				if (w == "OF" || w == "THE") && !agentSide {
					ok = false // "Gondor of the Prince of Dol Amroth": two actors
					break
				}
				if w == "FORMER" && agentSide && st.c.set.TabariRules {
					continue // TABARI: "Arnor former security officials"
				}
				if !stopJoin[w] && !((w == "IN" || w == "FROM") && st.pieces[j-1].agent != nil && st.pieces[j].actor != nil &&
					!(w == "FROM" && !st.c.set.TabariRules && withdrawnFrom(toks, st.pieces[j-1].start)) &&
					!(w == "IN" && !st.c.set.TabariRules && stationedIn(toks, st.pieces[j-1].start))) {
					ok = false
					break
				}
			}
			if gap < st.pieces[j].start && (st.pieces[j-1].peer || st.pieces[j].peer) {
				// "Lord Okello in Nairobi", "Lord Okello's council": a peer
				// joins only what touches it, or a party before "peer"
				// ("Labour peer Lord Okello": the party's legislator)
				ok = st.pieces[j].peer && st.pieces[j-1].actor != nil && st.pieces[j].start == gap+1 && toks[gap].up == "PEER" && !toks[gap].capital
			}
			if !ok && st.placeRole(toks, st.pieces[j-1], st.pieces[j]) {
				ok = true // "the US stock market regulator": USA + ~GOV
			} else if !ok || st.pieces[j].start-gap > 2 {
				break
			}
			// "China and Russia" never join; "Russia 's president" does.
			j++
		}
		m := st.resolve(sent, toks, st.pieces[k:j])
		out = append(out, m)
		k = j
	}
	if !st.c.set.TabariRules {
		peerOffice(toks, out)
		distributeRole(toks, out)
		partyAudience(toks, out)
		out = foldMemberBodies(toks, out)
	}
	return out
}

// distributeRole: a plural role word before "of" and two places joined by
// "and" holds for both: "the presidents of Uganda and Tanzania" are
// UGAGOV and TZAGOV, "the foreign ministers of France and Germany" FRAGOV
// and DEUGOV; the second place alone would be the bare country.
func distributeRole(toks []token, out []mention) {
	for i := 0; i+1 < len(out); i++ {
		a, b := &out[i], &out[i+1]
		if len(a.members) != 1 || b.start != a.end+1 || toks[a.end].up != "AND" || !place(b) {
			continue
		}
		of := -1
		for k := a.start + 1; k < a.end; k++ {
			if toks[k].up == "OF" {
				of = k
				break
			}
		}
		if of < 0 {
			continue
		}
		if r := toks[of-1]; r.capital || !strings.HasSuffix(r.up, "S") {
			continue // "the president of Uganda and Tanzania" is one person; "Bank of Uganda" a name
		}
		code, country := a.members[0].actor.Code, a.members[0].actor.Country
		if len(country) != 3 || len(code) <= 3 || !strings.HasPrefix(code, country) {
			continue
		}
		for k := range b.members {
			mem := &b.members[k]
			mem.actor.Code = mem.actor.Country + code[3:]
			mem.explain = append(mem.explain, "the role of "+strings.ToLower(toks[of-1].up)+" before \"of\" and \"and\" → "+mem.actor.Code)
		}
	}
}

// afterCountry reports whether the piece before token i is a country's
// name (a code of three letters) that ends right before it or before its
// "'s".
func (st *state) afterCountry(toks []token, i int) bool {
	if st.c.set.TabariRules || len(st.pieces) == 0 {
		return false
	}
	p := st.pieces[len(st.pieces)-1]
	if p.actor == nil || !(p.end == i || p.end == i-1 && toks[i-1].up == "'S") {
		return false
	}
	for _, c := range p.actor.Codes {
		if len(c.Code) != 3 {
			return false
		}
	}
	return len(p.actor.Codes) > 0
}

// heldBy reads a place named by who holds it ("the rebel-held enclave",
// "ISIS-held areas", "Taliban-controlled districts") as that holder: a
// group or a state body (an agent whose role is a state's or a domestic
// group's: rebels, militants, the opposition, the government), or a named
// armed group or body (an actor entry with a role, not a bare country:
// "Israeli-held" stays a place); not before an actor or a role word
// it qualifies ("the Democrat-controlled Congress"). An attack on the rebel-held city is an
// attack on the rebels; the role word takes its country as a plural role
// word alone does (definiteRole, placeInSentence).
func (st *state) heldBy(toks []token, i int) (piece, bool) {
	w := toks[i].up
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || st.c.set.TabariRules {
		return piece{}, false
	}
	switch w[k+1:] {
	case "HELD", "CONTROLLED":
	default:
		return piece{}, false
	}
	if i+1 < len(toks) {
		if _, n := st.c.actors.longest(toks, i+1, nil); n > 0 {
			return piece{}, false // "the Democrat-controlled Congress": the body is the actor
		}
		if _, n := st.c.agents.longest(toks, i+1, nil); n > 0 {
			return piece{}, false // "the opposition-controlled parliament"
		}
	}
	one := [1]token{{up: w[:k], start: toks[i].start, end: toks[i].end}}
	if acts, n := st.c.actors.longest(one[:], 0, nil); n == 1 {
		for _, a := range acts {
			if code := st.codeAt(a); len(code) > 3 && code != "---" {
				return piece{start: i, end: i + 1, actor: a}, true
			}
		}
		return piece{}, false
	}
	if ags, n := st.c.agents.longest(one[:], 0, nil); n == 1 {
		if suf, _ := ags[0].Suffix(); stateRole(suf) || groupRole(suf) {
			return piece{start: i, end: i + 1, agent: ags[0]}, true
		}
	}
	return piece{}, false
}

// facilityNouns name a post that a force or a body holds.
var facilityNouns = map[string]bool{
	"BASE": true, "BASES": true, "HEADQUARTERS": true, "BARRACKS": true, "CAMP": true, "CAMPS": true,
	"POST": true, "POSTS": true, "OUTPOST": true, "OUTPOSTS": true, "CHECKPOINT": true, "CHECKPOINTS": true,
	"GARRISON": true, "CONVOY": true, "CONVOYS": true, "VEHICLE": true, "VEHICLES": true, "STATION": true, "STATIONS": true,
}

// facilityAfter reports whether token i, right after a role word of a
// state's force or body or of an armed group (agent ag: "police",
// "military", "army", "rebel"), is a facility noun in lower case that
// the role word qualifies: "a police headquarters", "a military
// vehicle", "rebel camps" name the body that holds the post, as
// Phoenix's own "MILITARY BASE", "POLICE POST", "REBEL BASE" do.
func (st *state) facilityAfter(toks []token, i int, ag *dict.Agent) bool {
	if st.c.set.TabariRules || i >= len(toks) || toks[i].capital || !facilityNouns[toks[i].up] {
		return false
	}
	suf, _ := ag.Suffix()
	return facilityRole(suf)
}

// facilityRole: the roles whose posts name them (a state's forces and
// bodies, armed groups).
func facilityRole(suf string) bool {
	if len(suf) < 3 {
		return false
	}
	switch suf[:3] {
	case "MIL", "COP", "GOV", "SPY", "REB", "INS", "UAF":
		return true
	}
	return false
}

// facility reports whether a role word standing alone ends in a
// facility noun ("a military base", "a police headquarters"): the post
// names the body that holds it, which a sentence of one country places
// as it places "the army" (placeInSentence).
func facility(toks []token, b int, suffix string) bool {
	return facilityRole(suffix) && facilityNouns[toks[b-1].up]
}

// withAgent adds an agent's role to an actor's code: after the country's
// three letters, replacing any role that follows them (~COP: CHN →
// CHNCOP, CHNGOV → CHNCOP), or before the code (GOV~); an actor that
// already carries the role keeps its code (NGM + ~NGM).
func withAgent(code, suf string, after bool) string {
	if suf == "" || strings.HasSuffix(code, suf) || strings.HasPrefix(code, suf) {
		return code
	}
	if after {
		if len(code) > 3 {
			code = code[:3]
		}
		return code + suf
	}
	return suf + code
}

// redate re-reads a member's code on the date the text gives its event
// ("In 1985 Moscow criticised Washington" in a 2005 article: SUN, not
// RUS), when the code came straight from a dictionary entry (and an
// agent's role) and the entry has another code on that day.
func (st *state) redate(m member, date string) news.Actor {
	if m.entry == nil || date == "" || date == st.date {
		return m.actor
	}
	old := st.codeAt(m.entry)
	if old == "" || withAgent(old, m.entrySuf, m.entryAft) != m.actor.Code {
		return m.actor // another rule set the code
	}
	nc := m.entry.CodeAt(date)
	if nc == "" || nc == old || nc == "---" {
		return m.actor
	}
	a := m.actor
	a.Code = withAgent(nc, m.entrySuf, m.entryAft)
	a.Country = countryOf(a.Code)
	return a
}

// placeRole reports whether a place and a role word after it are one
// actor across the words that qualify the role ("the US stock market
// regulator", "Britain's top civil servant"): the place is a country
// (a three-letter code, not a region of several), then "'s" or nothing, then one to three
// lower-case words that are no function word, no inflected verb and (with
// no "'s") no irregular verb form (placeVerb: "Kenya hit rebels"), then
// the role.
func (st *state) placeRole(toks []token, p, q piece) bool {
	if st.c.set.TabariRules || p.actor == nil || q.agent == nil || len(p.actor.CodeAt(st.date)) != 3 {
		return false
	}
	if _, ok := cameo.Regions[p.actor.CodeAt(st.date)]; ok {
		return false // "Asia's biggest airline", "Europe's largest manufacturer": a region's, no body of it
	}
	i, poss := p.end, false
	if i < q.start && toks[i].up == "'S" {
		i, poss = i+1, true
	}
	if q.start-i < 1 || q.start-i > 3 {
		return false
	}
	for k := i; k < q.start; k++ {
		t := toks[k]
		if t.punct || t.capital || functionWords[t.up] || placeVerb(toks, k, poss) {
			return false
		}
		if _, n := st.c.verbs.longest(toks, k, nil); n > 0 && (inflected(t.up) || pastVerbForms[t.up]) {
			return false // "China warned police": a verb, not a qualifier
		}
	}
	return true
}

// inflected reports whether a word has a verb's inflection (-ed, -ing,
// -s): a word that may be a verb and has none ("stock", "market") reads
// as a noun qualifying the next one.
func inflected(w string) bool {
	return strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "ING") || strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS")
}

// resolve turns a group of pieces into one mention.
func (st *state) resolve(sent string, toks []token, ps []piece) mention {
	m := mention{start: ps[0].start, end: ps[len(ps)-1].end}
	var mem member
	mem.start, mem.end = m.start, m.end
	var person *piece
	var country *piece
	var agent *piece
	var alias *piece
	var idle *piece // a person out of office on the date
	var peer *piece // a peer's title and name no entry holds (peer.go)
	nameStart, nameEnd := -1, -1
	for i := range ps {
		p := &ps[i]
		switch {
		case p.alias != nil:
			alias = p
		case p.actor != nil:
			if !st.c.set.TabariRules && envoyHost(toks, ps, i) {
				continue // "the Kenyan ambassador to the UN": the UN receives the envoy
			}
			code := st.codeAt(p.actor)
			if code == "" || code == "---" {
				// a known name with no code on this date (out of office):
				// keep the name, let the title give the code
				nameStart, nameEnd = p.start, p.end
				if code == "" {
					idle = p
				}
				continue
			}
			if len(code) > 3 && isPersonName(p.actor) && !st.c.set.TabariRules {
				person = p
			} else if country == nil || len(code) > 3 {
				if country == nil || len(code) >= len(st.codeAt(country.actor)) {
					country = p
				}
			}
		case p.peer && !st.c.set.TabariRules:
			peer = p
		case p.agent != nil:
			if agent == nil || headRole(toks, agent, p, m.end) && !st.c.set.TabariRules {
				agent = p
			}
		}
	}
	if peer != nil && alias == nil && (person == nil || !personNameWords(person.actor.Names[0])) {
		// "Attorney General Lord Okello": the title before the peer's
		// name is the office; "law lord Lord Okello": the entry's role
		// stays; alone, the peer's seat in the Lords (peer.go); "Labour
		// prime minister Lord Okello": the party's entry is no person's
		// name, the peer's is
		if agent == nil && (country == nil || len(st.codeAt(country.actor)) <= 3) {
			agent = peer
		}
		nameStart, nameEnd = peer.start, peer.end
	}
	// A capitalised name after a role ("spokesperson Zhao Lijian").
	if person == nil && alias == nil && agent != nil && agent.end == m.end {
		e := m.end
		for e < len(toks) && e-m.end < 4 && toks[e].capital && !toks[e].punct && !functionWords[toks[e].up] {
			if _, n := st.c.verbs.longest(toks, e, nil); n > 0 && e > m.end && !nameBeforeVerb(toks, e) {
				break
			}
			if !toks[e].lower && !toks[m.end-1].lower {
				break // an all-capitals run ("ELEVEN POLICE KILLED"): capitals say nothing of a name
			}
			e++
		}
		if e > m.end {
			nameStart, nameEnd = m.end, e
			m.end, mem.end = e, e
		}
	}
	personCode := ""
	if person != nil {
		personCode = st.codeAt(person.actor)
	} else if idle != nil && country == nil && agent == nil && alias == nil && !st.c.set.TabariRules && isPersonName(idle.actor) {
		// no title either: the person is of the elite of the country of
		// the office held nearest the date, as Phoenix codes former
		// officeholders ("Trump" in 2016: USAELI)
		if c := nearestCountry(idle.actor, st.date); c != "" {
			person, personCode = idle, c+"ELI"
		}
	}
	partyExtra, partyOwn := 0, false
	if person != nil && !st.c.set.TabariRules {
		partyExtra, partyOwn = partyPeople(toks, person, agent, m.start, m.end)
	}
	switch {
	case partyOwn:
		// "Labour members", "Tory delegates", "prospective Labour MPs":
		// the party's own people, neither its government nor the
		// legislature (Phoenix's PARTY_MEMBER ~PTY)
		m.end += partyExtra
		mem.end = m.end
		code := countryOf(personCode) + "PTY"
		mem.actor = news.Actor{Code: code, Name: text(sent, toks, m.start, m.end)}
		mem.person = true
		mem.explain = append(mem.explain, entryExplain(person.actor.Pos, person.actor.Origin, person.actor.Names[0], personCode),
			"a party's name before its members, activists, delegates or candidates ("+text(sent, toks, person.start, m.end)+"): the party's people → "+code)
	case person != nil && !st.c.set.TabariRules && partyMembers(toks, person, agent):
		// "Labour MPs", "a Tory MP": the party's legislators, not the
		// party (in government or not): the country's legislature
		code := countryOf(personCode) + "LEG"
		if exOffice(toks, m.start, m.end) {
			code = countryOf(personCode) + "ELI" // "former Labour MPs"
		}
		mem.actor = news.Actor{Code: code, Name: text(sent, toks, m.start, m.end)}
		mem.person = true
		mem.explain = append(mem.explain, entryExplain(person.actor.Pos, person.actor.Origin, person.actor.Names[0], personCode),
			"a party's name before a legislator's role ("+text(sent, toks, person.start, agent.end)+"): the country's legislature → "+code)
	case alias != nil:
		mem.actor = alias.alias.actor
		mem.person = true
		mem.aliased = true
		mem.explain = append(append([]string(nil), alias.alias.explain...), "surname "+text(sent, toks, alias.start, alias.end)+" → "+alias.alias.actor.Name)
	case person != nil:
		mem.actor = news.Actor{Code: personCode, Name: personName(sent, toks, person)}
		if personCode == st.codeAt(person.actor) {
			mem.entry = person.actor
		}
		mem.person = true
		mem.named = true
		mem.nStart, mem.nEnd = person.start, person.end
		mem.explain = st.withEntry(mem.explain, person.actor.Pos, person.actor.Origin, person.actor.Names[0], mem.actor.Code)
		if person.titled && agent != nil {
			// "President Museveni": the title and the surname are the
			// name a later "Museveni" stands for (remember)
			mem.nStart = agent.start
			mem.explain = append(mem.explain, "a surname after a title of office ("+text(sent, toks, agent.start, person.end)+"): the person of that surname in a "+mem.actor.Code[3:min(6, len(mem.actor.Code))]+" office on the date")
		}
		if !st.c.set.TabariRules {
			st.titledOffice(sent, toks, &mem, person, agent)
			st.thenTitle(sent, toks, &mem, person) // "then-president Anwar Sadat" (thentitle.go)
			if agent != nil && agent.end <= person.start {
				st.noteOffice(toks, m.start, agent, countryOf(mem.actor.Code))
			} else if agent == nil {
				st.noteEntryTitle(toks, m.start, person, mem.actor.Code) // "US President", "President Museveni" as an entry's name
			}
		}
	case country != nil:
		code := st.codeAt(country.actor)
		mem.explain = st.withEntry(mem.explain, country.actor.Pos, country.actor.Origin, country.actor.Names[0], code)
		mem.actor = news.Actor{Code: code, Name: text(sent, toks, m.start, m.end)}
		if !st.c.set.TabariRules {
			mem.entry = country.actor
		}
		if agent != nil && st.c.set.TabariRules {
			mem.actor.Code = tabariAgentCode(code, agent.agent, st.former(toks, m.start, m.end))
			if off := strings.Index(mem.actor.Code, code); off >= 0 && len(code) < 256 && off < 256 {
				mem.baseOff, mem.baseLen = uint8(off), uint8(len(code))
			}
			mem.person = true
			mem.explain = st.withEntry(mem.explain, agent.agent.Pos, agent.agent.Origin, agent.agent.Names[0], agent.agent.Code)
		} else if agent != nil {
			suf, after := agentSuffix(toks, agent)
			mem.actor.Code = withAgent(code, suf, after)
			mem.entrySuf, mem.entryAft = suf, after
			mem.person = true
			if agent.start > country.start {
				st.noteOffice(toks, m.start, agent, countryOf(mem.actor.Code)) // "Uganda's foreign minister", not "an official Indian delegation"
			}
			mem.explain = st.withEntry(mem.explain, agent.agent.Pos, agent.agent.Origin, agent.agent.Names[0], agent.agent.Code)
		}
	case agent != nil:
		suf, _ := agentSuffix(toks, agent)
		if raw, _ := agent.agent.Suffix(); suf == "NGO" && raw != suf {
			mem.explain = append(mem.explain, "the people a charity serves, inside its name: the charity, ~NGO (charityname.go)")
		}
		if !st.c.set.TabariRules && strings.HasPrefix(toks[agent.start].up, "DELEGATE") && agent.end == m.end && agent.end-agent.start == 1 &&
			(st.partyVenue(toks, m.end) || st.partyMeeting()) {
			suf = "PTY" // "delegates at the Labour conference": the party's members
			mem.explain = append(mem.explain, "delegates at a party's gathering (in the sentence or the article): the party's people, ~PTY")
		}
		mem.needCountry = true
		mem.suffix = suf
		if !pluralRole(toks, &mem) {
			mem.office = titleKeys(toks, agent) // one officeholder, not a body ("its troops")
		}
		mem.exOff = !st.c.set.TabariRules && exOffice(toks, m.start, m.end)
		mem.person = true
		mem.actor = news.Actor{Name: text(sent, toks, m.start, m.end)}
		mem.explain = st.withEntry(mem.explain, agent.agent.Pos, agent.agent.Origin, agent.agent.Names[0], agent.agent.Code)
	}
	if peer != nil && mem.needCountry {
		mem.peer = true
		mem.peerOnly = agent == peer && peer.agent == peerAgent && !(m.start > 0 && toks[m.start-1].up == "PEER" && !toks[m.start-1].capital)
	}
	if mem.needCountry && nameStart >= 0 && !st.c.set.TabariRules && orgTitle(toks, m.start, agent) {
		// "AFL-CIO President Richard Trumka": the office is the
		// organisation's, not a state's; whose the organisation is,
		// the text does not say
		mem.needCountry = false
		mem.explain = append(mem.explain, "a title of an organisation ("+text(sent, toks, m.start-1, m.end)+"): no state's office")
	}
	if nameStart >= 0 {
		mem.actor.Name = text(sent, toks, nameStart, nameEnd)
		mem.named = true
		mem.nStart, mem.nEnd = nameStart, nameEnd
	} else if mem.needCountry && st.c.set.ConvertAgent {
		// TABARI's SET: CONVERT AGENT: a role without an actor codes as
		// the agent itself ("the Muslims" → ~MOS)
		mem.actor.Code = "~" + mem.suffix
		mem.needCountry = false
		mem.explain = append(mem.explain, "agent converted to an actor (CONVERT AGENT)")
	} else if mem.needCountry && !st.c.set.TabariRules && bodyRole(toks, mem.suffix, m.start, m.end) {
		// a bare role word ("MPs", "the police"): fillCountries gives it
		// the article's country, else the outlet's; without either it is
		// not an actor
		mem.actor = news.Actor{Name: text(sent, toks, m.start, m.end)}
		mem.bare = true
		mem.local = localRole(toks, m.start, m.end, mem.suffix) || stateBody(toks, m.start, m.end, mem.suffix) || facility(toks, m.end, mem.suffix)
		if !mem.local && stateRoles(toks, m.start, m.end, mem.suffix) {
			mem.local, mem.stateLocal = true, true
		}
	} else if mem.needCountry {
		// a bare role word ("governance", "the Neighborhood") without a
		// country or a name is not an actor, unless the sentence names
		// one country only (placeInSentence: "Kenyan police detained 18
		// people")
		mem.actor = news.Actor{}
		mem.needCountry = false
		mem.local = !st.c.set.TabariRules && localRole(toks, m.start, m.end, mem.suffix)
		if mem.local && countedPeople(toks, m.start, m.end, mem.suffix) {
			mem.counted, mem.body = true, true
		}
		if mem.local {
			mem.actor.Name = text(sent, toks, m.start, m.end) // its name, if placeInSentence places it
		}
	}
	if !st.c.set.TabariRules && len(mem.actor.Code) == 6 && officeRoles[mem.actor.Code[3:]] && exOffice(toks, m.start, m.end) {
		// "Former U.S. President Barack Obama", "ex-minister John
		// Okello": a former officeholder is of the elite, not the
		// office (Phoenix's and TABARI's ELI)
		mem.actor.Code = mem.actor.Code[:3] + "ELI"
		mem.entry = nil
		mem.explain = append(mem.explain, "former officeholder: ELI")
	}
	if !st.c.set.TabariRules && exIGOOfficial(toks, &m, &mem) {
		// "a former IMF director": no longer the IMF (exigo.go)
		mem.actor = news.Actor{Name: mem.actor.Name}
		mem.entry = nil
		mem.explain = append(mem.explain, "former official of an international organisation: not the organisation, no code")
	}
	mem.actor.Country = countryOf(mem.actor.Code)
	mem.body = mem.person && !mem.named && !mem.aliased && !st.c.set.TabariRules && roleBody(toks, m.start, m.end) ||
		alias != nil && alias.alias.body && agent == nil && nameStart < 0 // "the House of Lords … the Lords": still a body
	if !mem.body && mem.person && !st.c.set.TabariRules && !officerAfter(toks, m.end) &&
		(mem.entry != nil && mem.actor.Code != "" && mem.actor.Country == "" && !personNameWords(mem.entry.Names[0]) ||
			person != nil && alias == nil && agent == nil && nameStart < 0 && (partyBody(toks, person.actor, person.start, person.end) || acronym(toks, person.start, person.end))) {
		// an organisation's entry ("GROUP OF SEVEN", "WORLD BANK"; not
		// "KOFI ANNAN", IGOUNO too) names a body: never "he" or "she";
		// so does a national body's or party's name alone whose main name
		// has a body's head word or is an acronym ("the US Supreme Court"
		// USAGOVJUD, "the UN"); but not when a title and a name follow
		// ("IMF Managing Director Michel Camdessus": the body's officer)
		mem.body = true
	}
	if !mem.body && !st.c.set.TabariRules && !officerAfter(toks, m.end) && entryBody(toks, &mem, m.start, m.end, nameEnd, agent != nil) {
		mem.body = true // a body's entry or name of any country (entrybody.go)
	}
	if !mem.body && mem.person && !st.c.set.TabariRules && partyPlural(toks, mem.entry, m.end, nameStart) {
		mem.body = true // a party's members in the plural ("opposition Democrats"): never "he" (partyplural.go)
	}
	if !mem.body && !st.c.set.TabariRules && (person != nil && outletEntry(person.actor) || alias != nil && outletEntry(alias.alias.entry)) &&
		(agent == nil || roleBody(toks, m.start, m.end)) {
		mem.body = true // a news outlet ("CNN", "the CNN television network", "the Post"), not its reporter (outletbody.go)
	}
	m.members = []member{mem}
	if strings.Contains(mem.actor.Code, "/") {
		// an entry naming several actors: "THE_SHIRE [FRO/BIL/SAM]"
		m.members = m.members[:0]
		for _, code := range strings.Split(mem.actor.Code, "/") {
			if code = strings.TrimSpace(code); code != "" {
				x := mem
				x.actor.Code, x.actor.Country = code, countryOf(code)
				m.members = append(m.members, x)
			}
		}
	}
	return m
}
