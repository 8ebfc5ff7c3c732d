// Peers and judges named by a British title before a surname that no
// dictionary entry holds: "Lord Okello", "Baroness Otieno", "Lord
// Justice Mwangi".

package code

import "dyad/internal/dict"

// peerTitles name a member of the House of Lords before the surname of
// the peerage ("Lord Okello", "Baroness Otieno", "Lady Otieno").
var peerTitles = map[string]bool{"LORD": true, "BARONESS": true, "LADY": true}

// judgeTitles stand before "Justice" and a surname in the title of a
// judge of the courts of England and Wales ("Lord Justice Mwangi" of
// the Court of Appeal, "Mr Justice Okello" of the High Court).
var judgeTitles = map[string]bool{"LORD": true, "LADY": true, "MR": true, "MRS": true}

// peerAgent and judgeAgent are the roles the titles give: a peer sits in
// the House of Lords, the legislature (Phoenix's LEG, as "HOUSE OF
// LORDS" is GBRLEG); a judge of a court is JUD.
var (
	peerAgent  = &dict.Agent{Names: []dict.Phrase{{{Text: "LORD"}}}, Code: "~LEG", Origin: "a peer's title before a surname no entry holds (peer.go)"}
	judgeAgent = &dict.Agent{Names: []dict.Phrase{{{Text: "LORD JUSTICE"}}}, Code: "~JUD", Origin: "a judge's title before a surname no entry holds (peer.go)"}
)

// peerRoleNouns before a peer's title, or opening an apposition after
// the name, say in which capacity the peer acts ("BP chief executive Lord
// Okello", "fertility expert Lord Okello", "Lord Okello, chairman of
// the regulator,"): not as a legislator.
var peerRoleNouns = map[string]bool{"EXPERT": true, "SCIENTIST": true, "NEUROSCIENTIST": true, "HEAD": true,
	"CHIEF": true, "PRESIDENT": true, "DOCTOR": true, "PEER'S": true, "BISHOP": true, "JUDGE": true}

// peerTitle reads a capitalised "Lord", "Baroness" or "Lady" at token i
// before a capitalised surname (or a given name and a surname:
// "Baroness Jane Otieno") that opens no entry or role word, optionally
// with its territorial designation ("Lord Okello of Kisumu"), as a peer
// whom the dictionaries lack, whose country only a British tie in the
// story gives (peerCountry). The title alone says no role: most peers
// named in news act as ministers, judges, former officials, business
// people or scientists, and the seat in the Lords is the role only when
// the text says so; the peer is coded when it does: an office before or
// apposed ("Attorney General Lord Okello", "Lord Okello, the Lord Chief
// Justice,": that office, peerOffice), "peer" before or apposed
// ("Labour peer Lord Okello", "Lord Okello, a crossbench peer,": the
// legislature, LEG), an entry with a role joined ("law lord Lord
// Okello": its code). A later "Lord Okello" is that person (an alias). A
// capitalised word after the name ("Lady Marmalade Records") makes it
// some other name; "Lord of the Rings", "Lord's" (a cricket ground) and
// "Lord Chancellor" (an agent) are no peer. A role noun right before
// the title or opening an apposition after the name ("chief executive
// Lord Okello", "Lord Okello, chairman of …") is the capacity the peer
// acts in: no piece. "Lord Justice", "Lady Justice", "Mr Justice" and
// "Mrs Justice" before a surname are a judge, JUD.
func (st *state) peerTitle(toks []token, i int) (piece, bool) {
	c := st.c
	if c.set.TabariRules || i+1 >= len(toks) {
		return piece{}, false
	}
	t := toks[i]
	if !t.capital || !t.lower || !peerTitles[t.up] && !judgeTitles[t.up] {
		return piece{}, false
	}
	ag, s := peerAgent, i+1
	if judgeTitles[t.up] && toks[i+1].up == "JUSTICE" && toks[i+1].capital {
		ag, s = judgeAgent, i+2
	} else if !peerTitles[t.up] {
		return piece{}, false
	}
	e, ok := st.peerName(toks, s)
	if !ok {
		return piece{}, false
	}
	if i > 0 && !toks[i-1].punct && (roleNouns[toks[i-1].up] || peerRoleNouns[toks[i-1].up]) {
		return piece{}, false // "BP chief executive Lord Okello": the firm's officer
	}
	if e+2 < len(toks) && toks[e].up == "," {
		k := e + 1
		if appositeLead[toks[k].up] {
			k++
		}
		if roleNouns[toks[k].up] || peerRoleNouns[toks[k].up] {
			return piece{}, false // "Lord Okello, chairman of the regulator,"
		}
	}
	return piece{start: i, end: e, agent: ag, peer: true}, true
}

// peerName reads the name of a peer from token s: a capitalised surname
// (after a given name, when the dictionaries know it as one) that no
// entry, role word or earlier name of the article begins, then "of"
// and a capitalised place that is no actor; the end of the name, and
// whether there is one.
func (st *state) peerName(toks []token, s int) (int, bool) {
	c := st.c
	name := func(k int) bool {
		if k >= len(toks) {
			return false
		}
		w := toks[k]
		if !w.capital || w.punct || !w.lower || functionWords[w.up] || len(w.up) < 2 || !surnameWord(w.up) {
			return false
		}
		_, title := titles[w.up]
		return !title
	}
	if !name(s) {
		return 0, false
	}
	if _, n := c.actors.longest(toks, s, nil); n > 0 {
		return 0, false
	}
	if _, n := c.agents.longest(toks, s, nil); n > 0 {
		return 0, false // "Lord Mayor", "Lord Chief Justice": an office
	}
	if _, ok := st.aliases[toks[s].up]; ok {
		return 0, false // the person named before: the surname is that person
	}
	e := s + 1
	if name(e) && c.givenNames[toks[s].up] > 0 {
		if _, n := c.actors.longest(toks, e, nil); n > 0 {
			return 0, false
		}
		e++ // "Baroness Jane Otieno"
	}
	if name(e) {
		return 0, false // "Lady Marmalade Records": another name
	}
	if e+1 < len(toks) && toks[e].up == "OF" && !toks[e].capital && name(e+1) && (e+2 >= len(toks) || !toks[e+2].capital || toks[e+2].punct) {
		e += 2 // "Lord Okello of Kisumu": the peerage's place, no actor
	}
	return e, true
}

