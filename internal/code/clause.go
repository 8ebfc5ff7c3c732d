// Clause splitting: the boundaries that delimit a verb's clause and
// the rules that pick its source before and its target after.

package code

import (
	"strings"
)

var adverbs = map[string]bool{"JOINTLY": true, "ALSO": true, "HAVE": true, "HAS": true, "HAD": true, "WILL": true, "SHOULD": true,
	"OFFICIALLY": true, "FIRMLY": true, "TODAY": true, "ON": true, "AGAIN": true, "WOULD": true, "CAN": true, "TO": true, "DECIDED": true, "AGREED": true, "NEED": true, "MUST": true}

// adjacentSubject: the mention is the verb's subject (only auxiliaries,
// adverbs and words of time between: "Britain and France on Wednesday
// signed").
func adjacentSubject(toks []token, m *mention, vs int) bool {
	if vs-m.end > 3 {
		return false
	}
	for g := m.end; g < vs; g++ {
		if !adverbs[toks[g].up] && !strings.HasSuffix(toks[g].up, "LY") && !timeWords[toks[g].up] {
			return false
		}
	}
	return true
}

var clauseBreak = map[string]bool{"AND": true, "BUT": true, ";": true, "WHILE": true, "WHEREAS": true, "AFTER": true, "BEFORE": true, "WHEN": true, "THAT": true, "WHICH": true, "WHO": true}

var clauseStops = map[string]bool{";": true, ":": true, "\"": true, "WHICH": true, "WHILE": true, "WHEREAS": true, "BUT": true,
	"AFTER": true, "BEFORE": true, "WHEN": true, "BECAUSE": true, "ALTHOUGH": true, "UNTIL": true, "WHETHER": true}

var determiners = map[string]bool{"THE": true, "A": true, "AN": true, "THEIR": true, "HIS": true, "ITS": true, "HER": true, "OUR": true, "THIS": true, "THAT": true}

// sourceBefore is the verb's subject: the possessor of a verbal noun
// ("Putin's visit"), else the first mention of the verb's clause (TABARI's
// rule: "Gollum, accompanying Radagast, called on …"), else the nearest
// mention before the verb.
func (st *state) sourceBefore(toks []token, ms []mention, vs int) *mention {
	// the clause starts after the last boundary before the verb
	start := 0
	for g := vs - 1; g >= 0; g-- {
		w := toks[g].up
		if clauseStops[w] || clauseBreak[w] || speechVerbs[w] {
			start = g + 1
			break
		}
	}
	// "… were killed as Syrian forces shelled …": a subordinator before
	// the verb's adjacent subject opens its clause (a named subject: a
	// pronoun's antecedent is less sure in such a clause)
	if !st.c.set.TabariRules {
		for k := len(ms) - 1; k >= 0; k-- {
			m := &ms[k]
			if m.end > vs {
				continue
			}
			if m.start > start && !m.members[0].pronoun && subordinateBefore(toks, m.start) && adjacentSubject(toks, m, vs) {
				start = m.start
			}
			break
		}
	}
	// "Putin's (next) visit": the possessor of a verbal noun is its source
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end < vs && m.end >= vs-3 && toks[m.end].up == "'S" {
			return m
		}
		if m.end <= vs-3 {
			break
		}
	}
	var nearest *mention
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end > vs {
			continue
		}
		if m.start < start {
			break
		}
		nearest = m // keep going back: the first actor of the clause
	}
	if nearest != nil {
		return nearest
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end > vs {
			continue
		}
		for g := m.end; g < vs; g++ {
			if clauseStops[toks[g].up] {
				return nil
			}
		}
		return m
	}
	return nil
}

// subordinateBefore reports whether the word before token i opens a
// subordinate clause that clauseStops does not end: "as", "since",
// "though", "unless", "once" (not "such as", "as well as").
func subordinateBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].up {
	case "AS":
		return !(i >= 2 && (toks[i-2].up == "SUCH" || toks[i-2].up == "WELL" || toks[i-2].up == "SAME"))
	case "SINCE", "THOUGH", "UNLESS", "ONCE":
		return true
	}
	return false
}

