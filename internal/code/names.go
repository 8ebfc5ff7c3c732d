// Names and codes: person and organisation names, acronyms, forenames,
// firms, officers and the countries of codes.

package code

import (
	"strings"
	"unicode"

	"dyad/internal/dict"
)

// isPersonName reports whether an actor entry is a named person or body
// with a role code (not a country adjective such as "CHINESE").
func isPersonName(a *dict.Actor) bool {
	for _, c := range a.Codes {
		if len(c.Code) > 3 {
			return true
		}
	}
	return false
}

// nearestCountry is the country of the dated code nearest to date (the
// last term that ended before it, else the first that begins after it),
// if it is a country's; "" otherwise.
func nearestCountry(a *dict.Actor, date string) string {
	if date == "" {
		return ""
	}
	before, after := "", ""
	var bEnd, aStart string
	for _, c := range a.Codes {
		switch {
		case c.To != "" && c.To < date:
			if before == "" || c.To > bEnd {
				before, bEnd = c.Code, c.To
			}
		case c.From != "" && c.From > date:
			if after == "" || c.From < aStart {
				after, aStart = c.Code, c.From
			}
		}
	}
	if before != "" {
		return countryOf(before)
	}
	return countryOf(after)
}

// countryOf returns the country part of a CAMEO actor code.
func countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	c := code[:3]
	switch c {
	case "IGO", "NGO", "IMG", "MNC", "UAF", "REB", "GOV", "MIL", "OPP", "BUS", "CVL", "MED", "EDU", "ELI", "LEG", "JUD", "COP", "SPY", "NGM", "---":
		return ""
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return ""
		}
	}
	return c
}

func text(sent string, toks []token, a, b int) string {
	if a >= b || b > len(toks) {
		return ""
	}
	return sent[toks[a].start:toks[b-1].end]
}

// withEntry appends to an explanation the entry that made a member
// (entryExplain) when the coder explains (Options.Explain): nothing
// else reads the strings, and making them was a good part of the cost
// of resolving a mention.
func (st *state) withEntry(explain []string, p dict.Pos, origin string, name dict.Phrase, code string) []string {
	if !st.c.opts.Explain {
		return explain
	}
	return append(explain, entryExplain(p, origin, name, code))
}

func entryExplain(p dict.Pos, origin string, name dict.Phrase, code string) string {
	s := p.String() + " " + name.String() + " [" + code + "]"
	if origin != "" {
		s += " (from " + origin + ")"
	}
	return s
}

// personName is the name a person was matched by, or the entry's full
// name when only a surname matched ("Putin" → "Vladimir Putin").
func personName(sent string, toks []token, p *piece) string {
	matched := text(sent, toks, p.start, p.end)
	head := p.actor.Names[0]
	if p.end-p.start > 1 || len(head) < 2 {
		return matched
	}
	words := make([]string, len(head))
	for i, w := range head {
		words[i] = titleWord(w.Text)
	}
	return strings.Join(words, " ")
}

func titleWord(w string) string {
	r := []rune(strings.ToLower(w))
	for i := range r {
		if i == 0 || r[i-1] == '-' || r[i-1] == '\'' {
			r[i] = unicode.ToUpper(r[i])
		}
	}
	return string(r)
}

// countryName is how the article named a country ("China"), else its code.
func (st *state) countryName(code string) string {
	if name := st.names[code]; name != "" {
		return name
	}
	return code
}

// bodyNouns head a role that names an institution, not a person.
var bodyNouns = map[string]bool{
	"GOVERNMENT": true, "ADMINISTRATION": true, "MINISTRY": true, "DEPARTMENT": true, "OFFICE": true,
	"PARLIAMENT": true, "CONGRESS": true, "SENATE": true, "ASSEMBLY": true, "CABINET": true, "REGIME": true,
	"ARMY": true, "NAVY": true, "MILITARY": true, "POLICE": true, "PARTY": true, "COURT": true,
	"COMMISSION": true, "COUNCIL": true, "AGENCY": true, "COMMITTEE": true, "AUTHORITY": true,
	"EMBASSY": true, "PRESIDENCY": true, "EXECUTIVE": true, "JUDICIARY": true, "GOVT": true, "GOVT.": true,
	"LEADERSHIP": true, "OPPOSITION": true, "COALITION": true, "TREASURY": true, "FIRM": true, "COMPANY": true,
	// the media's bodies (rejudge13): "the newspaper … he" is never the paper
	"NEWSPAPER": true, "PAPER": true, "MAGAZINE": true, "GAZETTE": true, "TABLOID": true, "MEDIA": true, "PRESS": true,
	"TELEVISION": true, "TV": true, "RADIO": true, "STATION": true, "WEBSITE": true, "PUBLICATION": true, "OUTLET": true,
	"HOUSE": true, "CHAMBER": true, // "the White House", "the House", "the upper chamber", "the Chamber of Commerce"
}

