package code

import "strings"

// An elapsed-time phrase ("years ago", "months ago", "weeks ago") is a
// Phoenix discard: a sentence that looks back is no news. When the
// phrase stands in a clause that describes a noun — a relative clause
// ("a bomber who first travelled to Kenya 20 years ago", "the town from
// where the rebels declared their state three years ago") or a past
// participle right after a noun ("sanctions imposed on Uganda nine years
// ago") — it dates that clause only: the sentence's own verb ("Kenya
// lifted sanctions imposed on Uganda nine years ago") is news and is
// coded. No event is taken from a verb inside that clause, from its
// opening word to the phrase, nor, for a relative clause, with a source
// or target named inside it (the rebels who attacked Uganda are no
// Uganda: "The rebels who attacked Uganda two years ago were arrested
// by Kenya" gives no KEN 173 UGA); a phrase with no such clause before it
// ("Kenya invaded Uganda two years ago", "Two years ago, Kenya …")
// still discards the sentence.

// agoRelatives open a relative clause about the noun before them.
var agoRelatives = wordSet("WHO", "WHOM", "WHOSE", "WHICH", "WHERE")

// agoClause returns the first token of the noun-describing clause that
// holds the discard phrase toks[i:i+n] when that phrase ends in "ago",
// and whether there is one: a relative word (rel) or a past participle
// after a noun before it, with no comma, colon, semicolon or quotation
// mark between.
func agoClause(toks []token, i, n int) (start int, rel, ok bool) {
	if n < 1 || i+n > len(toks) || toks[i+n-1].up != "AGO" {
		return 0, false, false
	}
	for k := i - 1; k > 0; k-- {
		t := toks[k]
		if t.punct {
			return 0, false, false
		}
		if agoRelatives[t.up] {
			return k, true, true
		}
		if participleAfterNoun(toks, k) {
			return k, false, true
		}
	}
	return 0, false, false
}

// agoSpan is a clause dated "… ago": tokens [start, end), rel for a
// relative clause.
type agoSpan struct {
	start, end int
	rel        bool
}

// participleAfterNoun reports whether toks[k] is a lower-case past
// participle after a common noun (not a name, an auxiliary, a be or have
// form, a function word or an adverb): "sanctions imposed".
func participleAfterNoun(toks []token, k int) bool {
	p, w := toks[k], toks[k-1]
	if p.capital || !pastParticiple(p.up) || len(p.up) < 4 {
		return false
	}
	if w.punct || w.capital || beForms[w.up] || haveForms[w.up] || auxiliaries[w.up] || functionWords[w.up] || adverbs[w.up] {
		return false
	}
	return !strings.HasSuffix(w.up, "LY") && !strings.HasSuffix(w.up, "ED") && w.up != "NOT" && w.up != "NEVER"
}

// outsideClauses keeps the candidates whose verb lies in none of the
// clauses cl, nor, for a relative clause, their source or target (a
// member of this sentence).
func outsideClauses(cands []cand, cl []agoSpan) []cand {
	in := func(i int, r agoSpan) bool { return i >= r.start && i < r.end }
	kept := cands[:0]
	for _, cd := range cands {
		out := true
		for _, r := range cl {
			if in(cd.verbStart, r) ||
				r.rel && (cd.src.sent == 0 && in(cd.src.start, r) || cd.tgt.sent == 0 && in(cd.tgt.start, r)) {
				out = false
				break
			}
		}
		if out {
			kept = append(kept, cd)
		}
	}
	return kept
}
