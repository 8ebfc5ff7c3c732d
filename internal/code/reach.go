// Targets past a clause's usual reach: a venue's partner after "with",
// where one returned to, what was given to, the place of aid's purpose,
// and an aid pattern's word far after its verb.

package code

import (
	"strings"

	"dyad/internal/dict"
)

// withAfterVenue is the actor after "with" that follows a venue ending at
// e, past a comma or a time ("in Nairobi on Monday with …"); nil if none.
func withAfterVenue(toks []token, ms []mention, e int) *mention {
	j := e
	for k := 0; k < 3 && j < len(toks) && (toks[j].up == "," || toks[j].up == "ON" || timeWords[toks[j].up]); k++ {
		j++
	}
	if j+1 >= len(toks) || toks[j].up != "WITH" {
		return nil
	}
	return mentionAfter(toks, ms, j)
}

// mentionAfter is the mention that opens right after the preposition at
// j, or after it and "the" ("with the government"); nil if none.
func mentionAfter(toks []token, ms []mention, j int) *mention {
	for k := range ms {
		if ms[k].start == j+1 || ms[k].start == j+2 && toks[j+1].up == "THE" {
			return &ms[k]
		}
	}
	return nil
}

// returnedTo is the actor after "to" that follows what a verb of
// returning gives back, its object opening right after the verb (a
// determiner, a number or a noun, not "home", a preposition or a time:
// "returned home to Kampala", "returned on Monday to Uganda" are
// journeys), within 20 words and the sentence's clause punctuation.
func (st *state) returnedTo(toks []token, ms []mention, ve int) *mention {
	if ve >= len(toks) {
		return nil
	}
	o := toks[ve].up
	if o == "HOME" || o == "BACK" || timeWords[o] || weekdays[o] || functionWords[o] && !determiners[o] || toks[ve].punct && !currencySign(toks, ve) {
		return nil
	}
	for j := ve + 1; j+1 < len(toks) && j <= ve+20; j++ {
		w := toks[j].up
		if w == "." || w == ";" || w == ":" {
			return nil
		}
		if w != "TO" {
			continue
		}
		if m := mentionAfter(toks, ms, j); m != nil {
			return m
		}
	}
	return nil
}

// givenTo is the actor after "to" that follows what a verb of giving
// gives, past the target's reach (targetAfter found none): the object
// opens right after the verb as returnedTo's does, and the words before
// "to" hold no clause punctuation or stop, no actor and no other verb
// (the tagger's; "supplies to people who had fled to Uganda" is another
// clause's place), within 20 words.
func (st *state) givenTo(sent string, toks []token, ms []mention, inMention []int, ve int) *mention {
	if ve >= len(toks) || !st.tagged(sent, toks, inMention) {
		return nil
	}
	o := toks[ve].up
	if o == "HOME" || o == "BACK" || timeWords[o] || weekdays[o] || functionWords[o] && !determiners[o] || toks[ve].punct && !currencySign(toks, ve) || inMention[ve] != 0 {
		return nil
	}
	for j := ve + 1; j+1 < len(toks) && j <= ve+20; j++ {
		w := toks[j].up
		if w == "." || clauseStops[w] || w == "WHO" || w == "THAT" || w == "AND" && toks[j-1].up == "," || inMention[j] != 0 && !qualifiesAid(toks, inMention, j) || st.trig.Tag(j) == "VERB" && !strings.HasSuffix(w, "ING") {
			return nil
		}
		if w != "TO" {
			continue
		}
		return mentionAfter(toks, ms, j)
	}
	return nil
}

// purposeOrRecipients reports whether the word after the "to" at j opens
// the aid's purpose (a verb of the tagger's: "to fight") or names its
// recipients by a noun of the tagger's, not an actor ("to populations
// affected by the cyclone in …"), either not inside a mention.
func (st *state) purposeOrRecipients(toks []token, inMention []int, j int) bool {
	if inMention[j+1] != 0 {
		return false
	}
	t := st.trig.Tag(j + 1)
	return t == "VERB" || t == "NOUN" && !functionWords[toks[j+1].up]
}

// qualifiesAid reports whether the mention holding the word at j ends
// right before "aid" or "assistance": the aid's own giver ("$1 billion in
// Kenyan military assistance to Uganda"), not its target.
func qualifiesAid(toks []token, inMention []int, j int) bool {
	k := j
	for k < len(toks) && inMention[k] == inMention[j] {
		k++
	}
	return k < len(toks) && (toks[k].up == "AID" || toks[k].up == "ASSISTANCE")
}