// targetAfter is the first mention after the verb within the clause and a
// few words, unless it is the subject of a following clause.
func (st *state) targetAfter(toks []token, ms []mention, ve int) *mention {
	for k := range ms {
		m := &ms[k]
		if m.start < ve {
			continue
		}
		if m.start-ve > 10 {
			return nil
		}
		for g := ve; g < m.start; g++ {
			if clauseStops[toks[g].up] || toks[g].up == "." {
				return nil
			}
		}
		// "Putin's visit": the possessor of a verbal noun is that
		// noun's subject, not this verb's target; but a verb that judges
		// another's act has its author as target ("criticised Uganda's
		// plan", "welcomed Putin's offer": CAMEO codes the author)
		if m.end+1 < len(toks) && toks[m.end].up == "'S" && !judging(st.curCode) {
			for k := m.end + 1; k < len(toks) && k <= m.end+3; k++ {
				if st.c.verbs.root.kid(toks[k].up) != nil { // an exact verb form, not a stem
					return nil
				}
				if toks[k].punct || functionWords[toks[k].up] {
					break
				}
			}
		}
		// subject of a clause joined by "and": "MPs warned against
		// disunity and Michael Howard may take up the theme"
		if m.start > ve && (toks[m.start-1].up == "AND" || toks[m.start-1].up == "OR") {
			for k := m.end; k < len(toks) && k <= m.end+3; k++ {
				if modal[toks[k].up] || st.isVerbAt(toks, k) {
					return nil
				}
				if toks[k].punct {
					break
				}
			}
		}
		// an apposition between dashes after the mention: "…, Ghana - the
		// world's second largest producer - announced": the verb after it
		// decides as it does right after the name
		if !st.c.set.TabariRules && m.end < len(toks) && isDash(toks[m.end].up) {
			for k := m.end + 1; k < len(toks) && k <= m.end+12; k++ {
				if isDash(toks[k].up) {
					if v := k + 1; v < len(toks) && st.isVerbAt(toks, v) {
						for g := ve; g < m.start; g++ {
							if toks[g].up == "," {
								return nil
							}
						}
					}
					break
				}
				if toks[k].up == "." || toks[k].up == ";" {
					break
				}
			}
		}
		// subject of a complement clause: "said China will …"
		nx := m.end
		for nx < len(toks) && (modal[toks[nx].up]) {
			nx++
		}
		speech := speechVerbs[toks[ve-1].up] || strings.HasPrefix(st.curCode, "01")
		if speech && nx > m.end && nx < len(toks) {
			return nil
		}
		if nx < len(toks) && st.isVerbAt(toks, nx) {
			if speechVerbs[toks[nx].up] || speech && presentVerb(toks[nx].up) {
				return nil
			}
			for g := ve; g < m.start; g++ {
				if toks[g].up == "," {
					return nil // ", Xi said": the subject of another clause
				}
			}
		}
		if !st.c.set.TabariRules && speechTagAt(toks, m.end) && len(m.members) > 1 {
			if last := m.members[len(m.members)-1]; last.start > m.start && toks[last.start-1].up == "," {
				// "… wounded another in northwest Syria, Turkey's
				// defence ministry announced": the name after the
				// list's last comma is the speech tag's speaker, not a
				// member of the list
				cut := *m
				cut.members = m.members[: len(m.members)-1 : len(m.members)-1]
				cut.end = last.start - 1
				return &cut
			}
		}
		if !st.c.set.TabariRules && speechTagAt(toks, m.end) {
			for g := ve; g < m.start; g++ {
				if toks[g].up == "," {
					// "…, an Ethiopian mediator said on Tuesday": the
					// actor is in the speech tag (the speaker or its
					// nationality), not the reported verb's target
					return nil
				}
			}
		}
		return m
	}
	return nil
}

