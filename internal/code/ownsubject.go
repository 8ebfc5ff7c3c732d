// Clauses with a subject of their own, and participles of the subject:
// three places where the source search (sourceBefore) and the target
// search (targetAfter) reach an actor of another clause.
//
//   - "… told the nation he was leaving and the chief justice invited
//     Kibaki": the verb after "and" (or after "as", "while", "after" …)
//     has its own subject, a noun phrase no actor covers; the actor of
//     the clause before is neither its source nor, for a passive, its
//     target ("saw its majority fall as a motion was rejected by
//     parliament"), and an actor after such a clause is no target of the
//     verb before it ("arrested 30 protesters and the rest fled to
//     Uganda").
//   - "The bishop backed Museveni's stance and distanced himself from
//     Kenya": a verb right after "and" shares the first verb's subject;
//     an actor in the first verb's object is not it.
//   - "Five Kenyan prisoners released from Luzira in March were
//     questioned": a participle right after the subject, a preposition,
//     then the sentence's auxiliary: a reduced relative clause in the
//     passive, what was done to the subject by someone not named.
//
// Issue 17 (precision), the role class of re-judged BBC samples.

package code

import "strings"

// ownOpeners open a clause that names its own subject.
var ownOpeners = map[string]bool{"AND": true, "BUT": true, "AS": true, "WHILE": true, "WHEREAS": true, "ALTHOUGH": true,
	"THOUGH": true, "BECAUSE": true, "SINCE": true, "WHEN": true, "AFTER": true, "BEFORE": true, "UNTIL": true, "UNLESS": true,
	"IF": true}

// coordinators join a clause as a peer, not as a condition, time or
// cause of the one before ("will not accept refugees if war starts in
// Iraq": Iraq is still what the refusal is about).
var coordinators = map[string]bool{"AND": true, "BUT": true, "WHILE": true, "WHEREAS": true}

// npDeterminers may open a noun phrase that is a clause's own subject;
// possessive pronouns are left out ("and its troops attacked": the
// troops are the actor's before), and "other" ("sanctions on Kenya and
// other countries linked to …" goes on a list).
var npDeterminers = map[string]bool{"THE": true, "A": true, "AN": true, "THIS": true, "THESE": true, "THOSE": true,
	"SOME": true, "MANY": true, "ALL": true, "NO": true, "EVERY": true, "EACH": true, "MOST": true, "BOTH": true}

// ownSubjectAt returns the index of the word opening the clause of the
// verb at vs when that clause names a subject of its own that no actor
// mention covers: the opener (ownOpeners), a noun phrase of one to
// five words (an article or a number first, no punctuation, no function
// word, no word of time), then auxiliaries and adverbs up to the verb
// ("and the chief justice invited", "as 30 rebels joined", "as a motion
// was narrowly rejected"); -1 otherwise. After "and" or "but" the clause
// must follow another with a verb (a verb to the tagger too, when there
// is one), and its noun phrase must open with an article or a number
// ("Kenya and the AU agreed", "feed and starch makers bought": one
// subject).
func (st *state) ownSubjectAt(sent string, toks []token, inMention []int, vs int) int {
	k := vs - 1
	for k >= 0 && (modal[toks[k].up] || beForms[toks[k].up] || passiveAux[toks[k].up] || clauseAdverbs[toks[k].up] ||
		passiveAdverbs[toks[k].up] || !toks[k].capital && len(toks[k].up) > 4 && strings.HasSuffix(toks[k].up, "LY")) {
		k--
	}
	words := 0
	for k >= 0 && words < 5 {
		t := toks[k]
		if t.punct || inMention[k] != 0 || functionWords[t.up] || npDeterminers[t.up] || determiners[t.up] || timeWords[t.up] ||
			subjectPronouns[t.up] || t.up == "IT" || objectPronouns[t.up] || ownOpeners[t.up] || !letters(strings.ReplaceAll(t.up, "-", "")) && !numberWord(t.up) {
			break
		}
		words++
		k--
	}
	if words == 0 || k < 0 {
		return -1
	}
	det := false
	if npDeterminers[toks[k].up] || numberWord(toks[k].up) {
		k--
		det = true
	}
	if k < 0 || !ownOpeners[toks[k].up] {
		return -1
	}
	switch toks[k].up {
	case "AS":
		if !subordinateBefore(toks, k+1) {
			return -1 // "such as", "as well as"
		}
	case "AND", "BUT":
		if !det || k == 0 {
			return -1 // "feed and starch makers bought": one subject
		}
		verb := false
		for g := k - 1; g >= 0 && !verb; g-- {
			if clauseStops[toks[g].up] {
				break
			}
			// a verb by the tagger too: "The Clinton campaign and some
			// experts have alleged" has none before "and"
			verb = inMention[g] == 0 && !toks[g].capital && st.isVerbAt(toks, g) && (!st.tagged(sent, toks, inMention) || st.trig.Tag(g) == "VERB")
		}
		if !verb {
			return -1
		}
	}
	return k
}

