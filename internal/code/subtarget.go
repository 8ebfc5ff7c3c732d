package code

// subordinateTarget reports whether the mention m after a verb ending at
// ve lies in the subject of a subordinate clause opened between them
// ("clashed over spending plans as the row over the Ugandan minister's
// budget turned into a battle"): a subordinator, a determiner, then the
// mention, then a verb of that clause before the next punctuation. The
// actor qualifies that clause's subject and is no party to the main
// verb. "named him as the envoy to Uganda" (no verb after) stays.
func (st *state) subordinateTarget(sent string, toks []token, inMention []int, ve int, m *mention) bool {
	g := -1
	for k := ve; k+1 < m.start; k++ {
		if subordinators[toks[k].up] && determiners[toks[k+1].up] && !(toks[k].up == "AS" && k > 0 && (toks[k-1].up == "SUCH" || toks[k-1].up == "WELL" || toks[k-1].up == "SAME")) {
			g = k
		}
	}
	if g < 0 {
		return false
	}
	tagged := st.tagged(sent, toks, inMention)
	for k := m.end; k < len(toks) && k <= m.end+6; k++ {
		if toks[k].punct && toks[k].up != "'S" {
			return false
		}
		if toks[k].capital || inMention[k] != 0 {
			continue
		}
		if finiteAux[toks[k].up] || tagged && st.trig.Tag(k) == "VERB" || !tagged && !prepositions[toks[k].up] && st.isVerbAt(toks, k) {
			return true
		}
	}
	return false
}

// subordinators open an adverbial clause.
var subordinators = map[string]bool{"AS": true, "WHILE": true, "WHEN": true, "BECAUSE": true, "ALTHOUGH": true,
	"THOUGH": true, "SINCE": true, "UNLESS": true, "WHEREAS": true}
