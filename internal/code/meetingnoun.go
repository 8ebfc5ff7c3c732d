// Meetings named as nouns in a phrase beside another act: "Kenya
// presented the plan during a meeting with Uganda", "After talks with
// Uganda, Kenya signed the deal". The sentence states the meeting as
// fact, whatever its main verb does; a meeting is both sides' act
// (guidelines: A 04x B and B 04x A).

package code

// meetingNouns name a meeting, each with its CAMEO code: talks and
// negotiations are negotiation (046), a meeting or discussions
// consultation (040).
var meetingNouns = map[string]string{
	"MEETING": "040", "MEETINGS": "040", "DISCUSSIONS": "040",
	"TALKS": "046", "NEGOTIATIONS": "046",
}

// meetingPreps open a phrase that places the sentence's act in or after
// a meeting that took place; "before", "ahead of" and "for" (a meeting
// still to come) are not among them.
var meetingPreps = wordSet("DURING", "AT", "AFTER", "FOLLOWING", "IN")

// placeTimeOpeners open the phrase of place or time that may stand
// between the meeting's noun and "with" ("a meeting at the mission with
// …", "talks here today with …", "a meeting on Monday with …").
var placeTimeOpeners = wordSet("AT", "IN", "ON", "HERE", "THERE", "TODAY", "YESTERDAY", "LAST", "THIS")

// notYetWords before the phrase make the sentence's act, and the meeting
// it sits in, one still to come or not done.
var notYetWords = wordSet("WILL", "WOULD", "SHALL", "COULD", "MAY", "MIGHT", "SHOULD", "MUST", "PLANS", "PLANNED",
	"EXPECTED", "DUE", "SCHEDULED", "NOT", "NEVER", "NO", "IF", "UNLESS", "WHETHER", "ASKED", "REFUSED", "CANCELLED",
	"POSTPONED", "SEEK", "SEEKS", "SOUGHT", "WANTS", "WANTED", "HOPES", "HOPED")

// nominalMeetings codes the meetings a sentence names in a phrase "during
// / at / after / following / in (a, the) … meeting | talks with X": the
// clause's subject met X and X met it, both ways. The noun may carry up
// to five words before it ("a one and a half hour meeting"; no
// preposition: "the absence of talks", "in time for his meeting") and a phrase of place or time after
// it before "with" ("a meeting at the mission with …", up to six words,
// no punctuation and no verb). The subject is the actor that opens the sentence (a
// determiner first), before the phrase; when the phrase opens the
// sentence, the actor right after the comma that closes it. One actor
// on each side (a list is bounded elsewhere), and no word of what is
// still to come, not done or asked for in the sentence, short of what it
// reports as said (notYetWords), no negated verb ("didn't") and no word
// of a start still to come right after the other side ("talks with
// Uganda starting on Sunday": visitNotDone).
func (st *state) nominalMeetings(toks []token, ms []mention, inMention []int) []cand {
	var out []cand
	for i := 0; i+3 < len(toks); i++ {
		if !meetingPreps[toks[i].up] {
			continue
		}
		n := i + 1
		if determiners[toks[n].up] {
			n++
		}
		for k := 0; k < 5 && n < len(toks) && meetingNouns[toks[n].up] == ""; k++ {
			if toks[n].punct || inMention[n] != 0 || prepositions[toks[n].up] {
				break // "the absence of talks with", "in time for his meeting with": the noun before the preposition decides
			}
			n++
		}
		if n >= len(toks) || meetingNouns[toks[n].up] == "" {
			continue
		}
		w := n + 1
		if w < len(toks) && toks[w].up != "WITH" && !placeTimeOpeners[toks[w].up] {
			continue // "after the talks there was … with Japan": no phrase of place or time, another clause
		}
		for k := 0; k < 6 && w < len(toks) && toks[w].up != "WITH"; k++ {
			if t := toks[w].up; toks[w].punct || clauseBreak[t] || beForms[t] || haveForms[t] || modal[t] {
				break
			}
			w++
		}
		if w+1 >= len(toks) || toks[w].up != "WITH" {
			continue
		}
		tgt, ok := meetingSide(toks, ms, inMention, w+1)
		if !ok {
			continue
		}
		src, ok := st.meetingSubject(toks, ms, inMention, i, w+1)
		if !ok || src.actor.Code == tgt.actor.Code && !twoPeople(src, tgt) || visitNotDone(toks, tgt.end) {
			continue
		}
		code := meetingNouns[toks[n].up]
		cue := cueText(toks, n, w+1)
		for _, p := range [][2]member{{src, tgt}, {tgt, src}} {
			out = append(out, cand{src: p[0], tgt: p[1], code: code, verbStart: n, verbEnd: n + 1,
				explain: "a meeting named as a noun beside the act → " + code,
				notes:   []string{p[0].actor.Name + " … " + cue + " " + p[1].actor.Name + ": a meeting, both ways"}})
		}
	}
	return out
}

// meetingSide is the one actor of the mention at t (a determiner may come
// first).
func meetingSide(toks []token, ms []mention, inMention []int, t int) (member, bool) {
	if t < len(toks) && determiners[toks[t].up] {
		t++
	}
	if t >= len(toks) || inMention[t] == 0 {
		return member{}, false
	}
	m := &ms[inMention[t]-1]
	if len(m.members) != 1 || m.members[0].actor.Code == "" {
		return member{}, false
	}
	return m.members[0], true
}

// meetingSubject finds the clause's subject for the phrase opened at i:
// the actor opening the sentence before it, or, when the phrase opens the
// sentence, the actor right after the comma closing it (past the other
// side at tgtAt). No word of notYetWords may stand in the sentence before
// a verb of saying or "that" after the phrase.
func (st *state) meetingSubject(toks []token, ms []mention, inMention []int, i, tgtAt int) (member, bool) {
	s := 0
	if i == 0 {
		s = tgtAt
		for s < len(toks) && toks[s].up != "," {
			s++
		}
		s++
	}
	if s < len(toks) && determiners[toks[s].up] {
		s++
	}
	if s >= len(toks) || inMention[s] == 0 || i > 0 && s >= i {
		return member{}, false
	}
	for k := 0; k < len(toks); k++ {
		if w := toks[k].up; k > tgtAt && (speechVerbs[w] || w == "THAT") {
			break // what was said after the phrase is another act's ("…, said the U.S. would …")
		}
		if notYetWords[toks[k].up] {
			return member{}, false // before the phrase or after it: "Kenya, at a meeting with Uganda next week, will sign …"
		}
	}
	return meetingSide(toks, ms, inMention, s)
}