// tagVerbs close a reported clause as its speech tag ("…, the ministry
// announced", "…, a mediator said on Tuesday").
var tagVerbs = map[string]bool{"SAID": true, "SAYS": true, "TOLD": true, "ADDED": true, "ANNOUNCED": true, "ANNOUNCES": true,
	"REPORTED": true, "REPORTS": true, "CONFIRMED": true, "CONFIRMS": true, "STATED": true, "STATES": true, "NOTED": true,
	"CLAIMED": true, "CLAIMS": true, "INSISTED": true, "INSISTS": true, "STRESSED": true, "WARNED": true, "WARNS": true}

// speechTagAt: the words from i end a sentence's speech tag — at most
// two lower-case words that are no function words ("mediator", "defence
// officials"), a speech verb (tagVerbs), then the sentence's end, a
// comma, or a word of time ("on Tuesday", "last week"): the actor before
// i is the tag's speaker.
func speechTagAt(toks []token, i int) bool {
	for k := i; k < len(toks) && k <= i+2; k++ {
		if tagVerbs[toks[k].up] {
			n := k + 1
			return n >= len(toks) || toks[n].punct || timeWords[toks[n].up] || toks[n].up == "ON" || toks[n].up == "LAST" ||
				toks[n].up == "EARLIER" || toks[n].up == "LATER" || toks[n].up == "IN" && n+2 < len(toks) && toks[n+2].up == "STATEMENT"
		}
		if toks[k].punct || toks[k].capital || functionWords[toks[k].up] {
			return false
		}
	}
	return false
}

var modal = map[string]bool{"SHOULD": true, "WILL": true, "WOULD": true, "CAN": true, "COULD": true, "MUST": true, "MAY": true, "MIGHT": true, "HAS": true, "HAVE": true, "HAD": true, "IS": true, "ARE": true, "WAS": true, "WERE": true, "NEED": true, "NEEDS": true}

var speechVerbs = map[string]bool{"SAID": true, "SAYS": true, "SAY": true, "TOLD": true, "ADDED": true, "NOTED": true, "STRESSED": true, "SAW": true, "THOUGHT": true, "KNEW": true}

func presentVerb(w string) bool { return strings.HasSuffix(w, "S") || strings.HasSuffix(w, "ED") }

func (st *state) isVerbAt(toks []token, i int) bool {
	_, n := st.c.verbs.longest(toks, i, nil)
	return n > 0
}

// anyAfter is the first mention after position i in the sentence.
func (st *state) anyAfter(ms []mention, i int) *mention {
	for k := range ms {
		if ms[k].start >= i {
			return &ms[k]
		}
	}
	return nil
}

// judging reports whether a code is one of a reaction to another's act
// (approve 05, demand 10, disapprove 11, reject 12), whose target is the
// act's author.
func judging(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "05", "10", "11", "12":
		return true
	}
	return false
}

// goingTo reports whether the verb phrase toks[i:i+n] is "going to", which
// before a verb marks a future ("is going to export"), not movement.
func goingTo(toks []token, i, n int) bool {
	return n == 2 && toks[i].up == "GOING" && toks[i+1].up == "TO"
}

// pluralAfterTo reports whether the one-word verb at toks[i] stands right
// after "to" with an -s ending: an infinitive has its base form, so "to
// demands", "to talks" is a preposition and a plural noun. Base forms
// that end in s ("to press", "to discuss", "to focus") are not plurals;
// "agreed to talks" keeps the dictionaries' event noun (036).
func pluralAfterTo(toks []token, i, n int) bool {
	if n != 1 || i == 0 || toks[i-1].up != "TO" {
		return false
	}
	w := toks[i].up
	return len(w) > 3 && w != "TALKS" && strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS") && !strings.HasSuffix(w, "US") && !strings.HasSuffix(w, "IS")
}

func isDash(w string) bool { return w == "-" || w == "—" || w == "–" || w == "--" }
