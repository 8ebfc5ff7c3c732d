package code

import (
	"strings"
	"unicode"
)

// actRoleNouns are role words of the agent dictionary that also name an act:
// Phoenix's PUBLICATION (~MED) is a newspaper, but "the publication of
// the advice" is the act of publishing it.
var actRoleNouns = map[string]bool{"PUBLICATION": true}

// actNoun reports whether mention m is a lower-case act noun followed by
// "of" ("calls for the publication of advice"): the act, not the media.
func actNoun(toks []token, m *mention) bool {
	return m.end-m.start == 1 && m.end < len(toks) && !toks[m.start].capital && actRoleNouns[toks[m.start].up] && toks[m.end].up == "OF"
}

// lowerNameHead reports whether mention m of several words ends in one
// lower-case word that the dictionary names an actor by ("the Japanese
// labour market": a country's adjective and "labour", which is the Labour
// Party only capitalised). notActor's one-word rule covers the word
// alone; before it, the country word made the mention a name of two.
func (st *state) lowerNameHead(sent string, toks []token, m *mention) bool {
	last := m.end - 1
	if m.end-m.start < 2 || toks[last].capital || toks[last].punct || strings.ContainsFunc(sent[toks[last].start:toks[last].end], unicode.IsUpper) {
		return false
	}
	for _, p := range st.pieces {
		if p.start == last && p.end == m.end && p.actor != nil {
			return true
		}
	}
	return false
}
