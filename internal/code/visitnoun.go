// Visits named as nouns in a phrase beside another act: "Kenya signed
// the treaty during a visit to Uganda", "On a visit to Uganda, the Kenyan
// president praised …". The sentence states the visit as fact, whatever
// its main verb does: the visitor visits (042), the place hosts (043).
// And the test the modality gate uses so that a meeting or a visit named
// in such a phrase is not read as the object of an intent verb before it
// ("Japan agreed in talks with the U.S. to amend its laws").

package code

import "strings"

// visitNounsTo name one visit, before "to" and its place.
var visitNounsTo = wordSet("VISIT", "TRIP")

// visitPreps open a phrase that places the sentence's act in or after a
// visit that took place ("on a visit to" as well as the meetings' own).
var visitPreps = wordSet("DURING", "AFTER", "FOLLOWING", "ON", "IN")

// NounInPhrase reports whether the word at v (upper case, as the gates
// read it) is a meeting's or a visit's noun in a phrase "during / at /
// after / following / in / on (a, the) … noun" (up to five words between,
// no preposition or punctuation): the act is named in a phrase of its
// own, so a verb of intent before the phrase ("agreed in talks with",
// "pledged … during a visit to") is not its verb. A preposition after
// another ("in time for his visit") opens another phrase; "in" or "at"
// after an infinitive ("agreed to engage in talks", "to take part in")
// is that verb's object. A word of what is still to come or not done
// before the noun (notYetWords: "would offer a treaty at talks with …
// tomorrow") holds for the phrase as well.
func NounInPhrase(up []string, v int) bool {
	if v < 0 || v >= len(up) || meetingNouns[up[v]] == "" && !visitNounsTo[up[v]] {
		return false
	}
	for _, w := range up[:v] {
		if notYetWords[w] {
			return false // "would offer a treaty at talks with … tomorrow": the talks are still to come too
		}
	}
	for k := v - 1; k >= 0 && v-k <= 6; k-- {
		w := up[k]
		if meetingPreps[w] || visitPreps[w] {
			switch {
			case k == 0:
				return true
			case prepositions[up[k-1]]:
				return false // "in time for his visit", "ahead of the talks"
			}
			return w != "IN" && w != "AT" || !infinitiveBefore(up, k)
		}
		if prepositions[w] || w == "," || w == "." || w == ";" || w == ":" {
			return false
		}
	}
	return false
}

// nominalVisits codes the visits a sentence names in a phrase "during /
// after / following / on / in (a, the) … visit | trip to X": the clause's
// subject visited X (042) and X hosted it (043). The guards are the
// meetings' (nominalMeetings): up to five words before the noun, none a
// preposition ("in time for his visit"); the place right after "to"; the
// subject opening the sentence, or after the comma closing a phrase that
// opens it; no word of what is still to come or not done (notYetWords).
// The visitor is no pronoun ("He said that during the visit to …": a
// "he" resolved to the wrong person makes a visit of someone else's).
// When the sentence's act already goes from the visitor to the host's
// country ("pledged support to the Palestinians during a visit to
// Ramallah") the visit is that act's venue, not an event of its own.
func (st *state) nominalVisits(toks []token, ms []mention, inMention []int, acts []cand) []cand {
	var out []cand
	for i := 0; i+3 < len(toks); i++ {
		if !visitPreps[toks[i].up] {
			continue
		}
		n := i + 1
		if determiners[toks[n].up] {
			n++
		}
		owner := -1
		for k := 0; k < 5 && n < len(toks) && visitNounPrep(toks[n].up) == ""; k++ {
			if m := inMention[n]; m != 0 && ms[m-1].end < len(toks) && toks[ms[m-1].end].up == "'S" {
				owner, n = n, ms[m-1].end+1 // "during the Kenyan president's tour of": the owner visits
				continue
			}
			if toks[n].punct || inMention[n] != 0 || prepositions[toks[n].up] {
				break
			}
			n++
		}
		if n+2 >= len(toks) || visitNounPrep(toks[n].up) == "" {
			continue
		}
		src, to, ok := st.visitor(toks, ms, inMention, i, n, owner)
		if !ok || toks[to].up != visitNounPrep(toks[n].up) {
			continue
		}
		tgt, ok := meetingSide(toks, ms, inMention, to+1)
		if !ok || !visitPlace(tgt) || src.pronoun || src.actor.Code == tgt.actor.Code ||
			actsTowardHost(acts, src, tgt) || visitNotDone(toks, tgt.end) {
			continue
		}
		cue := cueText(toks, n, to+1)
		out = append(out,
			cand{src: src, tgt: tgt, code: "042", verbStart: n, verbEnd: n + 1,
				explain: "a visit named as a noun beside the act → 042",
				notes:   []string{src.actor.Name + " … " + cue + " " + tgt.actor.Name + ": a visit"}},
			cand{src: tgt, tgt: src, code: "043", verbStart: n, verbEnd: n + 1,
				explain: "a visit named as a noun beside the act → 043 (the host)",
				notes:   []string{tgt.actor.Name + " hosts " + src.actor.Name + ": " + cue}})
	}
	return out
}

