// Transformations: statements about conflict become accusations.

package code

import (
	"strings"
)

// transform applies the say-rule: when a statement verb (CAMEO 01x) has a
// source a and a later verb in the sentence codes b → c as verbal or
// material conflict, a accuses b (112). Inside a quotation with a known
// speaker, every conflictual event's source is accused by the speaker.
func (st *state) transform(toks []token, ms []mention, cands []cand) []cand {
	var out []cand
	var sayer *cand
	for i := range cands {
		cd := cands[i]
		if cd.tgt.actor.Code == "" {
			if strings.HasPrefix(cd.code, "01") && cd.src.actor.Code != "" && sayer == nil {
				c := cd
				sayer = &c
			}
			continue
		}
		out = append(out, cd)
		conflict := len(cd.code) >= 2 && cd.code[:2] >= "11" && cd.code[:2] <= "20"
		if !conflict {
			continue
		}
		var a *member
		note := ""
		switch {
		case sayer != nil && sayer.verbEnd <= cd.verbStart:
			a = &sayer.src
			note = "statement + conflictual event → accuse (112)"
		case st.speaker != nil && st.speaker.actor.Code != "":
			a = st.speakerHere()
			note = "quotation by " + st.speaker.actor.Name + " describing a conflictual event → accuse (112)"
		case attributor(st.attrib) && cd.code[:2] >= "15":
			// "…, according to Human Rights Watch": who reports an act of
			// force or coercion (15-20) says it was done, as a statement
			// verb's source does; a rejection or a protest reported is
			// no accusation ("rejected U.S. calls …, according to a
			// senior U.S. lawmaker")
			a = st.attrib
			note = "according to " + st.attrib.actor.Name + " + conflictual event → accuse (112)"
		}
		if a != nil && a.actor.Country != cd.src.actor.Country {
			out = append(out, cand{src: *a, tgt: cd.src, code: "112", verbStart: cd.verbStart, verbEnd: cd.verbEnd,
				explain: cd.explain, notes: append(append([]string(nil), cd.notes...), note), transform: true})
		}
	}
	return out
}

// misconduct: a speaker (of the quotation, or the source of a statement
// verb earlier in the sentence) who says another actor does a verb of the
// DYAD_MISCONDUCT set ("interferes", "violates", "smears") accuses it
// (112).
func (st *state) misconduct(toks []token, ms []mention, inMention []int, scare []bool, cands []cand) []cand {
	set := st.c.sets["DYAD_MISCONDUCT"]
	if set == nil {
		return nil
	}
	var speaker *member
	sayEnd := -1
	if st.speaker != nil && st.speaker.actor.Code != "" {
		speaker = st.speakerHere()
	}
	for i := range cands {
		if strings.HasPrefix(cands[i].code, "01") && cands[i].src.actor.Code != "" && speaker == nil {
			speaker, sayEnd = &cands[i].src, cands[i].verbEnd
		}
	}
	if speaker == nil {
		return nil
	}
	var out []cand
	for i := sayEnd + 1; i < len(toks); i++ {
		if i < 0 || inMention[i] != 0 || scare[i] {
			continue
		}
		if _, n := set.longest(toks, i, nil); n == 0 {
			continue
		}
		src := st.sourceBefore(toks, ms, i)
		if src == nil {
			continue
		}
		for _, b := range src.members {
			if b.actor.Country == "" || b.actor.Country == speaker.actor.Country {
				continue
			}
			out = append(out, cand{src: *speaker, tgt: b, code: "112", verbStart: i, verbEnd: i + 1,
				explain: "set &DYAD_MISCONDUCT: " + toks[i].up,
				notes:   []string{speaker.actor.Name + " says " + b.actor.Name + " " + strings.ToLower(toks[i].up) + " → accuse (112)"}})
		}
	}
	return out
}

// demands: a speaker (the source of a statement verb) who says another
// actor must act demands it of that actor (100): "Kenya said on Monday
// that Uganda must withdraw its troops" → KEN 100 UGA. The actor is the
// subject of the said clause: only "that", words of time, determiners and
// commas stand between the statement verb and it, and "must" follows it.
// The event's verb is the statement verb (the demand is made by saying);
// what must be done is not coded as done.
func (st *state) demands(toks []token, ms []mention, cands []cand) []cand {
	var say *cand
	for i := range cands {
		cd := &cands[i]
		// a statement verb's code may come from a pattern on the words
		// said ("said … withdraw"): the verb itself decides
		if cd.src.actor.Code != "" && cd.tgt.actor.Code == "" && (strings.HasPrefix(cd.code, "01") || sayWords[toks[cd.verbEnd-1].up]) {
			say = cd
			break
		}
	}
	if say == nil {
		return nil
	}
	var out []cand
	for k := range ms {
		m := &ms[k]
		if m.start < say.verbEnd || m.end >= len(toks) || !mustAfter(toks, m.end) {
			continue
		}
		ok := m.start-say.verbEnd <= 6
		for g := say.verbEnd; g < m.start && ok; g++ {
			w := toks[g].up
			ok = w == "THAT" || w == "," || w == "ON" || w == "ALL" || timeWords[w] || determiners[w]
		}
		if !ok {
			break // the first actor after the statement verb decides
		}
		for _, b := range m.members {
			if b.pronoun || b.actor.Code == "" || b.actor.Code == say.src.actor.Code {
				continue
			}
			out = append(out, cand{src: say.src, tgt: b, code: "100", verbStart: say.verbStart, verbEnd: say.verbEnd,
				explain: "statement that another must act → demand (100): " + say.explain,
				notes:   []string{say.src.actor.Name + " says " + b.actor.Name + " must act → demand (100)"}})
		}
		break
	}
	return out
}

var sayWords = map[string]bool{"SAID": true, "SAYS": true, "SAY": true, "SAYING": true, "ADDED": true, "STRESSED": true, "INSISTED": true}

// mustAfter: "must" (or "must not", "must now") follows position i.
func mustAfter(toks []token, i int) bool {
	for ; i < len(toks); i++ {
		switch toks[i].up {
		case "MUST":
			return true
		case "ALSO", "NOW", "FIRST", "STILL", "THEREFORE", "THEN":
			continue
		}
		return false
	}
	return false
}

// speakerHere is the quotation's speaker as an actor of this sentence:
// named elsewhere, so with no words here (no span, never overlapping the
// target's).
func (st *state) speakerHere() *member {
	m := *st.speaker
	m.start, m.end = 0, 0
	return &m
}

// attributor reports whether a, the actor after "according to", is one
// whose report of a conflictual act accuses its source: not the press,
// whose reports are the writer's sourcing ("according to a Time magazine
// report"), and no actor without a country or organisation code.
func attributor(a *member) bool {
	if a == nil || a.actor.Code == "" || a.pronoun {
		return false
	}
	return !strings.Contains(a.actor.Code, "MED")
}
