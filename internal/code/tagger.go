// Part of speech before matching: a dictionary verb that is not used as a
// verb in its sentence ("the Lisbon targets", "the talks") is not matched,
// so the clause's real verb can be.

package code

import "strings"

// Tagger is a Gate that also decides, before any verb pattern is matched,
// which words of a sentence may trigger an event: a part-of-speech tagger
// (package pos). The Coder finds it among Options.Gates; it is asked only
// under dyad's own rules (not under TABARI options).
type Tagger interface {
	Gate
	// Triggers returns a checker for one goroutine's sentences.
	Triggers() TriggerChecker
}

// TriggerChecker judges the trigger words of one sentence at a time.
type TriggerChecker interface {
	// Sentence starts a sentence: its words as written and which of them
	// are actor names (nouns). The checker may keep both slices until the
	// next call and should tag lazily (most sentences ask nothing).
	Sentence(words []string, nouns []bool)
	// Trigger returns "" when word i may trigger an event (a verb, or an
	// event noun governed by a light verb: "held talks"), else why not.
	Trigger(i int) string
	// Tag is word i's universal part-of-speech tag ("NOUN", "VERB",
	// "ADJ", "DET", …) with the actors as nouns.
	Tag(i int) string
}

// triggerNot asks the tagger about the dictionary verb at toks[i]; "" when
// there is no tagger or the word is a trigger.
func (st *state) triggerNot(sent string, toks []token, inMention []int, i int) string {
	if !st.tagged(sent, toks, inMention) {
		return ""
	}
	return st.trig.Trigger(i)
}

// tagged hands the sentence to the tagger once (it tags lazily); false
// without a tagger.
func (st *state) tagged(sent string, toks []token, inMention []int) bool {
	c := st.c
	if c.tagger == nil || c.set.TabariRules {
		return false
	}
	if st.trig == nil {
		st.trig = c.tagger.Triggers()
	}
	if st.trigSent != st.sentNo {
		st.trigSent = st.sentNo
		st.trigWords = st.trigWords[:0]
		st.trigNouns = st.trigNouns[:0]
		for k, t := range toks {
			st.trigWords = append(st.trigWords, sent[t.start:t.end])
			st.trigNouns = append(st.trigNouns, inMention[k] != 0)
		}
		st.trig.Sentence(st.trigWords, st.trigNouns)
	}
	return true
}

// asksFrom reports whether an appeal or demand (02, 10) whose object noun
// starts at k asks it of the actor at t, after "from" closing the noun's
// phrase: "requested assistance from Uganda", "demanded an apology from
// Uganda" (KEN 020 / 10 UGA). The object is what is asked for; the one
// asked is the target.
func asksFrom(code string, toks []token, k, t int) bool {
	if len(code) < 2 || code[:2] != "02" && code[:2] != "10" || t < 1 || toks[t-1].up != "FROM" || t-1-k > 3 {
		return false
	}
	for g := k; g < t-1; g++ {
		if toks[g].punct || clauseStops[toks[g].up] {
			return false
		}
	}
	return true
}

// helpedActPreps put an actor after a helped act as a party to that act,
// not the one helped.
var helpedActPreps = map[string]bool{"WITH": true, "FROM": true, "IN": true, "BETWEEN": true, "FOR": true, "AGAINST": true, "ON": true, "OVER": true, "AT": true, "BY": true, "TO": true}

