// A title with "then" ("then-president Anwar Sadat", "then-Secretary of
// State Hillary Clinton", "then Prime Minister Tony Blair") says the
// person held the office when the act was done: the code is the
// office's, whatever the dictionary reads on the article's date. Phoenix
// lists many former leaders only as elites (ANWAR AS SADAT [EGYELI]) and
// "then-" glued to the title hid it from the agent dictionary, so the
// act of a sitting president was coded as an elite's. The office is this
// sentence's only: "then" says the person no longer holds it.

package code

import "strings"

// thenTitle recodes an elite (…ELI) named after a title that "then" or
// "then-" opens, the title ending right before the name, with the
// title's role.
func (st *state) thenTitle(sent string, toks []token, mem *member, person *piece) {
	code := mem.actor.Code
	if len(code) != 6 || !strings.HasSuffix(code, "ELI") || nonState[code[:3]] || countryOf(code) == "" || person.start < 1 {
		return
	}
	for j := person.start - 1; j >= 0 && j >= person.start-5; j-- {
		w := toks[j].up
		var one []token
		switch {
		case strings.HasPrefix(w, "THEN-") && len(w) > 5:
			one = append([]token(nil), toks[j:person.start]...)
			one[0].up = w[5:]
		case w == "THEN" && j+1 == person.start && officeWords[toks[j+1].up]:
			// the title is part of the name the dictionary matched ("then
			// president Hosni Mubarak")
			mem.actor.Code = code[:3] + "GOV"
			mem.explain = append(mem.explain, "an office held then ("+text(sent, toks, j, person.start+1)+"): "+code+" → "+mem.actor.Code)
			return
		case w == "THEN" && j+1 < person.start:
			one = append([]token(nil), toks[j+1:person.start]...)
		default:
			if toks[j].punct {
				return
			}
			continue
		}
		ags, n := st.c.agents.longest(one, 0, nil)
		if n != len(one) || len(ags) == 0 {
			return
		}
		suf, after := ags[0].Suffix()
		if !after || suf == "" || strings.HasPrefix(suf, "ELI") || len(suf) < 3 || !staleTitles[suf[:3]] {
			return
		}
		mem.actor.Code = code[:3] + suf
		mem.explain = append(mem.explain, "an office held then ("+text(sent, toks, j, person.start)+"): "+code+" → "+mem.actor.Code)
		return
	}
}