// aidPurposeIn is the actor after "in" (or "in the") inside the purpose
// of aid given: the object opens right after the verb, then "to" and a
// verb of the tagger's ("to fight", "to promote") or a noun naming the
// recipients ("to populations affected by …"), with what givenTo
// allows before "to"; the actor is the first after that verb, within 12
// words and no comma or clause stop (an actor that is the purpose's
// object, "to fight Ugandan rebels in …", is no target: none then).
func (st *state) aidPurposeIn(sent string, toks []token, ms []mention, inMention []int, ve int) *mention {
	if ve >= len(toks) || !st.tagged(sent, toks, inMention) {
		return nil
	}
	o := toks[ve].up
	if timeWords[o] || weekdays[o] || functionWords[o] && !determiners[o] || toks[ve].punct && !currencySign(toks, ve) || inMention[ve] != 0 {
		return nil
	}
	for j := ve + 1; j+1 < len(toks) && j <= ve+20; j++ {
		w := toks[j].up
		if w == "." || clauseStops[w] || w == "WHO" || w == "THAT" || w == "AND" && toks[j-1].up == "," || inMention[j] != 0 ||
			st.trig.Tag(j) == "VERB" && !strings.HasSuffix(w, "ING") {
			return nil
		}
		if w != "TO" {
			continue
		}
		if !st.purposeOrRecipients(toks, inMention, j) {
			return nil
		}
		for k := j + 2; k < len(toks) && k <= j+13; k++ {
			if w := toks[k].up; w == "." || w == "," || clauseStops[w] || w == "WHO" || w == "THAT" {
				return nil
			}
			if inMention[k] == 0 {
				continue
			}
			for x := range ms {
				if m := &ms[x]; m.start == k && (toks[k-1].up == "IN" || toks[k-1].up == "THE" && toks[k-2].up == "IN" || peopleIn(toks, m)) {
					return m
				}
			}
			return nil
		}
		return nil
	}
	return nil
}

// aidPatternFar is the first of a block's aid patterns ("* MEDICAL" 073:
// one word after the verb, a code of root 07) whose word lies past the
// pattern's reach, within 12 words of the verb, when the words before it
// hold what givenTo allows between (no clause, actor or other verb) and
// the object opens right after the verb. For blocks with no code of
// their own only: the verb means nothing without its pattern's word.
func (st *state) aidPatternFar(sent string, toks []token, inMention []int, ve int, ps []dict.Pattern) *dict.Pattern {
	if ve >= len(toks) || !st.tagged(sent, toks, inMention) {
		return nil
	}
	o := toks[ve].up
	if o == "HOME" || o == "BACK" || timeWords[o] || weekdays[o] || functionWords[o] && !determiners[o] || toks[ve].punct && !currencySign(toks, ve) || inMention[ve] != 0 {
		return nil
	}
	for j := ve + maxGap + 1; j < len(toks) && j <= ve+12; j++ {
		for k := ve + 1; k < j; k++ {
			if w := toks[k].up; w == "." || clauseStops[w] || w == "WHO" || w == "THAT" || w == "TO" || w == "AND" && toks[k-1].up == "," ||
				inMention[k] != 0 || st.trig.Tag(k) == "VERB" && !strings.HasSuffix(w, "ING") {
				return nil
			}
		}
		for pi := range ps {
			p := &ps[pi]
			if len(p.Pre) == 0 && len(p.Post) == 1 && p.Post[0].Kind == dict.TokWord && strings.HasPrefix(p.Code.Code, "07") &&
				st.matchWords(toks, j, p.Post[0]) > 0 {
				return p
			}
		}
	}
	return nil
}

// peopleIn reports whether a mention names people by their place alone,
// a lower-case noun and its own "in" ("people in Uganda", "civilians in
// Uganda"): the aid's purpose reaches them as it reaches a place after
// "in" ("to address the needs of people in Uganda"). People named by
// another country first ("Ugandan farmers in Tanzania") are not.
func peopleIn(toks []token, m *mention) bool {
	if toks[m.start].capital {
		return false
	}
	for k := m.start + 1; k < m.end-1; k++ {
		if toks[k].up == "IN" {
			return true
		}
	}
	return false
}

// countWords are number words that open a counted object ("eight
// artifacts").
var countWords = map[string]bool{"TWO": true, "THREE": true, "FOUR": true, "FIVE": true, "SIX": true, "SEVEN": true,
	"EIGHT": true, "NINE": true, "TEN": true, "ELEVEN": true, "TWELVE": true, "DOZENS": true, "HUNDREDS": true, "THOUSANDS": true}

// countSpans after a number make it a span of time or a share, no object
// ("returned to Uganda 10 days later").
var countSpans = map[string]bool{"YEARS": true, "YEAR": true, "MONTHS": true, "MONTH": true, "WEEKS": true, "WEEK": true,
	"DAYS": true, "DAY": true, "HOURS": true, "HOUR": true, "PERCENT": true, "PER": true, "%": true, "TIMES": true}

// returnedToCount is the actor right after "returned to" (or "returned to
// the") when a counted object follows it, past a time at most ("returned
// to Peru last Wednesday 21 frogs", "returned to the Peruvian government
// eight artifacts"): the goods were given back to it (084), no journey.
// ve is the token after "to".
func returnedToCount(toks []token, ms []mention, ve int) *mention {
	var m *mention
	for k := range ms {
		if ms[k].start == ve || ms[k].start == ve+1 && toks[ve].up == "THE" {
			m = &ms[k]
			break
		}
	}
	if m == nil {
		return nil
	}
	j := m.end
	for n := 0; n < 3 && j < len(toks) && (timeWords[toks[j].up] || weekdays[toks[j].up] || toks[j].up == "ON"); n++ {
		j++
	}
	if j+1 >= len(toks) || !isNum(strings.ReplaceAll(toks[j].up, ",", ""), 1, 7) && !countWords[toks[j].up] || countSpans[toks[j+1].up] || toks[j+1].punct {
		return nil
	}
	return m
}