// objectNoun reports whether the verb ending at ve has a direct object
// that is not an actor before tgt, the first actor after it: "meet global
// demand", "take the lead", "gave their views", "hit Japanese sales" —
// the verb acts on that noun, and the actor further on is not its target.
// Determiners, adjectives, numbers, adverbs and pronouns ("their") may
// come first. A judging verb (judging) whose object noun is followed by
// "that" reacts to the act the clause states ("welcomed news that Norway
// …"): its actor stays the target. ("the plan of Uganda", "the decision
// by Iran" were measured too: two more wrong cameo-human events, none
// right.)
func (st *state) objectNoun(sent string, toks []token, inMention []int, ve int, tgt *mention) bool {
	if tgt == nil || tgt.start <= ve || !st.tagged(sent, toks, inMention) || st.appositionObject(toks, inMention, ve, tgt) {
		return false
	}
	for k := ve; k < tgt.start && k < len(toks); k++ {
		if inMention[k] != 0 {
			return false
		}
		// helping an act ("help reduce its trade surplus with the United
		// States", "help secure freedom for hostages in Lebanon"): aid
		// (07) followed by a verb helps that act, and an actor after a
		// preposition further on is no one helped ("help Uganda rebuild"
		// names it first; "help develop the economies of Indonesia",
		// "help improve Turkish prospects" help its owner)
		if strings.HasPrefix(st.curCode, "07") && (k == ve || k == ve+1 && toks[ve].up == "TO") && st.trig.Tag(k) == "VERB" {
			p := tgt.start - 1
			if p > k && (toks[p].up == "THE" || toks[p].up == "A") {
				p--
			}
			return p > k && helpedActPreps[toks[p].up]
		}
		if k+2 < tgt.start && hyphenJoined(toks, k+2) {
			k += 2 // "the U.N.-backed Somali government": a compound adjective
			continue
		}
		if countNouns[toks[k].up] && root(st.curCode) >= "06" {
			if k+1 < tgt.start && toks[k+1].up == "OF" {
				k++ // "killed dozens of Ugandan rebels": a count of those after "of"
			}
			continue // "killed two dozen Ugandan rebels"
		}
		switch st.trig.Tag(k) {
		case "DET", "ADJ", "NUM", "ADV", "PRON":
			continue
		case "NOUN":
			if asksFrom(st.curCode, toks, k, tgt.start) {
				return false
			}
			if placeAct(st.curCode) && placeOf(toks, k, tgt.start) {
				return false // "shelled parts of Kashmir", "bombed the city of Aleppo": the place is the target
			}
			return !(judging(st.curCode) && k+1 < len(toks) && toks[k+1].up == "THAT")
		}
		return false
	}
	return false
}

// countNouns count what follows them ("dozens of", "hundreds of", "two
// dozen"): after a verb of a material act (root 06 and on: aid, force,
// arrests, releases) no object of the verb's own, as a number is not. A
// statement's or a call's count ("said thousands of workers went on
// strike", "telephoning the millions of people who …") stays an object:
// what was said is about them.
var countNouns = map[string]bool{
	"DOZEN": true, "DOZENS": true, "SCORE": true, "SCORES": true, "HUNDRED": true, "HUNDREDS": true,
	"THOUSAND": true, "THOUSANDS": true, "MILLION": true, "MILLIONS": true,
}

// partNouns name a part of a place: after a force or a visit, "the city
// of X", "parts of X", "villages in X" is the place X acted on.
var partNouns = map[string]bool{
	"CITY": true, "CITIES": true, "TOWN": true, "TOWNS": true, "VILLAGE": true, "VILLAGES": true,
	"AREA": true, "AREAS": true, "PART": true, "PARTS": true, "REGION": true, "REGIONS": true,
	"PROVINCE": true, "PROVINCES": true, "DISTRICT": true, "DISTRICTS": true, "OUTSKIRTS": true,
	"SUBURBS": true, "SUBURB": true, "ENCLAVE": true, "TERRITORY": true, "COUNTRYSIDE": true,
	"CAPITAL": true, "PORT": true, "STRONGHOLD": true, "NEIGHBOURHOOD": true, "NEIGHBORHOOD": true,
}

// placeAct reports whether code is an act whose object place is its
// target: force (18–20), a show of force or blockade (15), coercion (17),
// a visit made or hosted (042, 043).
func placeAct(code string) bool {
	switch root(code) {
	case "15", "17", "18", "19", "20":
		return true
	}
	return code == "042" || code == "043"
}

// placeOf reports whether the noun at k names a part of the place that
// starts at end: a place noun, then "of" or "in", with only an article
// or a lower-case compass word before the place ("the outskirts of
// Kabul", "villages in northern Uganda").
func placeOf(toks []token, k, end int) bool {
	if !partNouns[toks[k].up] || toks[k].capital || k+1 >= end {
		return false
	}
	if p := toks[k+1].up; p != "OF" && p != "IN" {
		return false
	}
	for j := k + 2; j < end; j++ {
		if w := toks[j].up; w != "THE" && !(regionWords[w] && !toks[j].capital) {
			return false
		}
	}
	return true
}
