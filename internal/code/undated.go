// Undated articles: officeholders are resolved on the year the article
// itself is about, not on today.

package code

import (
	"strconv"
	"strings"
	"time"

	"dyad/internal/dict"
)

// guessYear is the date an undated article's officeholders are read on:
// the year it names most often (ties: the latest), leaving out years after
// "by", "until", "to", "till", "before", "for" and "from…to" ends (targets and
// deadlines), and years after this one. "" when it names none. A 2005
// story about "Tony Blair" that says "in 2004" and "the 2005 election"
// reads him as prime minister (GBRGOV), not as the former one he is today
// (an elite, ELI). The day is the middle of the year.
func guessYear(text string) string {
	y, _ := guessYearN(text)
	return y
}

// guessYearN is guessYear with the number of times the text names that
// year.
func guessYearN(text string) (string, int) {
	now := time.Now().Year()
	count := map[int]int{}
	prev := ""
	for i := 0; i < len(text); {
		c := text[i]
		if c < '0' || c > '9' {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				j := i
				for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z') {
					j++
				}
				prev = text[i:j]
				i = j
				continue
			}
			if c != ' ' {
				prev = ""
			}
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		before := i > 0 && (text[i-1] == '$' || text[i-1] == '.' || text[i-1] == ',' || text[i-1] == '-' || text[i-1] >= '0' && text[i-1] <= '9')
		after := j < len(text) && (text[j] == '.' && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' || text[j] == ',' && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' || text[j] == '%')
		if j-i == 4 && !before && !after {
			y, _ := strconv.Atoi(text[i:j])
			switch prev {
			case "by", "until", "to", "till", "before", "for", "By", "Until", "Before", "For":
			default:
				if y >= 1946 && y <= now {
					count[y]++
				}
			}
		}
		prev = ""
		i = j
	}
	best, n := 0, 0
	for y, c := range count {
		if c > n || c == n && y > best {
			best, n = y, c
		}
	}
	if best == 0 {
		return "", 0
	}
	return strconv.Itoa(best) + "-07-01", n
}

// codeAt is an actor's code on the sentence's date. In an undated article
// read on its guessed year, a name with no code that year keeps its
// undated reading: the guess corrects an officeholder's role, it does not
// unname anyone. An entry with dated codes only is read on its term
// nearest that year, not on its latest: Vince Cable in a story read on
// 2001 is the Liberal Democrat spokesman of 2003-2010 (GBROPP), not the
// business secretary of 2010 (GBRGOVBUS).
func (st *state) codeAt(a *dict.Actor) string {
	c := a.CodeAt(st.date)
	if c == "" && st.undated != "" && st.date == st.undated {
		if c = nearestTerm(a, st.date); c == "" {
			c = a.CodeAt("")
		}
	}
	return st.inOfficeCode(a, c)
}

// nearestTerm is the code of a person entry's dated term nearest to date
// (YYYY-MM-DD…; its country and role only when the person held that role
// in several departments) when every code of the entry is dated; "" when one is not
// (the entry's undated reading stands), date is no date, or the entry is
// a party's or a body's (their terms are years in government or
// opposition: a year before the first says nothing of the nearest).
func nearestTerm(a *dict.Actor, date string) string {
	if len(a.Names) == 0 || !personNameWords(a.Names[0]) || bodyNames()[a.Names[0].String()] {
		return ""
	}
	d, err := time.Parse("2006-01-02", date[:min(10, len(date))])
	if err != nil {
		return ""
	}
	best, bestGap := "", time.Duration(-1)
	for _, c := range a.Codes {
		if c.From == "" && c.To == "" {
			return ""
		}
		var gap time.Duration
		if c.From != "" && date < c.From {
			f, err := time.Parse("2006-01-02", c.From[:min(10, len(c.From))])
			if err != nil {
				continue
			}
			gap = f.Sub(d)
		} else if c.To != "" && date > c.To {
			t, err := time.Parse("2006-01-02", c.To[:min(10, len(c.To))])
			if err != nil {
				continue
			}
			gap = d.Sub(t)
		}
		if bestGap < 0 || gap < bestGap {
			best, bestGap = c.Code, gap
		}
	}
	if len(best) > 6 && countryOf(best) != "" && !nonState[best[:3]] {
		// the role, not the department, of a person whose terms in that
		// role had several: a minister's portfolio of another year says
		// nothing of this one's (Hazel Blears in 2004 is no labour
		// minister, GBRGOVLAB of 2006-07); a central bank's governor
		// with one term keeps it (ISRGOVBUS)
		for _, c := range a.Codes {
			if len(c.Code) >= 6 && c.Code[:6] == best[:6] && c.Code != best {
				return best[:6]
			}
		}
	}
	return best
}

// staleTitles are the roles of titles that say a person's office in an
// undated story (not COP: Phoenix's "deputy" is a sheriff's).
var staleTitles = map[string]bool{"GOV": true, "LEG": true, "MIL": true, "JUD": true, "OPP": true}

// termHolds reports whether one of the entry's dated codes holds on date
// ("" never).
func termHolds(a *dict.Actor, date string) bool {
	if date == "" {
		return false
	}
	for _, c := range a.Codes {
		if (c.From != "" || c.To != "") && (c.From == "" || c.From <= date) && (c.To == "" || date <= c.To) {
			return true
		}
	}
	return false
}

