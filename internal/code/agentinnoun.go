package code

// agentInNoun: the agent of a participle of appointing that qualifies a
// noun ("the manager appointed by the Ugandan government", "a judge named
// by the president") chose a person who then acts on their own; the verb
// of the clause after the noun phrase has that person as its subject
// ("…, the manager appointed by the Ugandan government as the firm's
// chief, met Kenyan lawmakers"), not the agent the coder finds as the
// nearest actor before it. When the noun the participle follows is an
// actor it is the source; otherwise there is none. Other participles stay:
// what an agent controls, leads or arranges acts for it ("a group
// controlled by investor X told the SEC", "the closures arranged by
// Israel restrict …").
func (st *state) agentInNoun(toks []token, ms []mention, inMention []int, src *mention, vs int) (*mention, bool) {
	b := src.start - 1
	for b >= 0 && (toks[b].up == "THE" || toks[b].up == "A" || toks[b].up == "AN") {
		b--
	}
	if b < 2 || toks[b].up != "BY" || src.end > vs {
		return nil, false
	}
	p := b - 1
	if !appointedWords[toks[p].up] || inMention[p] != 0 {
		return nil, false
	}
	prev := toks[p-1]
	if prev.punct || beForms[prev.up] || haveForms[prev.up] || functionWords[prev.up] && inMention[p-1] == 0 {
		return nil, false // "was appointed by", "has been backed by", "…, backed by": no noun qualified
	}
	// between the agent and the verb: only an apposition's tail closed by
	// a comma ("as the firm's chief,"), or nothing
	if src.end < vs {
		if toks[vs-1].up != "," {
			return nil, false
		}
		for k := src.end; k < vs-1; k++ {
			if w := toks[k].up; finiteAux[w] || w == "AND" || w == "BUT" || w == "WHO" || w == "WHICH" || w == "THAT" || isQuote(w) || toks[k].punct {
				return nil, false
			}
		}
	}
	if inMention[p-1] != 0 {
		for k := range ms {
			if ms[k].end == p {
				return &ms[k], true // "Kenyan rebels backed by Uganda attacked …"
			}
		}
	}
	return nil, true
}

// appointedWords are participles of putting a person into a post.
var appointedWords = map[string]bool{"APPOINTED": true, "NAMED": true, "NOMINATED": true, "ELECTED": true,
	"HIRED": true, "CHOSEN": true, "SELECTED": true, "INSTALLED": true, "PICKED": true, "RECRUITED": true}
