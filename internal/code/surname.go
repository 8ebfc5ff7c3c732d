// Officeholders named by a title of office and a surname ("President
// Museveni", "Prime Minister Modi") that the actor dictionary holds only
// under the full name ("YOWERI MUSEVENI").

package code

import (
	"strings"

	"dyad/internal/dict"
)

// addSurnames indexes an actor entry of a named person or body (a code
// with a role: isPersonName) under the last word of each of its names
// of two words or more ("YOWERI MUSEVENI" → MUSEVENI; a generational
// suffix is passed over: "MARTIN LUTHER KING JR." → KING).
func (c *Coder) addSurnames(a *dict.Actor) {
	if !isPersonName(a) {
		return
	}
	for _, n := range a.Names {
		if !personNameWords(n) {
			continue
		}
		k := len(n) - 1
		if k >= 1 && nameSuffixes[n[k].Text] {
			k--
		}
		if k < 1 || n[k].Stem || n[k].Gap {
			continue
		}
		w := foldAccents(n[k].Text)
		if len(w) < 3 || !surnameWord(w) {
			continue
		}
		if c.surnames == nil {
			c.surnames = map[string][]*dict.Actor{}
			c.givenNames = map[string]int{}
		}
		if g := foldAccents(n[0].Text); surnameWord(g) {
			c.givenNames[g]++
		}
		xs := c.surnames[w]
		if len(xs) > 0 && xs[len(xs)-1] == a {
			continue
		}
		c.surnames[w] = append(xs, a)
	}
}

// nameParticle reports whether a word continues a name after a given
// name: "de", "van", "bin", "al-Rassi", "d'Estaing".
func nameParticle(w string) bool {
	switch w {
	case "DE", "DA", "DI", "DO", "DOS", "DAS", "DEL", "DELLA", "DER", "DEN", "DES", "DU", "LA", "LE", "VAN", "VON",
		"BIN", "IBN", "BEN", "BINT", "AL", "EL", "TER", "TEN", "Y", "ST", "ST.":
		return true
	}
	for _, p := range []string{"AL-", "EL-", "AD-", "AS-", "AZ-", "AN-", "AR-", "AT-", "ASH-", "BIN-", "D'", "O'", "DI-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return true
		}
	}
	return false
}

// personNameWords reports whether a name of an entry reads as a
// person's: two to five words, none a function word or a word that
// names a body ("ISLAMIC REVOLUTIONARY GUARD CORPS", "CAMERON
// INTERNATIONAL CORPORATION" are no person).
func personNameWords(n dict.Phrase) bool {
	if len(n) < 2 || len(n) > 5 {
		return false
	}
	for _, w := range n {
		t := w.Text
		if functionWords[t] || stopJoin[t] || bodyNouns[t] || orgHeads[t] || bodyHeads[t] {
			return false
		}
	}
	return true
}

// bodyHeads end the names of bodies and groups.
var bodyHeads = map[string]bool{
	"CORPS": true, "FORCE": true, "FORCES": true, "FRONT": true, "MOVEMENT": true, "BRIGADE": true, "BRIGADES": true,
	"LEAGUE": true, "UNION": true, "ORGANIZATION": true, "ORGANISATION": true, "ASSOCIATION": true, "ALLIANCE": true,
	"FEDERATION": true, "CONGRESS": true, "SOCIETY": true, "NETWORK": true, "CENTER": true, "CENTRE": true,
	"SERVICE": true, "SERVICES": true, "GUARD": true, "GUARDS": true, "BATTALION": true, "REGIMENT": true,
	"DIVISION": true, "MILITIA": true, "ARMY": true, "TRUST": true, "FUND": true, "BOARD": true, "BUREAU": true,
	"ADMINISTRATION": true, "REPUBLIC": true, "KINGDOM": true, "STATES": true, "NATIONS": true, "ISLANDS": true,
}

