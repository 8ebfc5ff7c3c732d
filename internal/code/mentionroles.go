// Role words and their readings: party members, heads of bodies, envoys,
// state and body roles, religious roles.

package code

import (
	"strings"

	"dyad/internal/dict"
)

// partyMembers reports whether a party's name (an entry matched by one
// word, "Labour", "Tory", "Republican", or ending in "Party", whose code
// on the date is a country's) comes right before a legislator's role
// word ("MPs", "MP", "senators", "lawmakers", "congressman"; not
// "delegates").
//
// The party entries code the party in government as GOV, and a role
// word after a person's entry gives way to the person's code, so "Labour
// MPs" was the governing party.
func partyMembers(toks []token, person, agent *piece) bool {
	if agent == nil || agent.start != person.end && !(agent.peer && agent.start == person.end+1 && toks[person.end].up == "PEER") {
		return false // ("Labour peer Lord Okello": a peer's title, peer.go)
	}
	if suf, _ := agentSuffix(toks, agent); !strings.HasPrefix(suf, "LEG") || strings.HasPrefix(toks[agent.start].up, "DELEGATE") {
		return false // "Republican delegates" are the party's, at its convention
	}
	if n := person.end - person.start; n != 1 && toks[person.end-1].up != "PARTY" && toks[person.end-1].up != "PARTY'S" {
		return false
	}
	return true
}

// headRole reports whether agent piece p, the last word of the mention
// ending at end and right after agent piece first, is the head that names
// the group where first only names its faith ("Muslim insurgents",
// "Christian militants", "Muslim refugees"): first's role is a religion's
// (religionRole) and p's an armed or political group's or refugees'
// (REB, INS, UAF, OPP, REF). Other modifiers keep the first role:
// "company officials" are a firm's, "the Jewish community", "school
// children" are not placed as civilians (on the BBC corpus that added
// only wrong events).
func headRole(toks []token, first, p *piece, end int) bool {
	if p.end != end || p.start != first.end {
		return false // "an employee of the consulate": the head is before "of"
	}
	f, _ := agentSuffix(toks, first)
	h, _ := agentSuffix(toks, p)
	if !religionRole(f) || len(h) < 3 {
		return false
	}
	switch h[:3] {
	case "REB", "INS", "UAF", "OPP", "REF":
		return true
	}
	return false
}

// religionRole reports whether an agent's role names a faith (Phoenix's
// MUS, CHR, JEW, HIN, BUD, SIK, REL).
func religionRole(suf string) bool {
	if len(suf) < 3 {
		return false
	}
	switch suf[:3] {
	case "MUS", "CHR", "JEW", "HIN", "BUD", "SIK", "REL":
		return true
	}
	return false
}

// agentSuffix is the role an agent adds, as the dictionary gives it,
// except "carrier" (Phoenix ~MIL, the aircraft carrier): without
// "aircraft" before it, a carrier in news is an airline or a telecoms
// firm ("flag carrier Air India", "low cost carriers"), ~BUS.
func agentSuffix(toks []token, p *piece) (string, bool) {
	suf, after := p.agent.Suffix()
	if p.shadow {
		return "OPP", true // "shadow health secretary" (shadow.go)
	}
	if (suf == "CVL" || suf == "REF") && charityNamed(toks, p) {
		return "NGO", true // "the Victims of Crime Trust" (charityname.go)
	}
	if suf == "MIL" && (toks[p.end-1].up == "CARRIER" || toks[p.end-1].up == "CARRIERS") && (p.end-1 == 0 || toks[p.end-2].up != "AIRCRAFT") {
		return "BUS", true
	}
	return suf, after
}

// envoyWords are the agents that represent one actor to another.
var envoyWords = map[string]bool{"AMBASSADOR": true, "AMBASSADORS": true, "ENVOY": true, "ENVOYS": true,
	"REPRESENTATIVE": true, "REPRESENTATIVES": true, "DELEGATE": true, "DELEGATES": true, "DELEGATION": true,
	"EMISSARY": true, "CONSUL": true, "COMMISSIONER": true, "ENVOY-DESIGNATE": true}

// envoyHost reports whether piece i of a mention is the actor an envoy
// is sent to, not the one the envoy represents: it follows "to" (or "to
// the") right after an envoy word (the agent may hold the "to"), and an actor named before the envoy
// word is the envoy's own ("the European Union ambassador to the WTO" is
// the EU's, "Kenya's envoy to the UN" Kenya's). Without an actor before,
// the mention keeps what it has ("the ambassador to Kenya").
func envoyHost(toks []token, ps []piece, i int) bool {
	if i < 2 {
		return false
	}
	g := ps[i].start - 1
	if g >= 0 && toks[g].up == "THE" {
		g--
	}
	if g < 0 || toks[g].up != "TO" {
		return false
	}
	// the agent ends before "to", or holds it ("AMBASSADOR TO")
	ag := ps[i-1]
	if ag.agent == nil || ag.end != g && ag.end != g+1 || g == 0 || !envoyWords[toks[g-1].up] {
		return false
	}
	for _, q := range ps[:i-1] {
		if q.actor != nil {
			return true
		}
	}
	return false
}

