// Titles of office without a country, placed by the article's earlier
// mention of the same office with one.

package code

import "strings"

// officeSeen is where the article last named an office with its
// country: "Uganda's foreign minister", "Ugandan President Yoweri
// Museveni".
type officeSeen struct {
	country   string
	sent, tok int
}

// noteOffice records that the title agent of a mention starting at token
// start of the current sentence was named as an office of country (a
// country's code of three letters; a former office is not recorded).
func (st *state) noteOffice(toks []token, start int, agent *piece, country string) {
	if st.c.set.TabariRules || agent == nil || len(country) != 3 || exOffice(toks, start, agent.end) || st.former(toks, agent.start, agent.end) {
		return
	}
	if st.offices == nil {
		st.offices = map[string][]officeSeen{}
	}
	o := officeSeen{country: country, sent: st.sentNo, tok: agent.start}
	for _, key := range titleKeys(toks, agent) {
		seen := st.offices[key]
		if len(seen) >= officesKeep {
			seen = append(seen[:0], seen[1:]...)
		}
		st.offices[key] = append(seen, o)
	}
}

// officesKeep bounds the mentions kept of one title: a title named later
// in the same sentence than the one placed is passed over for the one
// before ("the foreign minister and Kenya's foreign minister").
const officesKeep = 4

// titleKeys names a title's office twice: by its dictionary entry (whose
// spellings are one office: "the Dutch Finance Ministry … Finance Minister
// Onno Ruding") and by the last word the text gives it ("a senior
// Japanese government official … the official said").
func titleKeys(toks []token, agent *piece) [2]string {
	var b strings.Builder
	b.WriteString("=")
	for _, n := range agent.agent.Names {
		for _, w := range n {
			b.WriteString(w.Text)
			b.WriteByte(' ')
		}
		break
	}
	return [2]string{b.String(), toks[agent.end-1].up}
}

// officeCountry is the country of the latest earlier mention in the
// article of the member's office with a country ("Uganda's foreign
// minister … the foreign minister said"): the title stands for that
// officeholder, not for one of the article's or the outlet's country.
// "" when the article named the office with no country before it.
func (st *state) officeCountry(m *member) string {
	if m.office[0] == "" || m.exOff || m.body || st.offices == nil {
		return ""
	}
	var best officeSeen
	for _, key := range m.office {
		seen := st.offices[key]
		for k := len(seen) - 1; k >= 0; k-- {
			if o := seen[k]; o.sent < st.sentNo || o.tok < m.start {
				if o.sent > best.sent || o.sent == best.sent && o.tok > best.tok {
					best = o
				}
				break
			}
		}
	}
	return best.country
}

// noteEntryTitle notes the office a title inside a person entry's
// matched name holds ("US President" is a name of the entry PRESIDENT OF
// THE UNITED STATES, "US President George Bush" one of GEORGE BUSH): the
// title is the dictionary's agent, the country the entry's code, when
// that code is a state office of one country (coref14, issue 17). A
// later "the president" stands for that officeholder (officeCountry).
func (st *state) noteEntryTitle(toks []token, start int, person *piece, code string) {
	if len(code) != 6 || !officeRoles[code[3:6]] {
		return
	}
	for k := person.start; k < person.end; k++ {
		as, n := st.c.agents.longest(toks[:person.end], k, nil)
		if n == 0 || len(as) == 0 {
			continue
		}
		st.noteOffice(toks, start, &piece{start: k, end: k + n, agent: as[0]}, code[:3])
		return
	}
}