// placeHeads end the names of places and days.
var placeHeads = map[string]bool{
	"STREET": true, "ROAD": true, "AVENUE": true, "SQUARE": true, "BRIDGE": true, "PARK": true, "HOUSE": true,
	"PALACE": true, "HALL": true, "DAY": true, "STATION": true, "ISLAND": true, "RIVER": true, "LANE": true,
}

// nameSuffixes follow a surname.
var nameSuffixes = map[string]bool{"JR": true, "JR.": true, "SR": true, "SR.": true, "II": true, "III": true, "IV": true}

// surnameWord reports whether w is letters (and inner hyphens or
// apostrophes) only.
func surnameWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || c >= 0x80 || (c == '-' || c == '\'') && i > 0 && i < len(w)-1) {
			return false
		}
	}
	return true
}

// titledSurname reads a capitalised word that no dictionary entry
// matches, right after a capitalised title of a state office (an agent
// whose role is GOV, LEG, MIL, JUD, COP or SPY: "President", "Prime
// Minister", "Chancellor", "Senator", "General"), and that ends the name
// (no capitalised word follows), as a surname: the person of the actor
// dictionary whose name ends with it and who holds, on the article's
// date, an office of the title's role ("President Museveni" in 2016:
// Yoweri Museveni, UGAGOV; "President Kenyatta" in 2016: Uhuru
// Kenyatta, not his father, an elite then). A country named right before
// the title narrows the persons to that country's ("Kenyan President
// Kenyatta"). Several such persons with one code (a president and a
// minister of one surname, both UGAGOV) give that code under the name
// as written; several codes, none: no guess. Not after "former" (the
// office is not held on the date).
func (st *state) titledSurname(toks []token, i int) (piece, bool) {
	c := st.c
	if c.set.TabariRules || len(c.surnames) == 0 || i == 0 || len(st.pieces) == 0 {
		return piece{}, false
	}
	t := toks[i]
	if !t.capital || t.punct || !t.lower || functionWords[t.up] {
		return piece{}, false
	}
	if i+1 < len(toks) && (toks[i+1].capital && !toks[i+1].punct || nameParticle(toks[i+1].up)) {
		return piece{}, false // "President Smith Jones", "Mayor Bill de Blasio", "Minister Abdallah al-Rassi": not a surname alone
	}
	ag := st.pieces[len(st.pieces)-1]
	if ag.agent == nil || ag.end != i || !toks[ag.start].capital {
		return piece{}, false
	}
	if bodyWord(toks[ag.end-1].up) || placeHeads[t.up] {
		return piece{}, false // "the Fifth Army Corps", "King Street": a body's or a place's name, not a person's
	}
	if b := ag.start - 1; b > 0 && toks[b].capital && !toks[b].punct && (len(st.pieces) < 2 || st.pieces[len(st.pieces)-2].end != ag.start) {
		return piece{}, false // "Martin Luther King Day": the title is a word of a longer name
	}
	suf, after := ag.agent.Suffix()
	if !after || len(suf) < 3 || !officeRoles[suf[:3]] || exOffice(toks, ag.start, i+1) {
		return piece{}, false
	}
	cands := c.surnames[t.up]
	if len(cands) == 0 || c.givenNames[t.up] > len(cands) {
		return piece{}, false // a given name more often than a surname ("Mayor Bill")
	}
	country := ""
	if len(st.pieces) >= 2 {
		p := st.pieces[len(st.pieces)-2]
		if p.actor != nil && (p.end == ag.start || p.end == ag.start-1 && toks[p.end].up == "'S") {
			if code := st.codeAt(p.actor); len(code) == 3 {
				country = code
			}
		}
	}
	var one *dict.Actor
	code, n := "", 0
	for _, a := range cands {
		ac := st.codeAt(a)
		if len(ac) < 6 || ac[3:6] != suf[:3] || countryOf(ac) == "" || country != "" && ac[:3] != country {
			continue
		}
		if n > 0 && ac != code {
			return piece{}, false // several offices: no guess
		}
		one, code, n = a, ac, n+1
	}
	switch {
	case n == 0:
		return piece{}, false
	case n > 1:
		// one code, several persons: the code under the name as written
		one = &dict.Actor{Names: []dict.Phrase{{{Text: t.up}}}, Codes: []dict.DatedCode{{Code: code}}, Pos: one.Pos,
			Origin: "the surname of several persons in this office"}
	}
	return piece{start: i, end: i + 1, actor: one, titled: true}, true
}