// visitNounPrep is the preposition before the place of a visit's noun:
// "visit / trip to X", "tour of X"; "" for another word.
func visitNounPrep(w string) string {
	switch {
	case visitNounsTo[w]:
		return "TO"
	case w == "TOUR":
		return "OF"
	}
	return ""
}

// visitor is the actor visiting in the phrase opened at i whose noun is
// at n, and the index of the preposition before the place: the owner
// before the noun (owner ≥ 0: "during Kenya's tour of"), or the actor
// after "by" ("during a visit by Kenya to"), or else the clause's subject
// (meetingSubject). With an owner or "by", no word of what is still to
// come or not done may stand in the sentence, short of what it reports
// as said after the place.
func (st *state) visitor(toks []token, ms []mention, inMention []int, i, n, owner int) (member, int, bool) {
	if owner < 0 && toks[n+1].up != "BY" {
		src, ok := st.meetingSubject(toks, ms, inMention, i, n+2)
		return src, n + 1, ok
	}
	at, to := owner, n+1
	if owner < 0 {
		at = n + 2
	}
	src, ok := meetingSide(toks, ms, inMention, at)
	if !ok {
		return member{}, 0, false
	}
	if owner < 0 {
		to = ms[inMention[src.start]-1].end
	}
	if to >= len(toks) || notYetBefore(toks, to+1) {
		return member{}, 0, false
	}
	return src, to, true
}

// notYetBefore: a word of notYetWords stands in the sentence, short of a
// verb of saying or "that" after the token at after.
func notYetBefore(toks []token, after int) bool {
	for k := 0; k < len(toks); k++ {
		if w := toks[k].up; k > after && (speechVerbs[w] || w == "THAT") {
			break
		}
		if notYetWords[toks[k].up] {
			return true
		}
	}
	return false
}

// visitPlace: the side after "visit to" is a place, not a person ("his
// visit to Trump Tower" names a building after its owner).
func visitPlace(m member) bool {
	return !m.person && !m.named
}

// infinitiveBefore: "to" stands among the three words before k.
func infinitiveBefore(up []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if up[j] == "TO" {
			return true
		}
	}
	return false
}

// actsTowardHost: one of the sentence's acts goes from the visitor to an
// actor of the visited place's country.
func actsTowardHost(acts []cand, src, tgt member) bool {
	for _, a := range acts {
		if a.src.actor.Code == src.actor.Code && a.tgt.actor.Country != "" && a.tgt.actor.Country == tgt.actor.Country {
			return true
		}
	}
	return false
}

// visitStarts after the place make the visit one still to come ("a visit
// to Uganda starting on Sunday").
var visitStarts = wordSet("STARTING", "BEGINNING", "NEXT", "LATER")

// visitNotDone: a negated verb anywhere in the sentence ("didn't",
// "won't": the act beside the visit is not done, nor said to be), or a
// word of a start still to come within two words after the place that
// ends at e.
func visitNotDone(toks []token, e int) bool {
	for _, t := range toks {
		if t.up == "N'T" || strings.HasSuffix(t.up, "N'T") {
			return true
		}
	}
	for k := e; k < len(toks) && k < e+2; k++ {
		if visitStarts[toks[k].up] {
			return true
		}
	}
	return false
}