// peerCountry places a peer or a British judge whom the dictionaries
// lack: in Britain when the outlet is British or the article names
// Britain or a British actor (Britain's own titles); in a story with no
// British tie, nowhere ("" : no actor), never in the article's main
// country, which may be another.
func (st *state) peerCountry() string {
	if st.outlet == "GBR" || st.country["GBR"] > 0 {
		return "GBR"
	}
	if st.sents != nil {
		st.dominantCountry()
		if st.countAll["GBR"] > 0 {
			return "GBR"
		}
	}
	return ""
}

// placePeer gives a peer's member its country (peerCountry), or leaves
// it no actor; reports whether the member was a peer's.
func (st *state) placePeer(m *member) bool {
	if !m.peer || st.c.set.TabariRules {
		return false
	}
	if m.peerOnly {
		m.needCountry = false
		m.explain = append(m.explain, "a peer's title alone, no office, party or \"peer\" named: no actor")
		return true
	}
	if c := st.peerCountry(); c != "" {
		m.actor.Code, m.actor.Country = c+m.suffix, c
		m.explain = append(m.explain, "country "+c+" from a British title (the story names Britain or a British actor, or the outlet is British)")
		exElite(m)
		return true
	}
	m.needCountry = false
	m.explain = append(m.explain, "a British title in a story with no British tie: no actor")
	return true
}

// peerOffice gives a peer or judge named in apposition to a role
// ("Lord Okello, the Lord Chief Justice, …", "the Lord Chancellor, Lord
// Okello, …", "Lord Okello, Minister for Sport, said") that role: the
// office the story names is what the person acts as, not the seat in
// the Lords. The role is a state's office or the opposition's (a person
// of the role's mention, coded by its role word alone), set off by a
// comma on each side (or the sentence's end); between the comma and the
// role, an article, "former", "Lord" or lower-case qualifiers ("Lord
// Okello, a junior agriculture minister, told …"), three words at most.
func peerOffice(toks []token, out []mention) {
	closed := func(e int) bool { return e >= len(toks) || toks[e].punct }
	for k := range out {
		m := &out[k]
		if len(m.members) != 1 || !m.members[0].peer || !m.members[0].needCountry {
			continue
		}
		mem := &m.members[0]
		var role *member
		if k+1 < len(out) && m.end < len(toks) && toks[m.end].up == "," && closed(out[k+1].end) {
			gap := true
			for g := m.end + 1; g < out[k+1].start; g++ {
				if !appositeLead[toks[g].up] && !peerTitles[toks[g].up] && (toks[g].capital || toks[g].punct || functionWords[toks[g].up]) {
					gap = false // "a junior agriculture minister": lower-case words qualify the role
				}
			}
			if gap && out[k+1].start-m.end <= 4 {
				role = officeRole(out[k+1])
			}
		}
		if role == nil && k > 0 && m.start > 0 && toks[m.start-1].up == "," && out[k-1].end == m.start-1 && closed(m.end) {
			role = officeRole(out[k-1])
		}
		if role == nil && peerApposed(toks, m.end) {
			mem.peerOnly = false // "Lord Okello, a Labour peer,": the text names the seat
			mem.explain = append(mem.explain, "a peer in apposition: ~LEG")
			continue
		}
		if role == nil || role.suffix == mem.suffix || role.exOff {
			continue // "Lord Okello, a former MP,": the seat in the Lords is the peer's now
		}
		mem.peerOnly = false
		mem.suffix = role.suffix
		mem.explain = append(mem.explain, "in apposition to the office "+role.actor.Name+": ~"+role.suffix)
	}
}

// officeRole is the member of a mention that is one person named by a
// state's or the opposition's office alone, with no country yet ("the
// Lord Chief Justice", "Minister for Sport"), or nil.
func officeRole(m mention) *member {
	if len(m.members) != 1 {
		return nil
	}
	r := &m.members[0]
	if !r.person || r.named || r.peer || r.body || r.aliased || r.actor.Code != "" || len(r.suffix) < 3 || !officeRoles[r.suffix[:3]] && r.suffix[:3] != "OPP" {
		return nil
	}
	return r
}

// peerApposed reports whether an apposition after the comma at token e
// calls the person a peer ("Lord Okello, a Labour peer,", "Lord Okello,
// a crossbench peer and former judge,"): an article or "former" and up
// to two words before "peer".
func peerApposed(toks []token, e int) bool {
	if e+2 >= len(toks) || toks[e].up != "," {
		return false
	}
	k := e + 1
	if appositeLead[toks[k].up] {
		k++
	}
	for n := 0; k < len(toks) && n <= 2; k, n = k+1, n+1 {
		switch {
		case toks[k].up == "PEER" && !toks[k].capital:
			return true
		case toks[k].punct || functionWords[toks[k].up]:
			return false
		}
	}
	return false
}
