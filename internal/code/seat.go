// A city that seats an international body stands for the body: British
// news writes "Brussels" for the EU ("the US filed a complaint against
// Brussels with the WTO"), and Phoenix lists Brussels as a name of
// Belgium.

package code

import "strings"

// seatBodies are the cities whose name stands for the body they seat,
// with that body's code and the words an article that speaks of the
// body names it by.
var seatBodies = map[string]struct {
	code  string
	names []string
}{
	"BRUSSELS": {"IGOEUREEC", []string{"European Union", "European Commission", "EU"}},
}

// seatPlaceWords before a city make it the place of the act, not an actor
// ("head to Brussels to meet", "talks in Brussels").
var seatPlaceWords = map[string]bool{"IN": true, "AT": true, "TO": true, "FROM": true, "NEAR": true, "OUTSIDE": true, "VIA": true, "INTO": true, "THROUGH": true}

// seatMetonymy recodes a seat city named alone as an actor (not after a
// word of place) as the body it seats, in an article that also names
// the body.
func (st *state) seatMetonymy(toks []token, ms []mention) {
	for k := range ms {
		for j := range ms[k].members {
			m := &ms[k].members[j]
			if m.pronoun || m.end-m.start != 1 || m.start < 0 || m.end > len(toks) {
				continue
			}
			seat, ok := seatBodies[toks[m.start].up]
			if !ok || m.actor.Code != m.actor.Country || m.actor.Code == "" {
				continue
			}
			if m.start > 0 && seatPlaceWords[toks[m.start-1].up] {
				continue
			}
			if !st.namesBody(seat.names) {
				continue
			}
			m.explain = append(m.explain, "a seat named for the body it seats, which the article names: "+m.actor.Code+" → "+seat.code)
			m.actor.Code, m.actor.Country = seat.code, ""
		}
	}
}

// namesBody reports whether the article names one of names (whole words).
func (st *state) namesBody(names []string) bool {
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(st.text[off:], n)
			if i < 0 {
				break
			}
			i += off
			off = i + len(n)
			if (i == 0 || !isWordByte(st.text[i-1])) && (off == len(st.text) || !isWordByte(st.text[off])) {
				return true
			}
		}
	}
	return false
}
