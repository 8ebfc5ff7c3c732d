// Pronoun resolution: "he", "she", "we", "the two sides" within the
// article.

package code

import (
	"strings"
)

var groupPhrases = [][]string{
	{"THE", "TWO", "LEADERS"}, {"THE", "TWO", "SIDES"}, {"BOTH", "SIDES"}, {"THE", "TWO", "COUNTRIES"},
	{"BOTH", "COUNTRIES"}, {"THE", "TWO", "PRESIDENTS"}, {"BOTH", "LEADERS"}, {"THE", "TWO", "NATIONS"},
	{"BOTH", "PRESIDENTS"}, {"THE", "TWO", "GOVERNMENTS"}, {"THE", "TWO", "HEADS", "OF", "STATE"},
}

// pronouns adds mentions for "he", "she", "we" and "the two sides".
func (st *state) pronouns(sent string, toks []token, ms []mention) []mention {
	inMention := func(i int) bool {
		for _, m := range ms {
			if i >= m.start && i < m.end {
				return true
			}
		}
		return false
	}
	var add []mention
	for i := 0; i < len(toks); i++ {
		if inMention(i) {
			continue
		}
		w := toks[i].up
		switch w {
		case "HE", "SHE", "HIM", "HER":
			if mem, ok := st.lastPerson(ms, i); ok {
				mem.start, mem.end, mem.pronoun = i, i+1, true
				mem.explain = append(append([]string(nil), mem.explain...), "pronoun "+strings.ToLower(w)+" → "+mem.actor.Name)
				add = append(add, mention{start: i, end: i + 1, members: []member{mem}})
			}
			continue
		case "IT":
			// "it" as a subject: the last country or organisation
			if i+1 < len(toks) && (st.c.verbs.root.kids[toks[i+1].up] != nil || modal[toks[i+1].up]) {
				for k := len(ms) - 1; k >= 0; k-- {
					if ms[k].end <= i && len(ms[k].members) == 1 && !ms[k].members[0].person && ms[k].members[0].actor.Code != "" {
						mem := ms[k].members[0]
						mem.start, mem.end, mem.pronoun = i, i+1, true
						mem.explain = append(append([]string(nil), mem.explain...), "pronoun it → "+mem.actor.Name)
						add = append(add, mention{start: i, end: i + 1, members: []member{mem}})
						break
					}
				}
			}
			continue
		case "THEY":
			// "they": the last compound or pair named in this sentence,
			// or one of at most three named in the sentence before when
			// "they" opens this one. Farther back, "they" is more often
			// the people or things just spoken of ("officials",
			// "procedures") than a list of countries.
			var last []member
			for k := len(ms) - 1; k >= 0; k-- {
				if ms[k].end <= i && len(ms[k].members) > 1 {
					last = ms[k].members
					break
				}
			}
			if last == nil && st.sentNo-st.groupSent == 1 && len(st.lastGroup) <= 3 && opensClause(toks, i) {
				last = st.lastGroup
			}
			if len(last) > 1 && len(last) <= maxList {
				m := mention{start: i, end: i + 1}
				for _, p := range last {
					p.start, p.end, p.pronoun, p.pair = i, i+1, true, len(last) == 2 // a pair acts on itself
					p.explain = append(append([]string(nil), p.explain...), "pronoun they → "+p.actor.Name)
					m.members = append(m.members, p)
				}
				add = append(add, m)
			}
			continue
		case "WE", "I":
			if st.speaker != nil {
				mem := *st.speaker
				mem.start, mem.end, mem.pronoun = i, i+1, true
				if w == "WE" {
					mem.actor.Code = mem.actor.Country
				}
				add = append(add, mention{start: i, end: i + 1, members: []member{mem}})
			}
			continue
		}
		for _, g := range groupPhrases {
			if i+len(g) > len(toks) {
				continue
			}
			ok := true
			for k, gw := range g {
				if toks[i+k].up != gw || inMention(i+k) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			countries := g[len(g)-1] == "COUNTRIES" || g[len(g)-1] == "NATIONS" || g[len(g)-1] == "GOVERNMENTS"
			pair := st.lastPair(ms, i, countries, !countries)
			if len(pair) < 2 && !countries {
				pair = st.lastPair(ms, i, false, false)
			}
			if len(pair) == 2 {
				m := mention{start: i, end: i + len(g)}
				for _, p := range pair {
					p.start, p.end, p.pronoun, p.pair = i, i+len(g), true, true
					p.explain = append(append([]string(nil), p.explain...), strings.ToLower(strings.Join(g, " "))+" → "+p.actor.Name)
					m.members = append(m.members, p)
				}
				add = append(add, m)
			}
			i += len(g) - 1
			break
		}
	}
	return mergeMentions(ms, add)
}

// opensClause reports whether token i opens the sentence or its clause
// ("They said", "But they", "…, and they").
func opensClause(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch w := toks[k].up; {
		case w == "BUT" || w == "AND" || w == "YET" || w == "SO" || w == "\"" || w == "“":
			continue
		case toks[k].punct:
			return w == "," || w == ";" || w == ":"
		default:
			return false
		}
	}
	return true
}

// lastPerson is the most recent person mentioned before token i (in this
// sentence, else earlier in the article).
func (st *state) lastPerson(ms []mention, i int) (member, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end <= i && len(m.members) == 1 && m.members[0].person && m.members[0].actor.Code != "" {
			return m.members[0], true
		}
	}
	for k := len(st.history) - 1; k >= 0 && k >= len(st.history)-40; k-- {
		if h := st.history[k]; h.person && h.actor.Code != "" && !h.pronoun {
			return h, true
		}
	}
	// no person known: the sentence's first actor (TABARI's rule)
	if len(ms) > 0 && ms[0].end <= i && len(ms[0].members) == 1 && ms[0].members[0].actor.Code != "" {
		return ms[0].members[0], true
	}
	return member{}, false
}

// lastPair is the two most recent distinct actors (distinct countries when
// countries is set; their country codes then).
func (st *state) lastPair(ms []mention, i int, countries, persons bool) []member {
	var cands []member
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].end <= i {
			for j := len(ms[k].members) - 1; j >= 0; j-- {
				cands = append(cands, ms[k].members[j])
			}
		}
	}
	for k := len(st.history) - 1; k >= 0 && k >= len(st.history)-60; k-- {
		cands = append(cands, st.history[k])
	}
	var out []member
	seen := map[string]bool{}
	for _, m := range cands {
		if m.actor.Code == "" || m.actor.Country == "" || persons && !m.person {
			continue
		}
		key := m.actor.Country
		if seen[key] {
			continue
		}
		seen[key] = true
		if countries && m.actor.Code != m.actor.Country {
			m.actor.Code = m.actor.Country
			m.actor.Name = st.countryName(m.actor.Country)
			m.person = false
		}
		out = append([]member{m}, out...)
		if len(out) == 2 {
			break
		}
	}
	return out
}

// mergeMentions merges add into ms, both in start order, keeping that
// order (a mention of ms first at equal starts).
func mergeMentions(ms, add []mention) []mention {
	if len(add) == 0 {
		return ms
	}
	out := make([]mention, 0, len(ms)+len(add))
	a, b := 0, 0
	for a < len(ms) || b < len(add) {
		if b >= len(add) || a < len(ms) && ms[a].start < add[b].start {
			out = append(out, ms[a])
			a++
		} else {
			out = append(out, add[b])
			b++
		}
	}
	return out
}
