// Actor resolution across the article: quotation speakers, roles
// without a country, the article's dominant country.

package code

import (
	"strings"

	"dyad/internal/news"
)

// quoteSpeakers finds, for sentences inside a quotation, the speaker named
// in an attribution just after ("– Foreign Ministry spokesperson Zhao
// Lijian said …") or just before ("X said:").
func (st *state) quoteSpeakers(text string, sents []span) []*member {
	out := make([]*member, len(sents))
	inQuote := false
	startQ := -1
	for i, sp := range sents {
		s := text[sp.start:sp.end]
		opens := strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"")
		closes := strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "”.") || strings.HasSuffix(s, ".”")
		if opens && !inQuote {
			inQuote, startQ = true, i
		}
		if inQuote && closes || inQuote && i+1 < len(sents) && strings.TrimSpace(text[sents[i].end:sents[i+1].start]) == "" && strings.Contains(text[sents[i].end:sents[i+1].start], "\n\n") && closes {
			inQuote = false
			if i+1 < len(sents) {
				next := text[sents[i+1].start:sents[i+1].end]
				if strings.HasPrefix(next, "–") || strings.HasPrefix(next, "-") || strings.HasPrefix(next, "—") {
					if spk := st.speakerOf(next); spk != nil {
						spk.date, spk.dateText = explicitDate(next)
						for k := startQ; k <= i; k++ {
							out[k] = spk
						}
					}
				}
			}
		}
	}
	return out
}

func (st *state) speakerOf(s string) *member {
	toks := tokenize(s, nil)
	ms := st.mentions(s, toks)
	if len(ms) == 0 {
		return nil
	}
	m := ms[0].members[0]
	if m.needCountry && m.actor.Code == "" && !st.placePeer(&m) {
		if c := st.dominantCountry(); c != "" {
			m.actor.Code, m.actor.Country = c+m.suffix, c
			m.explain = append(m.explain, "country "+c+" from the article's most-mentioned country")
		}
	}
	return &m
}

// foreignWords before a role word say its people are of another country
// than the one the story is told from.
var foreignWords = map[string]bool{"FOREIGN": true, "OVERSEAS": true}

// foreignRoles leaves a plural role word without a country right after
// "foreign" or "overseas" unplaced ("briefed foreign ambassadors",
// "overseas investors"): they are of some other country than the
// article's or the outlet's, which fillCountries would give them. A role
// that holds the word ("the Foreign Minister") and a singular title after
// it ("deputy foreign trade minister Janusz Kaczurba") are unchanged.
func foreignRoles(toks []token, ms []mention) {
	for k := range ms {
		for j := range ms[k].members {
			m := &ms[k].members[j]
			if m.needCountry && m.actor.Code == "" && m.start > 0 && foreignWords[toks[m.start-1].up] && pluralRole(toks, m) {
				m.needCountry = false
				m.explain = append(m.explain, "a role after \""+strings.ToLower(toks[m.start-1].up)+"\": of no country the article gives")
			}
		}
	}
}

// pluralRole: the member's last word is a plural in -s ("ambassadors",
// "diplomats"), not a singular title.
func pluralRole(toks []token, m *member) bool {
	w := toks[m.end-1].up
	return m.end > m.start && strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS")
}

// fillCountries gives a role without a country ("Foreign Ministry
// spokesperson") the article's most-mentioned country.
func (st *state) fillCountries(toks []token, ms []mention) {
	for k := range ms {
		for j := range ms[k].members {
			m := &ms[k].members[j]
			if !m.needCountry || m.actor.Code != "" {
				continue
			}
			if st.placePeer(m) {
				continue
			}
			if !st.c.set.TabariRules && orgOfficer(toks, ms, m) {
				m.needCountry = false
				m.explain = append(m.explain, "an officer's title after a body's name (\""+toks[m.start-1].up+"\"): of no country the article gives")
				continue
			}
			if c := st.officeCountry(m); c != "" {
				m.actor.Code, m.actor.Country = c+m.suffix, c
				m.explain = append(m.explain, "country "+c+" from the same title named earlier with that country")
				exElite(m)
				continue
			}
			if c := partyBeside(toks, ms, m); c != "" && !st.c.set.TabariRules {
				m.actor.Code, m.actor.Country = c+m.suffix, c
				m.explain = append(m.explain, "country "+c+" from the party or place named beside the name")
				exElite(m)
				continue
			}
			if m.bare {
				st.fillBare(m)
				continue
			}
			if m.named && strings.HasPrefix(m.suffix, "LEG") && !st.c.set.TabariRules && st.outletNamed() {
				// "MP George Galloway", "Senator John Smith": a legislator
				// named by a bare title, in a story that names the outlet's
				// country, is of the outlet's own parliament (news
				// qualifies a foreign one: "Iraqi MP …"), not of the
				// country the story is most about (a wire's story that
				// never names the wire's country keeps that)
				m.actor.Code, m.actor.Country = st.outlet+m.suffix, st.outlet
				m.explain = append(m.explain, "country "+st.outlet+" from the outlet (a legislator's title without a country)")
				exElite(m)
				continue
			}
			visited := "" // "a visit to Tokyo by Trade Minister X": X is no Japanese (visitorcountry.go)
			if !st.c.set.TabariRules {
				visited = visitedCountry(toks, ms, k)
			}
			best, bestN := "", 0
			for c, n := range st.country {
				if c != visited && (n > bestN || n == bestN && c < best) {
					best, bestN = c, n
				}
			}
			if st.speaker != nil && st.speaker.actor.Country != "" && st.speaker.actor.Country != visited {
				best = st.speaker.actor.Country
			}
			if best == "" && st.sents != nil {
				if best = st.dominantCountry(); best == visited {
					best = ""
				}
			}
			if best == "" && st.outletPlaces() {
				best = st.outlet // "Home Secretary David Blunkett" in a BBC story
			}
			if best != "" {
				m.actor.Code = best + m.suffix
				m.actor.Country = best
				m.explain = append(m.explain, "country "+best+" from the article's most-mentioned country")
				exElite(m)
			}
		}
	}
}

