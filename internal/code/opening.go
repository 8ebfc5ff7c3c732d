// Opening phrases: "At their meeting in London, G7 ministers backed …".

package code

import "strings"

// openers are the words that open an adverbial phrase before a
// sentence's subject: prepositions of place, time and manner.
var openers = map[string]bool{
	"AT": true, "IN": true, "ON": true, "DURING": true, "FOLLOWING": true, "DESPITE": true, "AMID": true,
	"AMIDST": true, "UNDER": true, "AHEAD": true, "WITHOUT": true, "THROUGHOUT": true, "INSIDE": true,
	"OUTSIDE": true, "ACCORDING": true, "UPON": true, "FROM": true,
}

// openingClauses are the subordinators that open a clause before a
// sentence's subject; their clause has a verb of its own.
var openingClauses = map[string]bool{
	"AFTER": true, "BEFORE": true, "WHILE": true, "WHEN": true, "ONCE": true, "ALTHOUGH": true, "THOUGH": true,
}

// subjectPronouns open a clause of their own inside a phrase.
var subjectPronouns = map[string]bool{"HE": true, "SHE": true, "THEY": true, "WE": true, "I": true}

// openingComma is the comma that closes a sentence's opening phrase, or
// -1. The sentence (after "But", "And" or a quotation mark) opens with a
// preposition and no clause of its own before the comma (no auxiliary,
// modal or subject pronoun: "At their meeting in London,"), a participle
// before a preposition ("Speaking in Nairobi,") or a subordinator
// ("Before visiting Israel,"); and the first actor after the comma is no
// apposition nor one of a list going on with a comma ("In recent days
// House Speaker Jim Wright, a Texas Democrat," has no opening comma). An
// actor inside that phrase is where, when or after what the subject
// acts, never the subject nor one of a list with it: "At the summit in
// Nairobi, Ugandan ministers criticised Sudan" is Uganda's criticism
// alone.
func openingComma(toks []token, ms []mention) int {
	return openingCommaBefore(toks, ms, -1)
}

// openingCommaBefore is openingComma for the verb at vs: a comma right
// before that verb, after the first actor after the opening comma, ends
// no apposition but the subject ("In London on Thursday, India's finance
// minister, lashed out at …").
func openingCommaBefore(toks []token, ms []mention, vs int) int {
	p := 0
	for p < len(toks) && (toks[p].up == "BUT" || toks[p].up == "AND" || toks[p].up == "YET" || isQuote(toks[p].up)) {
		p++
	}
	if p+2 >= len(toks) {
		return -1
	}
	w := toks[p].up
	participle := strings.HasSuffix(w, "ING") && len(w) > 5 && toks[p].capital && openers[toks[p+1].up]
	as := asClause(toks, ms, p) // asclause.go
	clause := openingClauses[w] || as
	if !openers[w] && !participle && !clause {
		return -1
	}
	c := -1
	for i := p + 1; i < len(toks) && c < 0; i++ {
		switch t := toks[i].up; {
		case t == ",":
			c = i
		case t == ";" || t == ":" || isQuote(t) || isDash(t):
			return -1
		case !clause && (modal[t] || subjectPronouns[t]):
			return -1 // "During his visit he is to call on A, B …"
		}
	}
	if c < 0 {
		return -1
	}
	if !as && !objectInPhrase(toks, ms, p, c, clause) { // an "As" clause's first actor is its subject
		return -1
	}
	for _, m := range ms {
		if m.start < c && m.end > c {
			return -1 // a list that the comma did not end (joinCompounds found no opening phrase)
		}
	}
	for _, m := range ms {
		if m.start > c {
			if m.end < len(toks) && toks[m.end].up == "," && m.end+1 != vs {
				return -1
			}
			break
		}
	}
	return c
}

// phrasePreps are the words whose object an actor inside an opening
// phrase is.
var phrasePreps = map[string]bool{
	"IN": true, "AT": true, "ON": true, "OF": true, "TO": true, "WITH": true, "FROM": true, "BY": true, "FOR": true,
	"BETWEEN": true, "AGAINST": true, "ABOUT": true, "OVER": true, "INTO": true, "NEAR": true, "AFTER": true,
	"BEFORE": true, "DURING": true, "DESPITE": true, "UNDER": true, "AMONG": true,
}

// objectInPhrase reports whether the last actor of the opening phrase
// (after token p, before the comma c) is the object of a preposition or
// a participle ("in London", "of Malaga", "visiting Israel") or, in an
// opening clause, of a past verb ("attacked Uganda"), a determiner
// between; true when the phrase
// names none. "In recent days Ugandan President Yoweri Museveni, …" is
// a subject after a phrase that no comma closed.
func objectInPhrase(toks []token, ms []mention, p, c int, clause bool) bool {
	var last *mention
	for k := range ms {
		if ms[k].start > p && ms[k].end <= c {
			last = &ms[k]
		}
	}
	if last == nil {
		return true
	}
	i := last.start - 1
	for i > p && determiners[toks[i].up] {
		i--
	}
	for i > p && listJoiners[toks[i].up] {
		// "Under an agreement with Kenya and Uganda,": the first of a
		// list is the object
		prev := mentionEndingAt(ms, i)
		if prev == nil || prev.start <= p {
			break
		}
		for i = prev.start - 1; i > p && determiners[toks[i].up]; i-- {
		}
	}
	w := toks[i].up
	if clause && strings.HasSuffix(w, "ED") && toks[i].lower {
		return true // "After Kenya attacked Uganda,"
	}
	return phrasePreps[w] || openers[w] || strings.HasSuffix(w, "ING") && !toks[i].capital || i == p
}

// listJoiners join the actors of a list.
var listJoiners = map[string]bool{"AND": true, ",": true, "&": true, "OR": true}

// mentionEndingAt is the mention that ends right before token i, or nil.
func mentionEndingAt(ms []mention, i int) *mention {
	for k := range ms {
		if ms[k].end == i {
			return &ms[k]
		}
	}
	return nil
}