// honorifics before a surname: the titles a person is named with
// whatever office they hold ("Mr Museveni", "Mrs. Merkel", "Dr Rice").
var honorifics = map[string]bool{"MR": true, "MRS": true, "MS": true, "MISS": true, "DR": true}

// honorificSurname reads a capitalised word that no dictionary entry or
// earlier name matches, right after an honorific ("Mr", "Mrs", "Ms",
// "Miss", "Dr", with or without its dot) and ending the name, as a
// surname: the person of the actor dictionary whose name ends with it,
// when every person of that surname is of one country (else of the
// outlet's country, when the outlet is known: "Mr Howard" in a British
// outlet is not Australia's John Howard) and, of them, those who hold an
// office (GOV, LEG, MIL, JUD, COP, SPY) or lead the opposition (OPP) on the article's date have one
// code ("Mr Museveni" in 2016: Yoweri Museveni, UGAGOV; "Mr Kenyatta":
// Uhuru, in office, not his father). No one in office and one former
// officeholder (an elite on the date) of the outlet's country or of one
// the article has named: that person ("Britain … Mrs Thatcher" in 2005:
// GBRELI; not a one-sentence "Mr Bell" as Griffin Bell, a US attorney
// general of the 1970s); a businessman or anyone else: no guess.
// With a known outlet, a person of another country only when the article
// has named that country before. Not a word that begins more names than
// it ends ("Mr Bill"), nor one the article named in full before (noteNames).
func (st *state) honorificSurname(toks []token, i int) (piece, bool) {
	c := st.c
	if c.set.TabariRules || len(c.surnames) == 0 || i == 0 || !titleEndsAt(toks, i) {
		return piece{}, false
	}
	k := i - 1
	if toks[k].up == "." {
		k--
	}
	if !honorifics[strings.TrimSuffix(toks[k].up, ".")] {
		return piece{}, false
	}
	t := toks[i]
	if !t.capital || t.punct || !t.lower || functionWords[t.up] {
		return piece{}, false
	}
	if i+1 < len(toks) && (toks[i+1].capital && !toks[i+1].punct || nameParticle(toks[i+1].up)) {
		return piece{}, false // "Mr Smith Jones", "Mr de Gaulle": not a surname alone
	}
	if st.named[t.up] {
		return piece{}, false // "Platon Lebedev … Mr Lebedev": the person named in full before, whom no entry holds
	}
	cands := c.surnames[t.up]
	if len(cands) == 0 || c.givenNames[t.up] > len(cands) {
		return piece{}, false
	}
	country := ""
	for _, a := range cands {
		for _, dc := range a.Codes {
			if cc := countryOf(dc.Code); cc != "" && cc != country {
				if country != "" {
					country = "*"
				} else {
					country = cc
				}
			}
		}
	}
	if country == "" || country == "*" {
		if st.outlet == "" {
			return piece{}, false // persons of several countries: no guess
		}
		country = st.outlet
	} else if st.outlet != "" && country != st.outlet && st.country[country] == 0 {
		return piece{}, false // "Mr McConnell" in a British story that names no US actor: not a US namesake
	}
	var one, any *dict.Actor
	code, n, persons := "", 0, 0
	for _, a := range cands {
		ac := st.codeAt(a)
		if ac == "" || countryOf(ac) != country {
			continue
		}
		if len(ac) >= 6 && ac[3:6] == "ELI" {
			persons++
			any = a
		}
		if len(ac) < 6 || !officeRoles[ac[3:6]] && ac[3:6] != "OPP" {
			continue
		}
		if n > 0 && ac != code {
			return piece{}, false // several offices: no guess
		}
		one, code, n = a, ac, n+1
	}
	switch {
	case n == 0 && persons == 1 && (country == st.outlet || st.country[country] > 0):
		one = any
	case n == 0:
		return piece{}, false
	case n > 1:
		one = &dict.Actor{Names: []dict.Phrase{{{Text: t.up}}}, Codes: []dict.DatedCode{{Code: code}}, Pos: one.Pos,
			Origin: "the surname of several persons in this office"}
	}
	return piece{start: k, end: i + 1, actor: one}, true
}

