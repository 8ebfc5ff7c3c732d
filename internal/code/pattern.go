// Pattern matching: a verb pattern's words, sets, alternatives and
// actor slots matched around the verb.

package code

import (
	"strings"

	"dyad/internal/dict"
)

// matchPattern matches a pattern around the verb at [vs, ve). It returns a
// score (the number of elements matched) and the mentions standing at $
// and +.
func (st *state) matchPattern(toks []token, ms []mention, inMention []int, vs, ve int, p *dict.Pattern) (int, *mention, *mention, bool) {
	var src, tgt *mention
	st.compound = nil
	st.inThat = !p.Code.Null && !p.Code.Discard
	st.giving = strings.HasPrefix(p.Code.Code, "07")
	st.sayVerb = vs < len(toks) && (speechVerbs[toks[vs].up] || sayWords[toks[vs].up])
	score := 0
	// after the verb, left to right
	j := ve
	for _, el := range p.Post {
		st.covered = 1
		nj, m, ok := st.matchEl(toks, ms, j, el, true, gapFor(el))
		if !ok {
			return 0, nil, nil, false
		}
		switch el.Kind {
		case dict.TokSource:
			src = m
		case dict.TokTarget:
			tgt = m
		case dict.TokCompound:
			tgt = m
			st.compound = m
		}
		score += elScore(el.Kind, st.covered)
		j = nj
	}
	st.postEnd = j
	// before the verb, right to left
	j = vs
	for k := len(p.Pre) - 1; k >= 0; k-- {
		el := p.Pre[k]
		st.covered = 1
		nj, m, ok := st.matchEl(toks, ms, j, el, false, gapFor(el))
		if !ok {
			return 0, nil, nil, false
		}
		switch el.Kind {
		case dict.TokSource:
			src = m
		case dict.TokCompound:
			src = m
			st.compound = m
		case dict.TokTarget:
			tgt = m
		}
		score += elScore(el.Kind, st.covered)
		j = nj
	}
	return score, src, tgt, true
}

// elScore is what a matched element of kind k covering n tokens adds
// to its pattern's score: longer literal matches win (TABARI), a literal
// word beats a set member, an actor slot counts one, a skip nothing.
func elScore(k dict.TokKind, n int) int {
	switch k {
	case dict.TokWord, dict.TokAlt:
		return 3 * n
	case dict.TokSet:
		return 3*n - 1
	case dict.TokSkip:
		return 0
	}
	return 1
}

const maxGap = 6

// hasGap: a phrase of the element may cover more tokens than it has
// words: other words between its words (TABARI's space) or a synonym set
// inside it ("MOST_CERTAINLY_&NEGATVAUXVRB_EVER").
func hasGap(el dict.PatTok) bool {
	wide := func(p dict.Phrase) bool {
		for _, w := range p {
			if w.Gap || strings.HasPrefix(w.Text, "&") {
				return true
			}
		}
		return false
	}
	if wide(el.Phrase) {
		return true
	}
	for _, a := range el.Alts {
		if wide(a) {
			return true
		}
	}
	return false
}

// gapFor is how many words may come between el and its neighbour toward
// the verb: none when TABARI joined them with '_'.
func gapFor(el dict.PatTok) int {
	if el.Adj {
		return 0
	}
	return maxGap
}

// matchEl finds el after position j (forward) or ending before j
// (backward), skipping at most maxGap tokens; it returns the new position.
func (st *state) matchEl(toks []token, ms []mention, j int, el dict.PatTok, fwd bool, maxGap int) (int, *mention, bool) {
	if el.Kind == dict.TokSkip {
		// ^ skips a noun phrase: an actor mention just ahead, if any
		for k := range ms {
			if m := &ms[k]; fwd && m.start >= j && m.start <= j+2 {
				return m.end, nil, true
			}
		}
		for k := len(ms) - 1; k >= 0 && !fwd; k-- {
			if m := &ms[k]; m.end <= j && m.end >= j-2 {
				return m.start, nil, true // the nearest before
			}
		}
		return j, nil, true
	}
	for gap := 0; gap <= maxGap; gap++ {
		var at int
		if fwd {
			at = j + gap
			if at >= len(toks) {
				return 0, nil, false
			}
		} else {
			at = j - 1 - gap
			if at < 0 {
				return 0, nil, false
			}
		}
		if gap > 0 {
			w := toks[at].up
			if w == ";" || w == "." || w == ":" {
				return 0, nil, false
			}
			if fwd && (st.thatSkipped(toks, at, el) || st.pronounClause(toks, j, at, el)) {
				return 0, nil, false
			}
		}
		if el.Kind == dict.TokSource && !fwd {
			// $ before the verb: the clause's subject, wherever it is
			if m := st.sourceBefore(toks, ms, j); m != nil {
				return m.start, m, true
			}
			return 0, nil, false
		}
		switch el.Kind {
		case dict.TokSource, dict.TokTarget, dict.TokCompound:
			for k := range ms {
				m := &ms[k]
				if fwd && m.start == at {
					return m.end, m, true
				}
				if !fwd && m.end-1 == at {
					return m.start, m, true
				}
			}
		default:
			if fwd {
				if n := st.matchWords(toks, at, el); n > 0 && !st.buildingAfter(toks, at+n, el) && !st.insideName(toks, ms, at, n) {
					if gap > 0 && st.clauseSubject(toks, at+n) {
						return 0, nil, false
					}
					st.covered = n
					return at + n, nil, true
				}
			} else {
				// phrase ending at 'at': try starts backwards
				back := 4
				if hasGap(el) {
					back = 6 // "LOUDLY INCLUDED" may have words between
				}
				for s := at; s >= 0 && s >= at-back; s-- {
					if n := st.matchWords(toks, s, el); n > 0 && s+n == at+1 {
						st.covered = n
						return s, nil, true
					}
				}
			}
		}
	}
	return 0, nil, false
}

