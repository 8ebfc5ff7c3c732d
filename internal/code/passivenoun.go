package code

import (
	"strings"

	"dyad/internal/dict"
)

// A verb pattern's noun as the subject of the passive: "a complaint was
// lodged with Uganda by Kenya" is "Kenya lodged a complaint with Uganda"
// (LODGE "* COMPLAINT", 114), "sanctions were imposed on Uganda by
// Kenya" is Kenya imposing them (163). The pattern's words stand before
// the verb, not after it, so no pattern matches in the verb's reach; the
// agent after "by" is the source, the actor after "to", "with", "on",
// "against" or "upon" between the verb and "by" (or right after the
// agent) the target.

// passiveNounPreps lead to the one a passive's act was aimed at.
var passiveNounPreps = map[string]bool{"TO": true, "WITH": true, "ON": true, "AGAINST": true, "UPON": true}

// irregularParticiples are past participles pastParticiple does not
// know ("a complaint was made", "wreaths were laid").
var irregularParticiples = map[string]bool{"MADE": true, "LAID": true, "PAID": true, "LENT": true, "DONE": true, "WON": true}

// passiveNounReach bounds the words between the verb and "by".
const passiveNounReach = 10

// passiveNoun returns the pattern of pats whose words (literal words
// only, after the verb) end right before the auxiliaries of the passive
// verb at [vs, ve), with the agent after "by" as source and the target;
// nil if the verb is no such passive or the agent or the target is no
// actor.
func (st *state) passiveNoun(toks []token, ms []mention, inMention []int, vs, ve int, pats []dict.Pattern) (*dict.Pattern, *mention, *mention) {
	if vs < 2 || !beForms[toks[vs-1].up] || toks[vs-1].up == "GOT" || toks[vs-1].up == "GET" || !pastParticiple(toks[vs].up) && !irregularParticiples[toks[vs].up] {
		return nil, nil, nil
	}
	h := vs - 1
	for h >= 0 && (beForms[toks[h].up] || passiveAux[toks[h].up] || passiveAdverbs[toks[h].up]) {
		h--
	}
	if h < 0 || inMention[h] != 0 || toks[h].punct {
		return nil, nil, nil
	}
	var best *dict.Pattern
	bestN := 0
	for i := range pats {
		if n := passiveNounWords(toks, h, &pats[i]); n > bestN {
			best, bestN = &pats[i], n
		}
	}
	if best == nil {
		return nil, nil, nil
	}
	var tgt, agent *mention
	for k := ve; k < len(toks) && k <= ve+passiveNounReach && !toks[k].punct; k++ {
		if toks[k].up == "BY" {
			agent = mentionAfter(toks, ms, k)
			break
		}
		if tgt == nil && passiveNounPreps[toks[k].up] {
			tgt = mentionAfter(toks, ms, k)
		}
	}
	if agent == nil {
		return nil, nil, nil
	}
	if tgt == nil && agent.end < len(toks) && passiveNounPreps[toks[agent.end].up] {
		tgt = mentionAfter(toks, ms, agent.end)
	}
	if tgt == nil {
		// "the report was prepared jointly by the CIA and the DIA": no
		// one the act was aimed at; a list of agents is no pair either
		return nil, nil, nil
	}
	return best, agent, tgt
}

// passiveNounWords is how many words of p (a pattern of literal words
// after the verb only, "* COMPLAINT") end at token h; 0 if it does not.
func passiveNounWords(toks []token, h int, p *dict.Pattern) int {
	if len(p.Pre) > 0 || len(p.Post) == 0 || p.Code.Null || p.Code.Discard || p.Code.IsZero() {
		return 0
	}
	var ws []dict.Word
	for _, el := range p.Post {
		if el.Kind != dict.TokWord {
			return 0
		}
		ws = append(ws, el.Phrase...)
	}
	if len(ws) > h+1 {
		return 0
	}
	for i, w := range ws {
		t := toks[h-len(ws)+1+i].up
		if w.Gap || strings.HasPrefix(w.Text, "&") || !(t == w.Text || w.Stem && strings.HasPrefix(t, w.Text)) {
			return 0
		}
	}
	return len(ws)
}