// roleHead is the head word of a role mention without a name: the word
// before its first "of" ("the government of Equatorial Guinea", "the
// Secretary of the Army") or "in" ("rebels in Nicaragua"), else its last
// word.
func roleHead(toks []token, start, end int) string {
	for k := start + 1; k < end-1; k++ {
		if toks[k].up == "OF" || toks[k].up == "IN" {
			return toks[k-1].up
		}
	}
	return toks[end-1].up
}

// bodyWord reports whether w, the last word of a role without a name,
// names a body ("government", "ministry") or many ("ministers",
// "officials"), which "he" and "she" do not stand for.
func bodyWord(w string) bool {
	if bodyNouns[w] || orgHead(w) && w != "GUARD" {
		return true // "Cardiff University", "the intelligence service" (coref14); "a border guard" is one
	}
	if w == "PEOPLE" || w == "CHILDREN" || strings.HasSuffix(w, "MEN") {
		return true // plurals without an s ("women", "gunmen"): many, never "he" or "she" (pron18)
	}
	return len(w) > 3 && strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS") && !strings.HasSuffix(w, "US")
}

// orgEntry reports whether an entry names an organisation, not a person:
// its main name has a body's head word, the last word before "of" or
// the last word ("UNITED STATES SUPREME COURT", "INTERNATIONAL LABOUR
// ORGANIZATION", "BANK OF ENGLAND"; not "PRESIDENT OF THE UNITED
// STATES" or "GOVERNOR OF THE BANK OF ENGLAND"). Only the main name: an
// entry such as "WHITE HOUSE" also lists its spokesmen, who are persons.
func orgEntry(a *dict.Actor) bool {
	for _, n := range a.Names[:min(1, len(a.Names))] {
		if len(n) < 2 {
			continue
		}
		h := len(n) - 1
		for k := 1; k < len(n); k++ {
			if n[k].Text == "OF" {
				h = k - 1
				break
			}
		}
		if w := n[h].Text; bodyNouns[w] || orgHead(w) {
			return true
		}
	}
	return seatEntry(a)
}

// seatHeads end the name of a seat of government that news names for
// the government ("Downing Street", "the Elysee Palace"); seatWords are
// such names of one word ("the Kremlin").
var (
	seatHeads = map[string]bool{"STREET": true, "PALACE": true}
	seatWords = map[string]bool{"KREMLIN": true}
)

// seatEntry reports whether an entry names a seat of government, a
// building, not a person: its main name ends with a seat's head word or
// is a seat's one word, and one of its codes holds at any date (a
// person named "Maryan Street" holds hers in a term).
func seatEntry(a *dict.Actor) bool {
	if len(a.Names) == 0 || len(a.Names[0]) == 0 {
		return false
	}
	n := a.Names[0]
	if !seatHeads[n[len(n)-1].Text] && !(len(n) == 1 && seatWords[n[0].Text]) {
		return false
	}
	for _, c := range a.Codes {
		if c.From == "" && c.To == "" {
			return true
		}
	}
	return false
}

// partyBody reports whether the entry matched by the words start..end
// names a body by those words: a party ("the Liberal Democrats", "Lib
// Dem") or an organisation (orgEntry) named by a name of the entry that
// does not end with one person's office ("the Labour leader", "Lib Dem
// leader", "White House spokesman" are persons).
func partyBody(toks []token, a *dict.Actor, start, end int) bool {
	if end <= start || end > len(toks) || personOffices[strings.TrimSuffix(toks[end-1].up, "'S")] {
		return false
	}
	return (orgEntry(a) || partyName(a)) && !officerNext(toks, end)
}

// officerNext reports whether a lower-case role word and a person's
// title or name follow token end-1 ("Liberal Democrat peer Lord Carlile",
// "Labour lawyer Jane Smith"): the name before them is that person's
// affiliation, and the mention stands for the person.
func officerNext(toks []token, end int) bool {
	if end+1 >= len(toks) {
		return false
	}
	w, n := toks[end], toks[end+1]
	if w.punct || w.capital || functionWords[w.up] || n.punct || !n.capital {
		return false
	}
	_, title := titles[n.up]
	return title || roleNouns[w.up]
}

