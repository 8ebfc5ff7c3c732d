// TABARI coding options (dict.Options) applied to a sentence:
// comma-delimited clause deletion, minimum words, the complexity filter
// and DEFAULT source and target codes.

package code

import (
	"dyad/internal/dict"
	"dyad/internal/news"
)

// wordCount counts a sentence's words (no punctuation, no possessive 's).
func wordCount(toks []token) int {
	n := 0
	for _, t := range toks {
		if !t.punct && t.up != "'S" {
			n++
		}
	}
	return n
}

// dropCommaClauses deletes TABARI's comma-delimited subordinate clauses.
// Commas pair up from the left: a comma opens a clause that the next
// comma closes. The words before an opening comma are deleted when they
// number BMin..BMax; a clause between the pair is deleted (with its
// opening comma) when it has Min..Max words; an opening comma with no
// closing one starts the terminal clause, deleted up to the final
// punctuation when it has EMin..EMax words. The closing comma of a pair
// opens nothing, so "X, who …, said Y" keeps its main clause. Commas
// for which listComma is true (inside a compound actor, "A, B and C")
// delimit nothing.
func dropCommaClauses(toks []token, c dict.Comma, listComma func(int) bool) []token {
	isComma := func(i int) bool { return toks[i].up == "," && (listComma == nil || !listComma(i)) }
	end := len(toks)
	for end > 0 && toks[end-1].punct && !isComma(end-1) {
		end--
	}
	var drop []bool
	mark := func(a, b int) {
		if drop == nil {
			drop = make([]bool, len(toks))
		}
		for k := a; k < b; k++ {
			drop[k] = true
		}
	}
	within := func(a, b, lo, hi int) bool {
		w := wordCount(toks[a:b])
		return w >= lo && w <= hi
	}
	for i := 0; i < end; i++ {
		if !isComma(i) {
			continue
		}
		if within(0, i, c.BMin, c.BMax) {
			mark(0, i)
		}
		j := i + 1
		for j < end && !isComma(j) {
			j++
		}
		if j == end {
			if within(i+1, end, c.EMin, c.EMax) {
				mark(i, end)
			}
			break
		}
		if within(i+1, j, c.Min, c.Max) {
			mark(i, j)
		}
		i = j // the closing comma opens no clause
	}
	if drop == nil {
		return toks
	}
	out := toks[:0]
	for i, t := range toks {
		if !drop[i] {
			out = append(out, t)
		}
	}
	return out
}

var conjunctions = map[string]bool{"AND": true, "BUT": true, "OR": true, "NOR": true, "WHILE": true, "WHEREAS": true}

// tooComplex is TABARI's complexity filter: VERBS[n] or more verbs,
// CONJ[n] or more conjunctions outside compound actors, or (NOACTPRIOR)
// no actor before the first verb that codes something. A verb used as a
// noun (after a determiner, capitalised inside the sentence) is not
// counted.
func (st *state) tooComplex(toks []token, ms []mention, inMention []int, cx dict.Complexity) bool {
	verbs, conj, firstVerb := 0, 0, -1
	allCaps := allCapitals(toks)
	for i := 0; i < len(toks); i++ {
		if inMention[i] != 0 || toks[i].punct {
			continue
		}
		if conjunctions[toks[i].up] {
			conj++
		}
		vals, n := st.c.verbs.longest(toks, i, func(j int) bool { return inMention[j] != 0 })
		if n == 0 {
			continue
		}
		if i > 0 && (tabariDeterm[toks[i-1].up] || toks[i].capital && !allCaps) {
			i += n - 1
			continue // a noun
		}
		verbs++
		code := vals[0].block.Code
		if !vals[0].form.Code.IsZero() {
			code = vals[0].form.Code
		}
		if firstVerb < 0 && !code.Null {
			firstVerb = i
		}
		i += n - 1
	}
	switch {
	case cx.Verbs > 0 && verbs >= cx.Verbs, cx.Conj > 0 && conj >= cx.Conj:
		return true
	case cx.NoActorPrior && firstVerb >= 0 && (len(ms) == 0 || ms[0].start > firstVerb):
		return true
	}
	return false
}

// allCapitals reports whether a sentence has no lower-case letter (then
// capitals say nothing about nouns).
func allCapitals(toks []token) bool {
	for _, t := range toks {
		if t.lower {
			return false
		}
	}
	return true
}

// defaultMention is a DEFAULT: source or target code standing for an
// actor the sentence does not name.
func defaultMention(code string, at int) *mention {
	return &mention{start: at, end: at, members: []member{{
		actor:   news.Actor{Code: code, Country: countryOf(code)},
		start:   at,
		end:     at,
		explain: []string{"DEFAULT code " + code},
	}}}
}

// applyDefaults fills a missing source or target as TABARI's DEFAULT:
// option says: the default codes with PRIOR and AFTER, else the actor
// after the verb as source and the second member of a compound source as
// target.
func (st *state) applyDefaults(ms []mention, vs, ve int, src, tgt *mention) (*mention, *mention, string) {
	d := st.c.set.Default
	note := ""
	if src == nil {
		switch {
		case d.Prior && d.Source != "":
			src = defaultMention(d.Source, vs)
			note = "DEFAULT source " + d.Source
		case tgt != nil:
			src, tgt = tgt, st.anyAfter(ms, tgt.end)
			note = "no actor before the verb: source after it"
		}
	}
	if src != nil && tgt == nil {
		switch {
		case d.After && d.Target != "":
			tgt = defaultMention(d.Target, ve)
			note = "DEFAULT target " + d.Target
		case len(src.members) > 1:
			s, t := *src, *src
			s.members, t.members = src.members[:1], src.members[1:]
			src, tgt = &s, &t
			note = "no actor after the verb: compound source split"
		}
	}
	return src, tgt, note
}
