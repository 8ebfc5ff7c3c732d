// Canada's House of Commons (reuters3, issue 17).

package code

import "strings"

// canadaCommons: Canada's lower house is also "the House of Commons",
// and the dictionary's entry is Britain's (GBRLEG). A Canadian actor
// that tells, addresses or answers the House of Commons ("the Kenyan
// … " has no such house; "Canadian Finance Minister X told the House
// of Commons", "Prime Minister Y said in a speech to the House of
// Commons") speaks to its own parliament: when the other side of the
// event is Canadian, the house is Canada's (CANLEG). A British actor,
// or one of a third country, keeps Britain's.
func canadaCommons(toks []token, cd *cand) {
	fix := func(m, other *member) {
		if m.actor.Code != "GBRLEG" || other.actor.Country != "CAN" || !commonsAt(toks, m.start, m.end) {
			return
		}
		m.actor.Code, m.actor.Country = "CANLEG", "CAN"
		m.explain = append(m.explain[:len(m.explain):len(m.explain)], "the House of Commons of a Canadian actor: Canada's (commons.go)")
	}
	fix(&cd.tgt, &cd.src)
	fix(&cd.src, &cd.tgt)
}

// commonsAt: the tokens [s, e) are "(House of) Commons".
func commonsAt(toks []token, s, e int) bool {
	for k := s; k < e && k < len(toks); k++ {
		if strings.HasPrefix(toks[k].up, "COMMONS") {
			return true
		}
	}
	return false
}