// partyName reports whether an entry is a political party's by the
// generator's row ("(party," in its origin) or its main name ("COMMUNIST
// PARTY OF CHINA"); not by another of its names ("HEZBOLLAH" lists
// "PARTY OF GOD" and its leader).
func partyName(a *dict.Actor) bool {
	if strings.Contains(a.Origin, "(party,") {
		return true
	}
	for _, w := range a.Names[:min(1, len(a.Names))] {
		for _, t := range w {
			if t.Text == "PARTY" {
				return true
			}
		}
	}
	return false
}

// personOffices end a name that stands for one person holding an office
// of a body ("LABOUR LEADER", "WHITE HOUSE SPOKESMAN").
var personOffices = map[string]bool{
	"LEADER": true, "CHAIRMAN": true, "CHAIRWOMAN": true, "SPOKESMAN": true, "SPOKESWOMAN": true,
	"PRESIDENT": true, "SECRETARY": true, "MINISTER": true, "CHIEF": true, "CHANCELLOR": true,
	"GOVERNOR": true, "SPEAKER": true, "DIRECTOR": true, "HEAD": true, "CHAIR": true,
}

// acronym reports whether the words start..end (after an article) are
// written in capitals only, each of two letters or more ("the UN",
// "ILO", "FBI"): an organisation's short name, not a person's.
func acronym(toks []token, start, end int) bool {
	if start < 0 || end <= start || end > len(toks) {
		return false
	}
	n := 0
	for _, t := range toks[start:end] {
		if functionWords[t.up] && n == 0 {
			continue // "the UN"
		}
		if t.lower || !t.capital || t.punct || len(t.up) < 2 {
			return false
		}
		n++
	}
	return n > 0
}

// otherForename reports whether the capitalised word at i, the first
// word of the name of a person met before, is here the forename of
// another: a capitalised name word follows that is not that person's
// last name ("Thomas Jefferson … Thomas Hobbes would be smiling", "Tony
// Blair … Tony Benn said"). A surname met before stays the person's
// ("Blair", "Mr Blair").
func otherForename(toks []token, i int, name string) bool {
	f := strings.Fields(strings.ToUpper(name))
	if len(f) < 2 || toks[i].up != f[0] || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.capital && n.lower && !n.punct && !functionWords[n.up] && n.up != f[len(f)-1]
}

// firmCode reports whether an actor code is a firm's (MNC…, …BUS…).
func firmCode(code string) bool {
	return strings.HasPrefix(code, "MNC") || strings.Contains(code, "BUS")
}

// officerAfter reports whether a title and a name follow at i: three
// capitalised words or more ("IMF Managing Director Michel Camdessus",
// "Senate Majority Leader Roger Moe"; not "the UN Convention on …",
// "the ILO by the end"). The organisation then names its officer.
func officerAfter(toks []token, i int) bool {
	n := 0
	for k := i; k < len(toks) && toks[k].capital && !toks[k].punct && !functionWords[toks[k].up]; k++ {
		n++
	}
	return n >= 3
}

// orgHead reports whether w heads the name of an organisation ("Cardiff
// University", "the Workers' Educational Association").
func orgHead(w string) bool {
	return bodyHeads[w] || nameBodyNouns[w] || orgHeads[w] && !personHeads[w]
}

// personHeads are words of orgHeads that end persons' names too ("Kanye
// West").
var personHeads = map[string]bool{"WEST": true, "OPEN": true, "CAPITAL": true, "POST": true, "UNITED": true, "TIMES": true}

// officeRoles are the sectors of a state office a person holds.
var officeRoles = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true}

// exOffice reports whether "former" or "ex-" comes right before a mention
// or inside it, before its last word ("Former U.S. President Barack
// Obama", "ex-minister John Okello", "the country's former defence
// minister").
func exOffice(toks []token, start, end int) bool {
	from := start - 1
	if from >= 1 && !toks[from].punct && !toks[from].capital && strings.HasPrefix(toks[from-1].up, "EX-") {
		from-- // "ex-foreign secretary Robin Cook": "ex-" joined to the title's first word
	}
	for k := max(0, from); k < end-1; k++ {
		w := toks[k].up
		if w == "FORMER" || strings.HasPrefix(w, "EX-") || w == "EX" && k+1 < len(toks) && (toks[k+1].up == "-" || toks[k+1].start == toks[k].end) {
			return true
		}
	}
	return false
}
