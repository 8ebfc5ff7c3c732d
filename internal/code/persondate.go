// Undated articles dated by the persons they name: a story that names
// Tony Blair and Michael Howard, and no year or title, is a story of the
// years both were in office.

package code

import (
	"sort"
	"strings"
	"sync"
	"time"

	"dyad/internal/actors"
	"dyad/internal/dict"
)

// bodyNames are the names, upper case, of the parties, institutions and
// organisations of internal/actors' tables: their dated codes are a
// party's years in government or opposition, no person's office.
var bodyNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	add := func(os []actors.Officeholder, party bool) {
		for _, o := range os {
			if !party || o.Role == "party" {
				m[strings.ToUpper(o.Name)] = true
			}
		}
	}
	add(actors.Parties(), false)
	add(actors.Institutions(), false)
	add(actors.Organisations(), false)
	add(actors.Politics(), true)
	return m
})

// span of dates, YYYY-MM-DD, to "9999" while running.
type dateSpan struct{ from, to string }

// namedPersons are the persons of the actor dictionary whom the text
// names by two words or more ("Tony Blair", "Mr Blair", "President
// Putin"), each once, with the dates they held an office or role (every
// dated code but an elite's, ELI), merged into stretches: a person's
// terms as opposition leader and prime minister are one stretch. A
// person the text names with a title of another office than any of
// theirs ("Tory MP Boris Johnson", whose terms are a foreign secretary's
// and a prime minister's) dates nothing: the story is of another time
// than their terms.
func (c *Coder) namedPersons(text string, sents []span) [][]dateSpan {
	var out [][]dateSpan
	seen := map[*dict.Actor]bool{}
	var order []*dict.Actor
	otherTitle := map[*dict.Actor]bool{}
	var toks []token
	for _, sp := range sents {
		toks = tokenize(text[sp.start:sp.end], toks)
		for i := 0; i < len(toks); i++ {
			if toks[i].punct || !toks[i].capital {
				continue
			}
			acts, n := c.actors.longest(toks, i, nil)
			if n < 2 || len(acts) == 0 {
				continue
			}
			a := acts[0]
			start := i
			i += n - 1
			if !personNameWords(a.Names[0]) || bodyNames()[a.Names[0].String()] {
				continue
			}
			if r := c.titleRoleBefore(toks, start); r != "" && !holdsRole(a, r) {
				otherTitle[a] = true
			}
			if !seen[a] {
				seen[a] = true
				order = append(order, a)
			}
		}
	}
	for _, a := range order {
		if otherTitle[a] {
			continue
		}
		if spans := inOffice(a); len(spans) > 0 {
			out = append(out, spans)
		}
	}
	return out
}

// titleRoleBefore is the role (GOV, LEG, MIL, JUD, COP, SPY, OPP) of a
// title of office that ends right before token i ("MP" in "Tory MP Boris
// Johnson"), "" for none.
func (c *Coder) titleRoleBefore(toks []token, i int) string {
	for k := max(0, i-3); k < i; k++ {
		ags, n := c.agents.longest(toks, k, nil)
		if n == 0 || k+n != i {
			continue
		}
		suf, after := ags[0].Suffix()
		if !after || len(suf) < 3 || !officeRoles[suf[:3]] && suf[:3] != "OPP" {
			return ""
		}
		return suf[:3]
	}
	return ""
}

// holdsRole reports whether one of the person entry's dated codes of a
// state's actor has the role r.
func holdsRole(a *dict.Actor, r string) bool {
	for _, dc := range a.Codes {
		if dc.From != "" && len(dc.Code) >= 6 && dc.Code[3:6] == r {
			return true
		}
	}
	return false
}

// monthAfter is the day a month after date (YYYY-MM-DD; "9999" stays):
// terms a few days apart (a president's two terms, Phoenix's day of
// handover) make one stretch.
func monthAfter(date string) string {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		return date
	}
	return d.AddDate(0, 1, 0).Format("2006-01-02")
}