// thatSkipped reports whether a word of a pattern after the verb would be
// found only by skipping "that" right before toks[at] ("told the British
// minister that his plan was a worry": PLAN is the subject of what was
// told, no object of "told", so "* PLAN" 032 does not match). A literal
// element of a pattern that codes an event only (a null pattern such as
// SUGGEST's "* COULD" reads into the clause on purpose), not when a
// subject pronoun follows "that" (the speaker's own plan), and dyad's rules
// only: TABARI's skips stay as they were.
func (st *state) thatSkipped(toks []token, at int, el dict.PatTok) bool {
	if st.c.set.TabariRules || !st.inThat || at < 1 || toks[at-1].up != "THAT" {
		return false
	}
	if w := toks[at].up; subjectPronouns[w] || w == "IT" {
		return false // "announced that it plans to build a plant": the speaker's own act
	}
	switch el.Kind {
	case dict.TokWord, dict.TokAlt, dict.TokSet:
		return true
	}
	return false
}

// suicideBomber reports whether toks[i] is "bomber" or "bombers" after
// "suicide": a person who carries a bomb, no aircraft or weapon of a set
// (&AIRCRAFT, &WEAPON list BOMBER): "prepared to use suicide bombers" is
// no use of aircraft (UTILIZE * &AIRCRAFT 090). Dyad's rules only.
func suicideBomber(toks []token, i int) bool {
	if i < 1 || toks[i-1].up != "SUICIDE" {
		return false
	}
	w := toks[i].up
	return w == "BOMBER" || w == "BOMBERS"
}

// pronounClause reports whether a word of a pattern after the verb would
// be found only past a subject pronoun and a word after it, a reported
// clause with no "that" ("confirmed she received support from the
// church": SUPPORT is what she received, no object of "confirmed"). A
// subject pronoun is never the verb's object; a pattern word right after
// it stays ("announced it plans to …", as in thatSkipped). A literal
// element of a pattern that codes an event only, and dyad's rules only.
func (st *state) pronounClause(toks []token, j, at int, el dict.PatTok) bool {
	if st.c.set.TabariRules || !st.inThat {
		return false
	}
	switch el.Kind {
	case dict.TokWord, dict.TokAlt, dict.TokSet:
	default:
		return false
	}
	for p := j; p < at-1; p++ {
		if subjectPronoun(toks[p].up) && !ownVerbAhead(toks, p+1, at) {
			return true
		}
	}
	return false
}

// subjectPronoun is subjectPronouns[w] without hashing: pronounClause
// asks it of every word skipped at every gap a pattern element is tried
// at.
func subjectPronoun(w string) bool {
	switch w {
	case "HE", "SHE", "THEY", "WE", "I":
		return true
	}
	return false
}

// ownVerbAhead reports whether the words from i to the pattern's word at
// leave it the pronoun's own verb: only auxiliaries, modals and "not" come
// between ("said he would support …", "said he had started …"), or the
// pronoun opens a compound subject ("said he and the minister agree …").
func ownVerbAhead(toks []token, i, at int) bool {
	if i < at && toks[i].up == "AND" {
		return true
	}
	for ; i < at; i++ {
		if !clauseAux[toks[i].up] {
			return false
		}
	}
	return true
}

// clauseAux holds the auxiliaries, modals and negation that may stand
// between a subject pronoun and its verb.
var clauseAux = map[string]bool{
	"WOULD": true, "WILL": true, "COULD": true, "MIGHT": true, "MAY": true, "MUST": true,
	"SHOULD": true, "CAN": true, "SHALL": true, "DID": true, "DOES": true, "DO": true,
	"HAD": true, "HAS": true, "HAVE": true, "IS": true, "WAS": true, "ARE": true,
	"WERE": true, "BE": true, "BEEN": true, "NOT": true, "N'T": true,
}

