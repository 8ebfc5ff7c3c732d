// A quoter and the one quoted: "The New York Times quoted Baldrige as
// saying …" (reuters, issue 17).

package code

import "strings"

// quotedAsReach: how many tokens after a form of "quote" its "as
// saying" may lie ("quoted Senator John Okello of Kisumu as saying",
// "quoted the commander in the border village of Bunagana as saying").
const quotedAsReach = 16

// quotedAsWords after "as" are verbs of speaking: the one quoted said
// what follows.
var quotedAsWords = wordSet("SAYING", "TELLING", "STATING", "ADDING", "WRITING", "HAVING", "DESCRIBING", "CALLING",
	"WARNING", "REPLYING", "STRESSING", "REPEATING", "EXPLAINING", "NOTING", "INSISTING", "ARGUING", "PREDICTING")

// quotedAsAt returns the index of the "as" of "as <verb>-ing" after the
// form of "quote" at q ("quoted X as saying", "as telling", "as
// criticising"), or -1: none within quotedAsReach tokens, or a sentence
// or clause boundary (";", ":", a quotation mark, "that", "who") first.
func quotedAsAt(toks []token, q int) int {
	for k := q + 1; k < len(toks) && k <= q+quotedAsReach; k++ {
		switch toks[k].up {
		case ";", ":", "\"", "THAT", "WHO", "WHICH", ".":
			return -1
		case "AS":
			if k+1 < len(toks) && ingWord(toks[k+1]) {
				return k
			}
		}
	}
	return -1
}

// ingWord: a lower-case word of six letters or more ending in -ing
// ("saying", "telling", "criticising"); not "thing", "king", "being".
func ingWord(t token) bool {
	return !t.capital && len(t.up) >= 6 && strings.HasSuffix(t.up, "ING") && t.up != "BEING"
}

// quotedAs reports whether a candidate of a form of "quote" has as one
// side the actor quoted, standing between the verb and its "as
// saying" (telling, adding, criticising …), with or without a phrase
// after the name ("quoted Senator John Okello of Kisumu as saying"),
// or the quoter of a passive ("was quoted by the daily Nation as
// saying"): the quoter, a newspaper or an agency, reports that actor's
// words; it makes no statement to or about the actor (QUOTE 010). What
// was said is coded from the said clause, the one quoted its speaker
// (quotedSpeaker). A newspaper, agency or broadcaster (~MED) that
// quotes an actor named after the verb reports it, "as saying" or not
// ("The Kenyan newspaper quoted Ugandan sources.").
func quotedAs(toks []token, cd cand) bool {
	if passiveQuoter(toks, cd) {
		return true
	}
	if cd.verbStart >= cd.verbEnd || !strings.HasPrefix(toks[cd.verbStart].up, "QUOT") {
		return false
	}
	if strings.HasSuffix(cd.src.actor.Code, "MED") && cd.tgt.start >= cd.verbEnd {
		return true // "The Kenyan newspaper quoted Ugandan sources.": the press reports them
	}
	as := quotedAsAt(toks, cd.verbEnd-1)
	if as < 0 {
		return false
	}
	side := func(m member) bool {
		return m.start >= cd.verbEnd && m.end <= as
	}
	return side(cd.tgt) || side(cd.src)
}

// quotedSpeaker returns the actor quoted when the verb at vs is the
// -ing verb of "quoted X as <verb>-ing" ("The newspaper quoted the
// Ugandan president as criticising Kenya."): X is that verb's subject
// (UGAGOV 111 KEN), not the quoter, the clause's first actor. The first
// actor after the form of "quote" is taken ("quoted Senator John Okello
// of Kisumu as saying": the senator, not Kisumu); a possessor is no
// speaker ("quoted Uganda's president": the president's mention covers
// it), nor is an actor after "by" (the quoter of a passive).
func quotedSpeaker(toks []token, ms []mention, vs int) *mention {
	if vs < 3 || toks[vs-1].up != "AS" || !ingWord(toks[vs]) {
		return nil
	}
	q := -1
	for k := vs - 2; k >= 0 && k >= vs-1-quotedAsReach; k-- {
		if strings.HasPrefix(toks[k].up, "QUOT") {
			q = k
			break
		}
	}
	if q < 0 || quotedAsAt(toks, q) != vs-1 {
		return nil
	}
	if q+1 < len(toks) && toks[q+1].up == "BY" {
		// the passive "X was quoted by the Ugandan newspaper Monitor as
		// criticising Y": every actor between "by" and "as" is the
		// quoter, the one quoted is the subject before "was quoted" (the
		// last actor there; none found, the clause's subject as usual)
		var subj *mention
		for k := range ms {
			if m := &ms[k]; m.end <= q && m.end >= q-3 {
				subj = m
			}
		}
		return subj
	}
	for k := range ms {
		m := &ms[k]
		if m.start <= q || m.end > vs-1 {
			continue
		}
		if m.start > 0 && toks[m.start-1].up == "BY" {
			continue // "was quoted by the daily Nation as saying": the quoter
		}
		if m.end < len(toks) && toks[m.end].up == "'S" {
			continue
		}
		return m
	}
	return nil
}

// quotedActAfter reports whether the form of "quote" at q has an "as"
// with a verb of an act other than speaking after it ("quoted the
// Ugandan president as criticising Kenya", "as accusing", "as
// praising"): the quote verb gives way (weak, as a statement verb does)
// so that verb is coded, its source the one quoted (quotedSpeaker). "As
// saying" (telling, adding …) keeps the quote verb's place: what was
// said is judged as before, and the quote's own event is dropped
// (quotedAs).
func quotedActAfter(toks []token, vs, ve int) bool {
	if vs >= ve || !strings.HasPrefix(toks[vs].up, "QUOT") {
		return false
	}
	as := quotedAsAt(toks, ve-1)
	return as >= 0 && !quotedAsWords[toks[as+1].up]
}

// passiveQuoter: the verb is the -ing verb of "was quoted by Q as
// criticising Y" and the source stands between "by" and "as": Q, a
// newspaper or an agency, reports the act and is never its source ("He
// was quoted by the Ugandan newspaper Monitor as criticising Tanzania"
// with no "he" known is no act of Uganda's press).
func passiveQuoter(toks []token, cd cand) bool {
	vs := cd.verbStart
	if vs < 3 || vs >= len(toks) || toks[vs-1].up != "AS" || !ingWord(toks[vs]) {
		return false
	}
	for k := vs - 2; k >= 1 && k >= vs-1-quotedAsReach; k-- {
		if toks[k].up == "BY" && strings.HasPrefix(toks[k-1].up, "QUOT") {
			return quotedAsAt(toks, k-1) == vs-1 && cd.src.start > k && cd.src.end < vs
		}
	}
	return false
}