// exElite: a former officeholder whose country was filled in ("former MP
// John Smith") is of that country's elite, as one named with a country
// is ("Former Kenyan foreign minister John Okello").
func exElite(m *member) {
	if m.exOff && len(m.actor.Code) >= 6 && officeRoles[m.actor.Code[3:6]] {
		m.actor.Code = m.actor.Country + "ELI"
		m.explain = append(m.explain, "former officeholder: ELI")
	}
}

// fillBare places a role word that stands alone ("MPs", "the police"):
// in an article that names no country or names the outlet's country at
// least as often as any other, in the outlet's country; else it is no
// actor. (Placing it in the article's most-mentioned country when that is
// not the outlet's was measured and dropped: on the real-news dev gold
// none of the events it added was right.)
func (st *state) fillBare(m *member) {
	why := "the article names none"
	if !st.outletPlaces() {
		if !st.outletLeads() {
			m.actor = news.Actor{Name: m.actor.Name} // no code: placeInSentence may still place it
			return
		}
		why = "the article names it most"
	}
	m.actor.Code = st.outlet + m.suffix
	m.actor.Country = st.outlet
	m.explain = append(m.explain, "country "+st.outlet+" from the outlet's country ("+why+")")
}

// outletLeads reports whether the outlet's country is named in the
// article at least as often as any other country: a BBC story about
// British politics that also names Iraq places its "ministers" in
// Britain; one about Kenya does not.
func (st *state) outletLeads() bool {
	if st.sents == nil || st.outlet == "" {
		return false
	}
	st.dominantCountry()
	n := st.countAll[st.outlet]
	if n == 0 {
		return false
	}
	for _, k := range st.countAll {
		if k > n {
			return false
		}
	}
	return true
}

// outletNamed reports whether the article names the outlet's country
// (so far, or anywhere in the article's quick count).
func (st *state) outletNamed() bool {
	if st.outlet == "" {
		return false
	}
	if st.country[st.outlet] > 0 {
		return true
	}
	if st.sents == nil {
		return false
	}
	st.dominantCountry()
	return st.countAll[st.outlet] > 0
}

// outletPlaces reports whether the article names no country, so that
// the outlet's country places its role words and titles.
func (st *state) outletPlaces() bool {
	if st.sents == nil || st.outlet == "" {
		return false
	}
	st.dominantCountry()
	return len(st.countAll) == 0
}

// dominantCountry is the country mentioned most in the article; it is
// counted on first use (a speaker's title without a country).
func (st *state) dominantCountry() string {
	if st.countAll == nil {
		// a quick count over actor names only, stopping once one
		// country clearly leads
		st.countAll = map[string]int{}
		var toks []token
		top := 0
	scan:
		for _, sp := range st.sents {
			toks = tokenize(st.text[sp.start:sp.end], toks)
			for i := 0; i < len(toks); i++ {
				acts, n := st.c.actors.longest(toks, i, nil)
				if n == 0 {
					continue
				}
				if ags, ng := st.c.agents.longest(toks, i, nil); ng == n && st.portfolioTitle(toks, i, ng, ags[0]) > i+ng {
					i += n - 1
					continue // "Secretary of State for Health": a title, no US actor
				}
				if code := acts[0].CodeAt(st.date); countryOf(code) != "" && !regionGroup(code) && !outletEntry(acts[0]) {
					c := countryOf(code)
					st.countAll[c]++
					top = max(top, st.countAll[c])
				}
				i += n - 1
			}
			if top >= 12 {
				break scan
			}
		}
	}
	best, bestN := "", 0
	for c, n := range st.countAll {
		if n > bestN || n == bestN && c < best {
			best, bestN = c, n
		}
	}
	return best
}

func sharesCountry(a, b *mention) bool {
	for _, x := range a.members {
		for _, y := range b.members {
			if x.actor.Country != "" && x.actor.Country == y.actor.Country {
				return true
			}
		}
	}
	return false
}