// stateRole reports whether a role code names a part of a state or a
// political body ("~GOV", "~COP", "~LEG", "~OPP", "~REB", …): the role
// words that may stand alone as an actor with the article's country.
// People at large ("civilians", "people", "workers") do not: in a
// sentence naming no country they are seldom the event's participant.
func stateRole(suffix string) bool {
	if len(suffix) < 3 {
		return false
	}
	switch suffix[:3] {
	case "GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB", "SPY", "INS", "PTY":
		return true
	}
	return false
}

// definiteRole reports whether a role word standing alone refers to a
// body or group: plural ("MPs", "ministers", "police") or after "the"
// ("the government", "the army"); a singular without it ("a captain",
// "naval", "court") is a noun.
func definiteRole(toks []token, a, b int) bool {
	last := toks[b-1].up
	if strings.HasSuffix(last, "-HELD") || strings.HasSuffix(last, "-CONTROLLED") {
		return true // "a rebel-held town": the rebels (heldBy)
	}
	if last == "POLICE" || strings.HasSuffix(last, "S") && !strings.HasSuffix(last, "SS") || strings.HasSuffix(last, "MEN") {
		return true
	}
	return a > 0 && toks[a-1].up == "THE"
}

// bodyRole reports whether a role word standing alone is an actor to be
// placed in a country: a state's or political body's role
// (stateRole) used definitely (definiteRole), or a role of two words or
// more after "a"/"an" ("a union leader", "a senior official": one
// person of that body, not a generic noun as "a captain"); a union's
// role (~LAB) counts when its phrase has two words or more ("union
// leader", "trade unions"), not "workers".
func bodyRole(toks []token, suffix string, a, b int) bool {
	multi := b-a >= 2
	if !stateRole(suffix) && !(multi && strings.HasPrefix(suffix, "LAB")) {
		return false
	}
	if definiteRole(toks, a, b) || judicialRole(toks, a, b, suffix) {
		return true
	}
	return multi && a > 0 && (toks[a-1].up == "A" || toks[a-1].up == "AN")
}

// partyEntry reports whether an actor entry names a political party: the
// generator's row of politics.tsv or parties.tsv says "party", or a name
// of the entry has the word "PARTY" ("COMMUNIST PARTY OF CHINA").
func partyEntry(a *dict.Actor) bool {
	if strings.Contains(a.Origin, "(party,") {
		return true
	}
	for _, n := range a.Names {
		for _, w := range n {
			if w.Text == "PARTY" || w.Text == "PARTY'S" {
				return true
			}
		}
	}
	return false
}

// partyMemberNouns name a party's own people, who are neither its
// government nor the legislature: Phoenix.agents.txt codes PARTY_MEMBER
// and PRESIDENTIAL_CANDIDATE ~PTY ("Labour members", "Tory activists",
// "a Conservative candidate", "Republican delegates").
var partyMemberNouns = map[string]bool{"MEMBER": true, "MEMBERS": true, "ACTIVIST": true, "ACTIVISTS": true,
	"CANDIDATE": true, "CANDIDATES": true, "DELEGATE": true, "DELEGATES": true}

// prospectiveWords before a party's legislators make them candidates
// ("prospective Labour MPs"), the party's people, not the legislature.
var prospectiveWords = map[string]bool{"PROSPECTIVE": true, "WOULD-BE": true, "ASPIRING": true}

// partyBeforeMember reports whether the actor match of na words at i is
// a party's capitalised name right before one of its people's nouns that
// an agent of more words swallows ("Labour activists", Phoenix's
// LABOUR_ACTIVIST ~LAB, a trade unionist): the party's name stands.
func partyBeforeMember(toks []token, i, na, ng int, acts []*dict.Actor) bool {
	if na == 0 || ng != na+1 || !toks[i].capital || !partyMemberNouns[toks[i+na].up] || toks[i+na].capital {
		return false
	}
	return partyEntry(acts[0])
}

// partyPeople reports whether a party's name (person, a party's entry)
// names the party's own people (~PTY, as Phoenix's PARTY_MEMBER): a
// member's noun follows it, as an agent piece ("Tory delegates",
// "Labour activists") or as the word right after the mention at end
// ("Labour members", "a Labour candidate": extra 1, the noun joins the
// mention); or a legislator's role word follows it after "prospective"
// ("prospective Labour MPs": candidates).
func partyPeople(toks []token, person, agent *piece, start, end int) (extra int, ok bool) {
	if !partyEntry(person.actor) || person.end-person.start > 4 {
		return 0, false
	}
	if agent != nil {
		if agent.start != person.end || agent.end != end {
			return 0, false
		}
		if agent.end-agent.start == 1 && partyMemberNouns[toks[agent.start].up] {
			return 0, true
		}
		suf, _ := agentSuffix(toks, agent)
		return 0, strings.HasPrefix(suf, "LEG") && start > 0 && prospectiveWords[toks[start-1].up]
	}
	if person.end != end || end >= len(toks) || toks[end].capital || !partyMemberNouns[toks[end].up] {
		return 0, false
	}
	return 1, true
}

