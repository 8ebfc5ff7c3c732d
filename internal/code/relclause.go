package code

import "strings"

// relativeCloses reports, for a comma at i, whether it closes a
// relative clause set off after an actor ("Jane Doe, who visited
// Uganda in May, blasted Kenya"): the clause opened by ", who" or ",
// which" right after a mention, with no comma between, and a verb
// (after adverbs) follows the closing comma, not a statement verb
// ("said", "has told") unless speech. It returns the mention
// the clause is about, the subject of the main verb that follows.
func (st *state) relativeCloses(toks []token, ms []mention, inMention []int, i int, speech bool) (*mention, bool) {
	if toks[i].up != "," {
		return nil, false
	}
	j := i + 1
	for j < len(toks) && (adverbs[toks[j].up] || relAux[toks[j].up] || lyAdverb(toks[j].up)) {
		j++ // "…, did not mention Kenya", "…, later criticised Kenya"
	}
	if j >= len(toks) || inMention[j] != 0 || !st.isVerbAt(toks, j) {
		return nil, false
	}
	for v := j; !speech && v < len(toks) && v <= j+2 && (finiteAux[toks[v].up] || adverbs[toks[v].up] || speechVerbs[toks[v].up]); v++ {
		if speechVerbs[toks[v].up] {
			return nil, false // "Doe, who met Okello, said he …": the report's own subjects stay as they were
		}
	}
	for k := i - 1; k >= 2; k-- {
		if toks[k].up == "," || toks[k].up == ";" || toks[k].up == "." {
			return nil, false
		}
		if w := toks[k].up; (w == "WHO" || w == "WHICH") && toks[k-1].up == "," {
			if m := inMention[k-2]; m != 0 && ms[m-1].end == k-1 {
				return &ms[m-1], true
			}
			return nil, false
		}
	}
	return nil, false
}

// pastRelative reports whether a candidate's verb stands in a relative
// clause set off by commas after an actor and its target after the
// clause's closing comma, in the main clause ("Jane Doe, who has
// campaigned for the party since May, blasted Kenya": Kenya is what
// "blasted" acts on, not "campaigned").
func (st *state) pastRelative(toks []token, ms []mention, inMention []int, cd cand) bool {
	if cd.tgt.pronoun || cd.tgt.start <= cd.verbEnd {
		return false
	}
	for i := cd.verbEnd; i < cd.tgt.start; i++ {
		if _, ok := st.relativeCloses(toks, ms, inMention, i, true); ok {
			for k := cd.verbStart - 1; k >= 1 && toks[k].up != ","; k-- {
				if w := toks[k].up; w == "WHO" || w == "WHICH" {
					return toks[k-1].up == ","
				}
			}
			return false
		}
	}
	return false
}

// relAux: auxiliaries, negation and adverbs of time between a relative
// clause's closing comma and the main verb ("Odinga, who spoke for an
// hour, did not mention Uganda", "…, later criticised Uganda").
var relAux = wordSet("DID", "DOES", "DO", "NOT", "N'T", "LATER", "THEN", "STILL", "NEVER", "EVEN", "SINCE", "IS", "WAS", "ARE", "WERE", "BEEN")

// lyAdverb: a word in -ly of more than five letters ("quickly",
// "repeatedly"), an adverb before the verb it qualifies.
func lyAdverb(w string) bool { return len(w) > 5 && strings.HasSuffix(w, "LY") }
