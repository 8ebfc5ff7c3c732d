package code

import "strings"

// A gerund after a preposition of a noun that has a possessor ("the
// farmers' role in defending Tanzania", "the traders' part in helping
// Uganda") has the possessor as its subject. When no actor names the
// possessor, the gerund has no source: an actor of an earlier clause
// ("rejected the Ugandan demands, arguing that the farmers' role in
// defending …") is not its subject.

// gerundPreps are the prepositions between such a noun and its gerund.
var gerundPreps = map[string]bool{"IN": true, "AT": true, "OF": true, "FOR": true, "ON": true}

// possessedGerund reports whether the verb at vs is an -ing word after
// "noun + preposition" whose noun (one or two words) has a possessor
// marked by 's or a bare apostrophe, and returns the actor that names
// the possessor (nil when none does).
func possessedGerund(toks []token, ms []mention, inMention []int, vs int) (*mention, bool) {
	if vs < 4 || !strings.HasSuffix(toks[vs].up, "ING") || !gerundPreps[toks[vs-1].up] {
		return nil, false
	}
	for n := vs - 2; n >= vs-3 && n >= 1; n-- {
		w := toks[n]
		if w.punct || w.capital || inMention[n] != 0 || functionWords[w.up] || determiners[w.up] {
			return nil, false
		}
		q := toks[n-1]
		owner := -1
		switch {
		case q.up == "'S" || q.up == "'" || q.up == "’":
			owner = n - 2
		case len(q.up) > 1 && (strings.HasSuffix(q.up, "'") || strings.HasSuffix(q.up, "’")):
			owner = n - 1
		}
		if owner >= 0 {
			if inMention[owner] != 0 {
				return &ms[inMention[owner]-1], true
			}
			return nil, true
		}
	}
	return nil, false
}