// matchWords matches a word, set or alternative element at toks[i] and
// returns the number of tokens it covers.
func (st *state) matchWords(toks []token, i int, el dict.PatTok) int {
	switch el.Kind {
	case dict.TokWord:
		return st.phraseAt(toks, i, el.Phrase)
	case dict.TokAlt:
		best := 0
		for _, a := range el.Alts {
			if n := st.phraseAt(toks, i, a); n > best {
				best = n
			}
		}
		return best
	case dict.TokSet:
		t := st.c.sets[el.Set]
		if t == nil || !st.c.set.TabariRules && suicideBomber(toks, i) {
			return 0
		}
		_, n := t.longest(toks, i, nil)
		if n == 0 && el.Set == "CURRENCY" && st.giving && !st.c.set.TabariRules && currencySign(toks, i) {
			// "gave $5 million" is money given as "5 million dollars" is
			return 1
		}
		if n == 0 {
			// plural of a set member
			return pluralSet(t, toks, i)
		}
		return n
	}
	return 0
}

func pluralSet(t *trie[struct{}], toks []token, i int) int {
	w := toks[i].up
	if len(w) > 3 && strings.HasSuffix(w, "S") {
		tmp := []token{{up: strings.TrimSuffix(w, "S")}}
		if _, n := t.longest(tmp, 0, nil); n == 1 {
			return 1
		}
	}
	return 0
}

func (st *state) phraseAt(toks []token, i int, p dict.Phrase) int {
	for k, w := range p {
		if len(w.Text) > 1 && w.Text[0] == '&' {
			// a synonym set inside a phrase: "NEW &TIETYPES RELATIONS"
			n := 0
			if k > 0 {
				n = phraseAt(toks, i, p[:k])
				if n == 0 {
					return 0
				}
			}
			t := st.c.sets[strings.TrimSuffix(w.Text[1:], "_")]
			if t == nil || i+n >= len(toks) {
				return 0
			}
			_, m := t.longest(toks, i+n, nil)
			if m == 0 {
				return 0
			}
			r := st.phraseAt(toks, i+n+m, p[k+1:])
			if k+1 < len(p) && r == 0 {
				return 0
			}
			return n + m + r
		}
	}
	return phraseAt(toks, i, p)
}

func phraseAt(toks []token, i int, p dict.Phrase) int {
	if i+len(p) > len(toks) {
		return 0
	}
	for k, w := range p {
		if w.Gap && k > 0 {
			if end := phraseEnd(toks, i, p); end > i {
				return end - i
			}
			return 0
		}
		t := toks[i+k].up
		if w.Stem {
			if !strings.HasPrefix(t, w.Text) {
				return 0
			}
		} else if t != w.Text && !(k == len(p)-1 && len(w.Text) > 2 && len(t) == len(w.Text)+1 && t[len(t)-1] == 'S' && strings.HasPrefix(t, w.Text)) {
			return 0
		}
	}
	return len(p)
}

// phraseEnd matches p from toks[i] and returns the end of the match (-1
// when it fails). A word marked Gap (TABARI's space between words) may
// come after up to two other words.
func phraseEnd(toks []token, i int, p dict.Phrase) int {
	for k, w := range p {
		if w.Gap && k > 0 {
			for g := 0; g <= 2 && i+g < len(toks); g++ {
				if g > 0 && toks[i+g-1].punct {
					break
				}
				if wordMatch(toks[i+g].up, w, k == len(p)-1) {
					if end := phraseEnd(toks, i+g+1, p[k+1:]); end >= 0 {
						return end
					}
				}
			}
			return -1
		}
		if i >= len(toks) || !wordMatch(toks[i].up, w, k == len(p)-1) {
			return -1
		}
		i++
	}
	return i
}

func wordMatch(t string, w dict.Word, last bool) bool {
	if w.Stem {
		return strings.HasPrefix(t, w.Text)
	}
	return t == w.Text || last && len(w.Text) > 2 && len(t) == len(w.Text)+1 && t[len(t)-1] == 'S' && strings.HasPrefix(t, w.Text)
}

// clauseSubject reports whether a pattern's word matched after the verb,
// past other words, is followed by a modal ("denied the decision would
// suggest to China …", "rejected claims the plan could fail"): the noun
// is the subject of a reported clause, no object of the verb. Dyad's
// rules only.
func (st *state) clauseSubject(toks []token, next int) bool {
	if st.c.set.TabariRules || next >= len(toks) {
		return false
	}
	switch toks[next].up {
	case "WOULD", "WILL", "COULD", "MIGHT", "MAY", "MUST", "SHOULD", "CAN":
		return true
	}
	return st.clauseVerbAfter(toks, next)
}