// titledOffice: a person the dictionaries read as an elite (out of office
// on the article's date, or today for an undated article) whom the text
// names with a title of office ("Prime Minister Tony Blair", "Argentine
// President Nestor Kirchner", not "former Prime Minister …") holds that
// office in the article: the code is the person's country with the
// title's role, and so are later mentions of the person in the article
// ("Mr Blair").
func (st *state) titledOffice(sent string, toks []token, mem *member, person, agent *piece) {
	code := mem.actor.Code
	if len(code) < 3 {
		return
	}
	if agent != nil && agent.end <= person.start && !st.former(toks, agent.start, agent.end) {
		if suf, after := agent.agent.Suffix(); after && suf != "" && !strings.HasPrefix(suf, "ELI") {
			st.dateByTerm(person.actor, code[:3]+suf)
		}
	} else if person.start > 0 && officeWords[toks[person.start-1].up] && toks[person.start-1].capital && !st.former(toks, max(0, person.start-3), person.start) {
		// a title of government office just before the name ("German
		// Chancellor Gerhard Schroeder")
		st.dateByTerm(person.actor, code[:3]+"GOV")
	}
	// an undated article read when none of the person's terms holds (the
	// dictionary's reading is the latest term, long after: "Tory MP Boris
	// Johnson" in a 2005 story read as the prime minister of 2019): the
	// title the text gives says the office in the story
	stale := st.refDate == "" && len(code) >= 6 && countryOf(code) != "" && !nonState[code[:3]] && personNameWords(person.actor.Names[0]) &&
		!termHolds(person.actor, st.date) && !exOffice(toks, person.start, person.end)
	if len(code) < 6 || !strings.HasSuffix(code, "ELI") && !stale {
		return
	}
	if agent != nil && agent.end <= person.start && !st.former(toks, agent.start, agent.end) && !st.partyTitle(toks, agent.start, agent.end) {
		suf, after := agent.agent.Suffix()
		if after && suf != "" && suf != "ELI" && !strings.HasPrefix(suf, "ELI") && (!stale || len(suf) >= 3 && staleTitles[suf[:3]] && !strings.HasPrefix(code[3:], suf)) {
			c := code[:3] + suf
			if st.titled == nil {
				st.titled = map[*dict.Actor]string{}
			}
			st.titled[person.actor] = c
			mem.actor.Code = c
			mem.explain = append(mem.explain, "named with a title of office ("+text(sent, toks, agent.start, agent.end)+"): "+code+" → "+c)
			return
		}
	}
	if len(code) == 6 && !nonState[code[:3]] && officeInName(toks, person.start, person.end) && !st.former(toks, person.start, person.end) {
		// the title is part of the name the dictionary matched ("US
		// President George Bush", "Prime Minister Tony Blair")
		c := code[:3] + "GOV"
		st.dateByTerm(person.actor, c)
		if st.titled == nil {
			st.titled = map[*dict.Actor]string{}
		}
		st.titled[person.actor] = c
		mem.actor.Code = c
		mem.explain = append(mem.explain, "named with a title of office ("+text(sent, toks, person.start, person.end)+"): "+code+" → "+c)
		return
	}
	if c, ok := st.titled[person.actor]; ok {
		mem.actor.Code = c
		mem.explain = append(mem.explain, "the office a title gave earlier in the article: "+code+" → "+c)
	}
}

// dateByTerm dates an undated article that named no year by the terms
// in which the persons it names with a title held that office: the
// article is within each such term, so no earlier than the latest start
// among them ("Argentine President Nestor Kirchner": 2003-05-25 or
// later), and the rest of its officeholders are read inside those dates
// (halfway through them; the day after the start for a running term), so
// that "Tony Blair" in the same story is the prime minister, not today's
// elite. A person with separate terms in one office gives no date; a
// term that does not overlap the others is left out.
func (st *state) dateByTerm(a *dict.Actor, code string) {
	if st.refDate != "" || st.undated != "" && st.termLo == "" {
		return // dated, or dated by a year the text names
	}
	lo, hi, n := "", "9999", 0
	for _, dc := range a.Codes {
		if dc.Code != code || len(dc.From) < 10 {
			continue
		}
		to := dc.To
		if to == "" {
			to = "9999"
		}
		lo, hi, n = maxStr(lo, dc.From), minStr(hi, to), n+1
	}
	if n == 0 || lo > hi {
		return // no term, or separate terms: no single date
	}
	if st.termLo != "" {
		lo, hi = maxStr(lo, st.termLo), minStr(hi, st.termHi)
		if lo > hi {
			return // does not overlap the others
		}
	}
	st.termLo, st.termHi = lo, hi
	st.undated = lo[:10]
	if !strings.HasPrefix(hi, "9999") {
		// inside the terms, not on the first day, when the outgoing
		// holders' terms hold too (the Democrats on 2001-01-20 were in
		// government until noon)
		st.undated = midDate(lo, hi)
	} else if d, err := time.Parse("2006-01-02", lo[:10]); err == nil {
		st.undated = d.AddDate(0, 0, 1).Format("2006-01-02")
	}
	st.date = st.undated
}

func maxStr(a, b string) string {
	if a > b {
		return a
	}
	return b
}

func minStr(a, b string) string {
	if a < b {
		return a
	}
	return b
}

// nonState are the first three letters of codes that name no state.
var nonState = map[string]bool{"IGO": true, "NGO": true, "MNC": true, "UAF": true, "---": true}

// officeInName reports whether the words a to b hold a capitalised
// title of government office, not after "Shadow" or "ex" ("Shadow
// Chancellor" is no office of government).
func officeInName(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if officeWords[toks[k].up] && toks[k].capital && (k == 0 || toks[k-1].up != "SHADOW" && toks[k-1].up != "EX") {
			return true
		}
	}
	return false
}

// officeWords are titles of government office before a name.
var officeWords = map[string]bool{
	"PRESIDENT": true, "CHANCELLOR": true, "MINISTER": true, "PREMIER": true, "SECRETARY": true,
}