// namesake reports whether a one-word name of a person's entry at token
// i ("HASSAN", Jordan's Prince Hassan) is the surname of someone else:
// right after a capitalised given name that no entry or role word took
// and that is none of the entry's (otherGiven: "Margaret Hassan", "Ivana
// Trump"; "Bashar Assad" is matched whole), or, once such a person was
// named, right after an honorific ("Mrs Hassan").
func (st *state) namesake(toks []token, i, n int, acts []*dict.Actor) bool {
	c := st.c
	if c.set.TabariRules || n != 1 || i == 0 || !toks[i].capital || len(c.givenNames) == 0 {
		return false
	}
	for _, a := range acts {
		if !isPersonName(a) || len(a.Names[0]) > 1 && !personNameWords(a.Names[0]) {
			return false // a body's entry ("LABOUR PARTY | LABOUR"): "New Labour" is no person
		}
	}
	w := toks[i].up
	if titleEndsAt(toks, i) {
		if al, ok := st.aliases[w]; ok && al.entry != nil {
			for _, a := range acts {
				if al.entry == a {
					return false // "Michelle Obama … Barack Obama … Mr. Obama": the entry's person was named too
				}
			}
		}
		if st.namesakes[w] && st.metEntry(toks, i, acts) {
			return false // "President Trump … Melania Trump … Mr. Trump": the title fits the person met before
		}
		return st.namesakes[w]
	}
	if !st.otherGiven(toks, i-1, acts) {
		return false // "Western Ukraine", "President Museveni", "Yoweri Museveni": no other person's given name
	}
	if st.namesakes == nil {
		st.namesakes = map[string]bool{}
	}
	st.namesakes[w] = true
	return true
}

// noteNames records the last word of each run of capitalised words in
// the sentence that is not opened by a title ("Platon Lebedev", "Jack
// McConnell", "Tony Blair"), for honorificSurname: the article named the
// person in full, and when no entry matched that name it is someone the
// dictionaries do not hold, not a namesake they do.
func (st *state) noteNames(toks []token) {
	if st.c.set.TabariRules {
		return
	}
	for k := 1; k < len(toks); k++ {
		a, b := toks[k-1], toks[k]
		if !a.capital || a.punct || !b.capital || b.punct || !b.lower || functionWords[a.up] {
			continue
		}
		if _, title := titles[a.up]; title {
			continue
		}
		if st.named == nil {
			st.named = map[string]bool{}
		}
		st.named[b.up] = true
	}
}