// otherClauseActor reports whether the mention m ends before the opener
// of the verb's own clause (ownSubjectAt): an actor of another clause.
func (st *state) otherClauseActor(sent string, toks []token, inMention []int, m *mention, vs int) bool {
	if m == nil || m.end > vs {
		return false
	}
	o := st.ownSubjectAt(sent, toks, inMention, vs)
	return o >= 0 && m.end <= o
}

// targetPastClause reports whether a verb with its own subject
// (ownSubjectAt, after a coordinator) stands between the verb ending at ve and the target m,
// its clause opened after ve: m is that clause's ("arrested 30
// protesters and the rest fled to Uganda").
func (st *state) targetPastClause(sent string, toks []token, inMention []int, ve int, m *mention) bool {
	if m == nil || m.start <= ve {
		return false
	}
	for g := ve + 1; g < m.start; g++ {
		if inMention[g] == 0 && !toks[g].punct && !toks[g].capital && st.isVerbAt(toks, g) {
			if o := st.ownSubjectAt(sent, toks, inMention, g); o >= ve && coordinators[toks[o].up] {
				return true
			}
		}
	}
	return false
}

// conjunctObject reports whether the verb at vs follows "and" or "but"
// right away (adverbs between) and the source m lies in the object of a
// verb of the clause before ("backed Museveni's stance and distanced
// himself from Kenya"): the verbs share a subject, and m is not it.
func (st *state) conjunctObject(toks []token, inMention []int, m *mention, vs int) (verb int, ok bool) {
	j := vs - 1
	if j > 1 && (toks[j].up == "TO" || strings.HasSuffix(toks[vs].up, "ING")) && inMention[j-1] == 0 && !toks[j-1].capital && st.isVerbAt(toks, j-1) {
		j -= 2 // "and stop selling", "and continued to advance"
		if toks[j+1].up != "TO" {
			j++
		}
	}
	for j >= 0 && (clauseAdverbs[toks[j].up] || !toks[j].capital && len(toks[j].up) > 4 && strings.HasSuffix(toks[j].up, "LY")) {
		j--
	}
	j = conjLeadStart(toks, j) // "and on Tuesday will outline" (conjlead.go)
	if j < 1 || toks[j].up != "AND" && toks[j].up != "BUT" || m.end > j || m.members[0].pronoun {
		return -1, false
	}
	for g := m.end; g < j; g++ {
		if clauseStops[toks[g].up] || clauseBreak[toks[g].up] {
			return -1, false
		}
	}
	for g := m.start - 1; g >= 0; g-- {
		w := toks[g].up
		if clauseStops[w] || clauseBreak[w] || w == "," || w == "." {
			return -1, false
		}
		if inMention[g] == 0 && !toks[g].capital && st.isVerbAt(toks, g) {
			return g, true
		}
	}
	return -1, false
}

// verbSubject is the actor mention right before the verb at g as its
// subject (adjacentSubject), or nil: "he spoke of his faith in the
// American people and urged voters" has "he" for both verbs.
func verbSubject(toks []token, ms []mention, g int) *mention {
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end > g {
			continue
		}
		if adjacentSubject(toks, m, g) && !oblique(toks, *m) {
			return m
		}
		return nil
	}
	return nil
}

// subjectParticiple reports whether the verb [vs, ve), a past participle
// right after its source's mention and before a preposition or a word of
// time, is followed in the same clause by an auxiliary that has no actor
// right before it ("Five Kenyan prisoners released from Luzira in March
// were questioned", "troops deployed to Somalia in 2011 have …"): the
// participle qualifies the subject, which it was done to.
func subjectParticiple(toks []token, inMention []int, start, vs, ve int) bool {
	if ve-vs != 1 || ve >= len(toks) || !pastParticiple(toks[vs].up) || toks[vs].up == "TOLD" {
		return false
	}
	b := start - 1
	for b >= 0 && (npDeterminers[toks[b].up] || isNum(toks[b].up, 1, 9) || numberWord(toks[b].up)) {
		b--
	}
	if b >= 0 && !toks[b].punct && !ownOpeners[toks[b].up] {
		return false // "the duty the U.S. imposed on Canadian lumber": a relative clause's own subject
	}
	if w := toks[ve].up; w == "BY" || w == "OF" || !prepositions[w] && !timeWords[w] && w != "DURING" && w != "WITHOUT" && w != "AFTER" {
		return false
	}
	if infinitiveAt(toks, ve) {
		return false // "declined to say": an infinitive, no preposition
	}
	for k := ve + 1; k < len(toks) && k <= ve+15; k++ {
		w := toks[k].up
		if toks[k].punct || clauseStops[w] || clauseBreak[w] || ownOpeners[w] || subjectPronouns[w] || w == "IT" || w == "WHO" {
			return false
		}
		if modal[w] && !prepositions[toks[k-1].up] {
			return inMention[k-1] == 0
		}
	}
	return false
}

// infinitiveAt reports whether token i is "to" before a lower-case word
// that opens no noun phrase ("planned to cut", not "to the border").
func infinitiveAt(toks []token, i int) bool {
	n := i + 1
	return i < len(toks) && toks[i].up == "TO" && n < len(toks) && !toks[n].capital && !toks[n].punct &&
		!npDeterminers[toks[n].up] && !determiners[toks[n].up] && !numberWord(toks[n].up)
}
