package code

// A judgement of an act passed in a noun phrase: "Kenya raised taxes, a
// move criticised by the Ugandan opposition" or "… in a decision
// condemned by Uganda": the agent after "by" judges the act of the clause
// before, so its actor, the one opening the sentence, is the target. The
// participle's own reach sees only "a move" (no actor) and the agent
// after "by" may follow a complement ("a move branded \"a disgrace\" by
// Uganda").

// actNounsBy name an act of the clause before them.
var actNounsBy = map[string]bool{"MOVE": true, "DECISION": true, "STEP": true}

// moveByRoots are the roots of judging another's act.
var moveByRoots = map[string]bool{"05": true, "11": true, "12": true}

// moveByReach bounds the words between the participle and "by".
const moveByReach = 8

// moveBy returns the agent after "by" and the actor opening the sentence
// when the participle at [vs, ve) of a judging code follows "a move",
// "a decision" or "a step" after a comma or "in"; nil, nil otherwise.
func moveBy(toks []token, ms []mention, vs, ve int, code string) (*mention, *mention) {
	if !moveByRoots[root(code)] || !moveShape(toks, vs) {
		return nil, nil
	}
	open := vs - 3
	var agent *mention
	for k := ve; k < len(toks) && k <= ve+moveByReach; k++ {
		if toks[k].up == "BY" {
			agent = mentionAfter(toks, ms, k)
			break
		}
		if toks[k].punct && !isQuote(toks[k].up) {
			return nil, nil
		}
	}
	if agent == nil || len(ms) == 0 {
		return nil, nil
	}
	first := &ms[0]
	if first == agent || first.start > 1 || first.start == 1 && toks[0].up != "THE" || first.end > open {
		return nil, nil
	}
	return agent, first
}

// moveShape: the word at vs is a past participle right after "a move",
// "a decision" or "a step" (or "the …") that follows "in" or a comma.
// The determiner does not make the participle a noun (nounUse).
func moveShape(toks []token, vs int) bool {
	if vs < 3 || !pastParticiple(toks[vs].up) || !actNounsBy[toks[vs-1].up] {
		return false
	}
	d := toks[vs-2].up
	return (d == "A" || d == "THE") && (toks[vs-3].up == "IN" || toks[vs-3].up == ",")
}