// orgTitle reports whether a title of a state office (an agent of role
// GOV, LEG, MIL, JUD, COP or SPY) at token a follows the name of an
// organisation no dictionary holds: an acronym ("AFL-CIO President",
// "AFT President") or a word that heads a body's name ("Bank
// President", "Council President"), in a sentence not written in
// capitals. Such a president or chairman holds the organisation's
// office, not a state's.
func orgTitle(toks []token, a int, agent *piece) bool {
	if agent == nil || agent.start != a || a == 0 || !toks[a].lower {
		return false
	}
	if suf, after := agent.agent.Suffix(); !after || len(suf) < 3 || !officeRoles[suf[:3]] {
		return false
	}
	w := toks[a-1]
	if !w.capital || w.punct || functionWords[w.up] || strings.HasPrefix(w.up, "EX-") || strings.HasPrefix(w.up, "ANTI-") || strings.HasPrefix(w.up, "PRO-") {
		return false
	}
	if orgHeads[w.up] || bodyHeads[w.up] || w.up == "COUNCIL" || w.up == "COMMISSION" || w.up == "COMMITTEE" || w.up == "INSTITUTE" || w.up == "RELATIONS" {
		return true
	}
	if w.lower || len(w.up) < 2 {
		return false
	}
	for i := 0; i < len(w.up); i++ {
		if c := w.up[i]; !(c >= 'A' && c <= 'Z' || c == '-' && i > 0 && i < len(w.up)-1) {
			return false
		}
	}
	return true
}

// abbrevTitles are titles of office written short with a dot before a
// name ("Sen. Ted Cruz", "Gov. John Kasich", "Gen. Joseph Dunford"), as
// the agents of their full words code them (SENATOR ~LEG, GOVERNOR
// ~GOV, CONGRESSMAN ~LEG, the military ranks ~MIL). The tokenizer splits
// the dot off, so that no agent matched them.
var abbrevTitles = func() map[string]*dict.Agent {
	m := map[string]*dict.Agent{}
	for _, a := range []struct{ ab, full, code string }{
		{"SEN", "SENATOR", "~LEG"}, {"REP", "REPRESENTATIVE", "~LEG"}, {"GOV", "GOVERNOR", "~GOV"},
		{"GEN", "GENERAL", "~MIL"}, {"LT", "LIEUTENANT", "~MIL"}, {"COL", "COLONEL", "~MIL"},
		{"ADM", "ADMIRAL", "~MIL"}, {"CAPT", "CAPTAIN", "~MIL"}, {"CMDR", "COMMANDER", "~MIL"},
		{"AMB", "AMBASSADOR", "~GOV"}, {"PRES", "PRESIDENT", "~GOV"},
	} {
		m[a.ab] = &dict.Agent{Names: []dict.Phrase{{{Text: a.ab + "."}}}, Code: a.code, Origin: "the abbreviation of " + a.full}
	}
	return m
}()

// abbrevTitle reads an abbreviated title with its dot at token i ("Sen.",
// "Gov.", and "Lt. Gen." as one) right before a capitalised name, as the
// title's agent.
func (st *state) abbrevTitle(toks []token, i int) (piece, bool) {
	if st.c.set.TabariRules {
		return piece{}, false
	}
	var ag *dict.Agent
	e := i
	for e+1 < len(toks) && toks[e].capital && toks[e].lower && toks[e+1].up == "." && toks[e+1].start == toks[e].end {
		a, ok := abbrevTitles[toks[e].up]
		if !ok {
			break
		}
		ag = a // "Lt. Gen.": the last rank
		e += 2
	}
	if ag == nil || e >= len(toks) || !toks[e].capital || toks[e].punct || functionWords[toks[e].up] {
		return piece{}, false
	}
	return piece{start: i, end: e, agent: ag}, true
}

// nameBeforeVerb reports whether a capitalised word that may be a verb
// ends a name instead ("Gov. Nathan Deal has vowed", "Sen. John Rice
// said"): written with a capital and lower-case letters, not opening
// the sentence, and followed by an auxiliary or a verb of saying; a verb
// in a title-case headline ("Senator John Smith Attacks Iran") is not.
func nameBeforeVerb(toks []token, e int) bool {
	if e == 0 || e+1 >= len(toks) || !toks[e].capital || !toks[e].lower || !toks[e-1].capital {
		return false
	}
	switch toks[e+1].up {
	case "HAS", "HAD", "HAVE", "IS", "WAS", "WILL", "WOULD", "SAID", "SAYS", "TOLD", "CAN", "COULD", "SHOULD", "MAY", "MIGHT", "MUST":
		return true
	}
	return false
}
