// TABARI's coding rules (dict.Options.TabariRules): clauses split at
// conjunctions only, the clause's first actor as the source of all its
// verbs, the first actor after the verb (else the nearest before it) as
// the target, pronouns dereferenced to the sentence's first actor.

package code

import (
	"strings"

	"dyad/internal/dict"
)

// tabariConj are the conjunctions that end a clause under TABARI's rules.
var tabariConj = map[string]bool{"AND": true, "BUT": true, "OR": true}

// tabariDeterm are TABARI's determiners: a verb right after one is a noun.
var tabariDeterm = map[string]bool{"A": true, "AN": true, "THE": true}

// tabariClauses splits a sentence into clauses at conjunctions outside
// actor mentions (a compound "A and B" is one mention), not first or
// last in the sentence.
func (st *state) tabariClauses(toks []token, inMention []int, words map[string]string) [][2]int {
	var out [][2]int
	start := 0
	for i := 1; i+1 < len(toks); i++ {
		if tabariConj[toks[i].up] && inMention[i] == 0 && !wordPair(toks, i, words) && !st.inVerb(toks, i) {
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	return append(out, [2]int{start, len(toks)})
}

// inVerb: the word at i is inside a verb phrase ("SHOT_AND_WOUND").
func (st *state) inVerb(toks []token, i int) bool {
	if st == nil {
		return false
	}
	for j := max(0, i-3); j < i; j++ {
		if _, n := st.c.verbs.longest(toks, j, nil); j+n > i {
			return true
		}
	}
	return false
}

// wordKind is a word's TABARI list ("NOUN", "ADJECTIVE"), a plural S
// allowed.
func wordKind(w string, words map[string]string) string {
	if k := words[w]; k != "" {
		return k
	}
	if len(w) > 3 && w[len(w)-1] == 'S' {
		return words[w[:len(w)-1]]
	}
	return ""
}

// wordPair: the conjunction at i joins two nouns (adjectives between:
// "sheep and evil goats") or two adjectives ("awful and evil"), not two
// clauses.
func wordPair(toks []token, i int, words map[string]string) bool {
	if len(words) == 0 {
		return false
	}
	before := wordKind(toks[i-1].up, words)
	j := i + 1
	if before == "ADJECTIVE" {
		return wordKind(toks[j].up, words) == "ADJECTIVE"
	}
	for j < len(toks) && wordKind(toks[j].up, words) == "ADJECTIVE" {
		j++
	}
	return before == "NOUN" && j < len(toks) && wordKind(toks[j].up, words) == "NOUN"
}

// sameActor: two mentions with the same codes (TABARI compares codes,
// not places).
func sameActor(a, b *mention) bool {
	if a == nil || b == nil || len(a.members) != len(b.members) {
		return false
	}
	for i := range a.members {
		if a.members[i].actor.Code != b.members[i].actor.Code {
			return false
		}
	}
	return true
}

// tabariSource is the first actor of the clause [cs, ce) that is not
// the target; with DEFAULT: … PRIOR, an actor after the verb gives way
// to the default source.
func (st *state) tabariSource(ms []mention, cs, ce, vs int, tgt *mention) *mention {
	d := st.c.set.Default
	for k := range ms {
		m := &ms[k]
		if m.start < cs || m.start >= ce {
			continue
		}
		if d.Prior && d.Source != "" && m.start >= vs {
			return defaultMention(d.Source, vs)
		}
		if !sameActor(m, tgt) {
			return m
		}
	}
	if d.Source != "" {
		return defaultMention(d.Source, vs)
	}
	return nil
}

// tabariTarget is the first actor after the verb in the clause that is
// not the source; else (unless DEFAULT: … AFTER) the nearest before the
// verb; else a compound source is its own target.
func (st *state) tabariTarget(ms []mention, cs, ce, ve int, src *mention) *mention {
	d := st.c.set.Default
	for k := range ms {
		m := &ms[k]
		if m.start >= ve && m.start < ce && !sameActor(m, src) {
			return m
		}
	}
	if d.After && d.Target != "" {
		return defaultMention(d.Target, ve)
	}
	// back from the verb, actor by actor: a later member of a compound
	// is a target on its own ("Bree and Arnor … restore": BRE → ARN)
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.start >= ve || m.end > ve || m.start < cs {
			continue
		}
		for x := len(m.members) - 1; x >= 1; x-- {
			if src == nil || m.members[x].actor.Code != src.members[0].actor.Code {
				return &mention{start: m.members[x].start, end: m.members[x].end, members: m.members[x : x+1]}
			}
		}
		if src == nil || m.members[0].actor.Code != src.members[0].actor.Code {
			return m
		}
	}
	if src != nil && len(src.members) > 1 {
		return src
	}
	if d.Source != "" {
		return defaultMention(d.Target, ve)
	}
	return nil
}

var tabariAux = map[string]bool{"WAS": true, "WERE": true, "BEEN": true, "IS": true, "ARE": true, "BE": true, "BEING": true}

// tabariPassive: an auxiliary one or two words before the verb and BY one
// to three words after it.
func tabariPassive(toks []token, vs, ve int) bool {
	by := false
	for k := ve; k < len(toks) && k < ve+3; k++ {
		if toks[k].up == "BY" {
			by = true
			break
		}
	}
	return by && (vs > 0 && tabariAux[toks[vs-1].up] || vs > 1 && tabariAux[toks[vs-2].up])
}

// tabariVerbs codes a sentence's verbs under TABARI's rules and the
// CODE BY option.
func (st *state) tabariVerbs(toks []token, ms []mention, inMention []int) []cand {
	c := st.c
	set := &c.set
	var cands []cand
	var source *mention // the clause's source, kept from verb to verb
	allCaps := allCapitals(toks)
	for ci, cl := range st.tabariClauses(toks, inMention, c.words) {
		cs, ce := cl[0], cl[1]
		if ce-cs < 3 {
			continue // "sheep and goats": not a clause
		}
		if ci > 0 && inMention[cs] != 0 {
			source = &ms[inMention[cs]-1] // a clause that opens with an actor
		}
		for i := cs; i < ce; i++ {
			if inMention[i] != 0 || toks[i].punct {
				continue
			}
			vals, n := c.verbs.longest(toks, i, func(j int) bool { return inMention[j] != 0 })
			if n == 0 {
				continue
			}
			st.nounUse = i > 0 && (tabariDeterm[toks[i-1].up] || toks[i].capital && !allCaps && toks[i-1].up != "\"")
			got, src, passive := st.tabariVerb(toks, ms, inMention, cs, ce, i, i+n, vals[0], source)
			if st.discard {
				return nil
			}
			source = src
			if passive {
				source = nil // the next verb finds its own source
			}
			i += n - 1
			cands = append(cands, got...)
			made := false
			for _, g := range got {
				made = made || !g.sub
			}
			if made && set.CodeBy == dict.CodeBySentence {
				return resolveSubDom(cands)
			}
			if made && set.CodeBy == dict.CodeByClause {
				break
			}
		}
	}
	return resolveSubDom(cands)
}

// resolveSubDom applies TABARI's subordinate and dominant codes: a
// dominant event cancels all others; any other event cancels the
// subordinate ones.
func resolveSubDom(cands []cand) []cand {
	dom, nonSub := false, false
	for _, cd := range cands {
		if cd.src.actor.Code == "+++" || cd.tgt.actor.Code == "+++" {
			return nil // an actor coded +++: the sentence is too complex
		}
		dom = dom || cd.dom
		nonSub = nonSub || !cd.sub
	}
	if !dom && !nonSub {
		return cands
	}
	out := cands[:0]
	for _, cd := range cands {
		if dom && cd.dom || !dom && !cd.sub {
			out = append(out, cd)
		}
	}
	return out
}

// tabariVerb codes one verb: the best pattern, then the source (the
// pattern's, else the clause's) and the target. It returns the clause
// source to keep for the next verb and whether the verb was passive.
func (st *state) tabariVerb(toks []token, ms []mention, inMention []int, cs, ce, vs, ve int, vv verbVal, source *mention) ([]cand, *mention, bool) {
	block, form := vv.block, vv.form
	code := block.Code
	if !form.Code.IsZero() {
		code = form.Code
	}
	var srcP, tgtP, compound *mention
	best := -1
	var bestP *dict.Pattern
	for pi := range block.Patterns {
		p := &block.Patterns[pi]
		score, s, t, ok := st.matchPattern(toks, ms, inMention, vs, ve, p)
		if ok && score > best {
			best, code, srcP, tgtP, bestP, compound = score, p.Code, s, t, p, st.compound
		}
	}
	if st.nounUse && (bestP == nil || len(bestP.Pre) == 0) {
		return nil, source, false
	}
	explain := ""
	if st.c.opts.Explain {
		if bestP != nil {
			explain = posString(bestP.Pos, bestP.Origin) + " - " + bestP.Text + " [" + bestP.Code.String() + "] in block " + block.Name
		} else {
			explain = posString(form.Pos, form.Origin) + " " + form.Forms[0].String() + " [" + code.String() + "] in block " + block.Name
		}
	}
	if code.Discard || code.Complex {
		st.discard = true // "###" discards the sentence, "+++" marks it too complex
		return nil, source, false
	}
	if code.Null || code.IsZero() {
		return nil, source, false
	}
	src, tgt := srcP, tgtP
	if compound != nil && len(compound.members) > 1 {
		src, tgt = compound, compound
	}
	regularSrc, regularTgt := src == nil, tgt == nil
	if src == nil {
		src = source
	}
	if src == nil {
		src = st.tabariSource(ms, cs, ce, vs, tgt)
	}
	keep := source
	if regularSrc {
		keep = src
	}
	if tgt == nil {
		tgt = st.tabariTarget(ms, cs, ce, ve, src)
	}
	if src == nil || tgt == nil {
		return nil, keep, false
	}
	var notes []string
	passive := false
	if regularSrc && regularTgt && tabariPassive(toks, vs, ve) {
		src, tgt, passive = tgt, src, true
		notes = append(notes, "passive voice: source and target swapped")
	}
	return st.tabariPairs(src, tgt, code, vs, ve, explain, notes), keep, passive
}

// tabariPairs is one candidate per source and target member (and the
// paired code's reverse event).
func (st *state) tabariPairs(src, tgt *mention, code dict.Code, vs, ve int, explain string, notes []string) []cand {
	var out []cand
	for _, s := range src.members {
		for _, t := range tgt.members {
			if s.actor.Code == t.actor.Code {
				continue
			}
			if code.Code != "" {
				out = append(out, cand{src: s, tgt: t, code: code.Code, verbStart: vs, verbEnd: ve, explain: explain, notes: notes, srcM: src, sub: code.Sub, dom: code.Dom})
			}
			if code.Reverse != "" {
				out = append(out, cand{src: t, tgt: s, code: code.Reverse, verbStart: vs, verbEnd: ve, explain: explain, notes: notes, srcM: tgt, sub: code.Sub, dom: code.Dom})
			}
		}
	}
	return out
}

// tabariPronoun dereferences a pronoun as TABARI does: he, she, it and
// their forms → the sentence's first actor that is not a compound
// before it; they, them, their → the first compound before it, else the
// first actor. ok is false when the word is not such a pronoun.
func tabariPronoun(w string) (plural, ok bool) {
	switch w {
	case "HE", "HIM", "HIS", "SHE", "HER", "IT", "ITS":
		return false, true
	case "THEY", "THEM", "THEIR":
		return true, true
	}
	return false, false
}

func (st *state) tabariPronouns(toks []token, ms []mention) []mention {
	var add []mention
	covered := func(i int) bool {
		for _, m := range ms {
			if i >= m.start && i < m.end {
				return true
			}
		}
		return false
	}
	for i, t := range toks {
		plural, ok := tabariPronoun(t.up)
		if !ok || covered(i) {
			continue
		}
		var ref *mention
		for k := range ms {
			m := &ms[k]
			if m.end > i {
				break
			}
			if plural {
				if len(m.members) > 1 {
					ref = m
					break
				}
				if ref == nil {
					ref = m
				}
			} else if len(m.members) == 1 {
				ref = m
				break
			}
		}
		if ref == nil && st.forward != nil {
			ref = st.forward
		}
		if ref == nil {
			continue
		}
		m := mention{start: i, end: i + 1}
		for _, mem := range ref.members {
			mem.start, mem.end, mem.pronoun = i, i+1, true
			if mem.baseLen > 0 && int(mem.baseOff)+int(mem.baseLen) <= len(mem.actor.Code) {
				// the pronoun's own neighbours give its agent, not
				// the referent's ("Fornost President …. He" → FOR)
				base := mem.actor.Code[mem.baseOff : mem.baseOff+mem.baseLen]
				mem.actor.Code, mem.actor.Country, mem.baseLen = base, countryOf(base), 0
			}
			mem.explain = append(append([]string(nil), mem.explain...), "pronoun "+strings.ToLower(t.up)+" → "+mem.actor.Code)
			m.members = append(m.members, mem)
		}
		add = append(add, m)
	}
	return mergeMentions(ms, add)
}

// former reports whether "former" comes just before a mention or inside
// it (TABARI codes a former office holder's role as ELI).
func (st *state) former(toks []token, start, end int) bool {
	for k := start - 1; k < end; k++ {
		if k >= 0 && k < len(toks) && toks[k].up == "FORMER" {
			return true
		}
	}
	return false
}

// tabariAgentCode combines an actor code with an agent as TABARI does:
// "~GOV" appends (USAGOV + ~ELI → USAGOVELI), "NGM~" prepends, and a
// role the actor code already holds (on a 3-letter boundary) is not
// repeated. A former office holder's role is ELI.
func tabariAgentCode(code string, ag *dict.Agent, former bool) string {
	suf, after := ag.Suffix()
	if former {
		suf, after = "ELI", true
	}
	for k := 0; k+len(suf) <= len(code); k += 3 {
		if code[k:k+len(suf)] == suf {
			return code
		}
	}
	if after {
		return code + suf
	}
	return suf + code
}

// listCommas marks the commas inside compound actors ("Mordor, the awful
// Fornost, and Gondor"), which TABARI's comma-clause deletion skips.
func (st *state) listCommas(sent string, toks []token) func(int) bool {
	hasComma := false
	for _, t := range toks {
		hasComma = hasComma || t.up == ","
	}
	if !hasComma {
		return nil
	}
	ms := joinCompounds(toks, st.mentions(sent, toks), func(i int) bool { return st.isVerbAt(toks, i) }, st.c.set.TabariRules)
	return func(i int) bool {
		for _, m := range ms {
			if len(m.members) < 2 || i <= m.start || i >= m.end {
				continue
			}
			// a list goes on to an "and" ("A, B and C"); a comma after
			// the last member ends it ("A and B, the C newspaper")
			for k := i + 1; k < m.end; k++ {
				if w := toks[k].up; w == "AND" || w == "NOR" || w == "&" {
					return true
				}
			}
		}
		return false
	}
}

// dropQuotes removes quotation marks (Al "The Weasel" Gore → Al The
// Weasel Gore).
func dropQuotes(toks []token) []token {
	out := toks[:0]
	for _, t := range toks {
		if t.up != "\"" {
			out = append(out, t)
		}
	}
	return out
}