// partyGatherings are a party's meetings whose delegates are its members.
var partyGatherings = map[string]bool{"CONFERENCE": true, "CONVENTION": true, "CONGRESS": true, "RALLY": true, "GATHERING": true}

// partyVenue reports whether the words from end name a party's gathering
// after "at" or "to" (partyGatheringFrom): "delegates at the Labour
// conference", "delegates to the party's convention". Phoenix's DELEGATE
// ~LEG is a legislator; a party's delegates are its members (~PTY).
func (st *state) partyVenue(toks []token, end int) bool {
	if end >= len(toks) || toks[end].up != "AT" && toks[end].up != "TO" {
		return false
	}
	return st.partyGatheringFrom(toks, end+1)
}

// partyGatheringFrom reports whether the words from k are a determiner,
// "party" or a party's name, and a gathering ("the Labour conference",
// "the party's spring conference", "a Labour Party gathering").
func (st *state) partyGatheringFrom(toks []token, k int) bool {
	if k < len(toks) && determiners[toks[k].up] {
		k++
	}
	if k < len(toks) && (toks[k].up == "PARTY" || toks[k].up == "PARTY'S") && !toks[k].capital {
		k++
	} else if acts, n := st.c.actors.longest(toks, k, nil); n > 0 && toks[k].capital && partyEntry(acts[0]) {
		k += n
	} else {
		return false
	}
	if k < len(toks) && toks[k].up == "'S" {
		k++
	}
	if k < len(toks) && (toks[k].up == "ANNUAL" || toks[k].up == "SPRING" || toks[k].up == "AUTUMN" || toks[k].up == "NATIONAL") {
		k++
	}
	return k < len(toks) && partyGatherings[toks[k].up]
}

// gatheringCues are the spellings a sentence naming a gathering holds.
var gatheringCues = []string{"onference", "onvention", "athering", "ongress", "ally"}

// partyMeeting reports whether the article names a party's gathering
// anywhere (partyGatheringFrom after a determiner): its bare "delegates"
// are then that party's ("Unveiling the slogan at the party's spring
// conference, … He told delegates that …"). Counted on first use.
func (st *state) partyMeeting() bool {
	if st.partyMeet != 0 {
		return st.partyMeet > 0
	}
	st.partyMeet = -1
	var toks []token
	for _, sp := range st.sents {
		sent := st.text[sp.start:sp.end]
		cue := false
		for _, c := range gatheringCues {
			if strings.Contains(sent, c) {
				cue = true
				break
			}
		}
		if !cue {
			continue
		}
		toks = tokenize(sent, toks)
		for i := range toks {
			if determiners[toks[i].up] && st.partyGatheringFrom(toks, i) {
				st.partyMeet = 1
				return true
			}
		}
	}
	return false
}

// audienceVerbs address an audience: a politician's audience of
// activists is the politician's party.
var audienceVerbs = map[string]bool{"TOLD": true, "TELLING": true, "TELLS": true, "ADDRESSED": true, "ADDRESSING": true,
	"ADDRESSES": true, "URGED": true, "URGING": true, "URGES": true, "RALLIED": true}

// partyAudience: bare "activists" (Phoenix's ACTIVIST ~OPP, an opposition
// campaigner) right after a verb that addresses an audience, whose
// sentence's mention before it is a politician (a person coded GOV, OPP,
// LEG or PTY), are the politician's party's activists, ~PTY: "Mr Straw
// told activists in Blackburn" (the Foreign Secretary's Labour
// activists, not an opposition).
func partyAudience(toks []token, out []mention) {
	for j := 1; j < len(out); j++ {
		m := &out[j]
		if len(m.members) != 1 || m.end-m.start != 1 || m.start < 1 || !audienceVerbs[toks[m.start-1].up] {
			continue
		}
		a := &m.members[0]
		if !a.needCountry && !a.bare || !strings.HasPrefix(a.suffix, "OPP") || !strings.HasPrefix(toks[m.start].up, "ACTIVIST") {
			continue
		}
		prev := out[j-1].members
		if len(prev) != 1 || !prev[0].person || !politicalRival(prev[0].actor) || prev[0].actor.Code[3:6] == "ELI" {
			continue
		}
		a.suffix = "PTY"
		a.explain = append(a.explain, "activists a politician addresses are the politician's party's, ~PTY")
	}
}
