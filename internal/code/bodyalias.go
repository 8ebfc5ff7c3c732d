package code

// bodyalias.go: an organisation's short name is its last word ("the
// Forum" after the World Economic Forum), but that word after a
// capitalised word its name lacks heads another name: "the competing
// World Youth Forum" is no World Economic Forum, "the Ugandan Development
// Bank" no Kenya Development Bank. (sense14, issue 17)

import "strings"

// otherBodyName reports whether the short name at i, taken from an
// organisation's or a firm's name (a.actor, IGO, NGO or a firm's code),
// follows a capitalised word that is not a title, not a function word
// and not a word of that name: the words together are another name
// ("World Youth Forum", "Pan-African Development Bank", "Jamhuri
// Bank"). Of two words, one that names a country may open a firm's
// short form, never an international body's ("Kenyan International" after Kenyan Airways
// International).
func (st *state) otherBodyName(toks []token, i int, a member) bool {
	c := a.actor.Code
	if i < 1 || !(strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO") || firmCode(c)) {
		return false
	}
	p := toks[i-1]
	if !p.capital || p.punct || functionWords[p.up] || !letters(p.up) {
		return false
	}
	if i < 2 || !toks[i-2].capital || toks[i-2].punct || functionWords[toks[i-2].up] {
		// two words: "Jamhuri Bank" is another bank. A country's word
		// before a firm's last word may open its short form ("Kenyan
		// International" after Kenyan Airways International); before an
		// international body's, it names the country's own ("Kenyan Bank",
		// "the Kenyan Development Bank": no World Bank)
		if acts, n := st.c.actors.longest(toks, i-1, nil); n == 1 && !strings.HasPrefix(c, "IGO") {
			for _, ac := range acts {
				if len(st.codeAt(ac)) == 3 {
					return false
				}
			}
		}
	}
	if _, title := titles[p.up]; title {
		return false
	}
	for _, w := range strings.Fields(strings.ToUpper(a.actor.Name)) {
		if w == p.up {
			return false
		}
	}
	return true
}