// inOffice is a person entry's stretches in office: its dated codes of a
// state's actor other than an elite (ELI) with a first day, overlapping
// ones or ones less than a month apart merged; nil for no such code.
func inOffice(a *dict.Actor) []dateSpan {
	var spans []dateSpan
	for _, dc := range a.Codes {
		if dc.From == "" || len(dc.Code) < 6 || countryOf(dc.Code) == "" || nonState[dc.Code[:3]] || strings.HasPrefix(dc.Code[3:], "ELI") {
			continue
		}
		from, to := dc.From, dc.To
		if to == "" {
			to = "9999"
		}
		spans = append(spans, dateSpan{from[:min(10, len(from))], to[:min(10, len(to))]})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].from < spans[j].from })
	var merged []dateSpan
	for _, s := range spans {
		if k := len(merged) - 1; k >= 0 && s.from <= monthAfter(merged[k].to) {
			merged[k].to = maxStr(merged[k].to, s.to)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// dateByPersons is the stretch of dates in which the most of the persons
// an undated article names (namedPersons) were in office, and how many
// were; n is 0 when no person named held a dated office. Of stretches
// apart with as many, the latest: a story names earlier officeholders as
// its background more often than later ones. A stretch that runs to
// today ends "9999": today's reading is then the article's.
func dateByPersons(persons [][]dateSpan) (lo, hi string, n int) {
	var bounds []string
	for _, p := range persons {
		for _, s := range p {
			bounds = append(bounds, s.from, s.to)
		}
	}
	sort.Strings(bounds)
	for i := 0; i+1 < len(bounds); i++ {
		a, b := bounds[i], bounds[i+1]
		if a == b {
			continue
		}
		k := 0
		for _, p := range persons {
			for _, s := range p {
				if s.from <= a && b <= s.to {
					k++
					break
				}
			}
		}
		switch {
		case k == 0 || k < n:
		case k == n && a == hi:
			hi = b // touching the stretch found: one stretch
		default:
			lo, hi, n = a, b, k
		}
	}
	return lo, hi, n
}

// datePersons finds, for an undated article that names no year, or one
// year once, the date its persons were in office (dateByPersons):
// st.personDate, "today" for a stretch still running. A year named once
// before that stretch is background ("474,000 barrels a day in 1973",
// "the 1989 disaster"), not the story's. An article that speaks of a
// former office ("the former prime minister denied it") has persons out
// of office: none is read in office by the others' dates.
func (st *state) datePersons(text string, sents []span) {
	if speaksOfFormer(asciiLower(text)) {
		return
	}
	lo, hi, n := dateByPersons(st.c.namedPersons(text, sents))
	if n == 0 || st.undated != "" && st.undated[:10] >= lo {
		return
	}
	if hi == "9999" {
		st.personDate = "today"
	} else {
		st.personDate = midDate(lo, hi)
	}
	if st.undated != "" && hi != "9999" && n >= 2 {
		// the year named once is background: the story's parties are
		// read on its persons' date too ("the Conservatives" of a 2005
		// story naming Jack Straw and "the crackdown … in 1989" are the
		// opposition, not 1989's government). Not on a stretch still
		// running: a 2016 story naming Donald Trump is not of his
		// second term, and its year named once is nearer the story. Nor
		// on one person's stretch: the middle of a long career is no
		// date of the story.
		st.undated = st.personDate
	}
}

// inOfficeCode reads a person whom an undated article's date (or today)
// makes an elite, ELI, or no one, on the date its named persons were in
// office (datePersons), when that reading is an office: "Tony Blair" and
// "Mr Howard" in a story with no date are the prime minister and the
// opposition leader of 2003-2005, not today's elites. Other codes stand.
func (st *state) inOfficeCode(a *dict.Actor, code string) string {
	if st.personDate == "" || st.refDate != "" || st.date != st.undated || code != "" && (len(code) < 6 || !strings.HasPrefix(code[3:], "ELI")) {
		return code
	}
	d := st.personDate
	if d == "today" {
		d = ""
	}
	if c := a.CodeAt(d); len(c) >= 6 && !strings.HasPrefix(c[3:], "ELI") && countryOf(c) != "" && !nonState[c[:3]] {
		return c
	}
	return code
}

// formerWords before a title make it an office left.
var formerWords = map[string]bool{"former": true, "then": true, "ex": true, "late": true, "outgoing": true, "previous": true}

// speaksOfFormer reports whether low (a lower-cased article) calls
// someone a former holder of an office news names by a title ("the
// former prime minister", "ex-chancellor", "former President …").
func speaksOfFormer(low string) bool {
	for _, title := range append([]string{"president"}, officeTitles...) {
		for off := 0; ; {
			i := strings.Index(low[off:], title)
			if i < 0 {
				break
			}
			i += off
			off = i + len(title)
			if (i == 0 || !isWordByte(low[i-1])) && wordBefore(low, i, formerWords) {
				return true
			}
		}
	}
	return false
}
