package code

import "strings"

// infinitiveConjunct: the verb at vs follows "and" or "or" (adverbs
// between) that joins it to an infinitive standing between position
// from (the end of the source's mention) and the conjunction
// ("urged Uganda to stop the attacks and withdraw its troops", "agreed
// to lift the ban and release the prisoners"): the verb is the
// infinitive's second verb, asked for, intended or planned, not a
// second act of the clause's subject, nor one of the object before it.
// The infinitive must hang on a word that does not assert it: a verb of
// appeal, intent or attempt, or a noun of plan (unassertedBefore); a
// purpose or a means ("used drones to track the rebels and bomb their
// camps") is left alone. A past form ("urged Uganda to stop and withdrew its envoy") or a
// gerund is a verb of its own and keeps its source.
func (st *state) infinitiveConjunct(sent string, toks []token, inMention []int, from, vs int) bool {
	if from < 0 || vs >= len(toks) || toks[vs].capital {
		return false
	}
	if w := toks[vs].up; strings.HasSuffix(w, "ED") && len(w) > 4 || irregularPast[w] || strings.HasSuffix(w, "ING") {
		return false
	}
	i := vs - 1
	for i > 0 && (coordAdverbs[toks[i].up] || !toks[i].capital && len(toks[i].up) > 4 && strings.HasSuffix(toks[i].up, "LY")) {
		i--
	}
	if i < 1 || toks[i].up != "AND" && toks[i].up != "OR" {
		return false
	}
	tagged := st.tagged(sent, toks, inMention)
	for k := from; k+1 < i; k++ {
		if toks[k].up == ";" || toks[k].up == ":" || clauseBreak[toks[k].up] && k > from {
			return false // the infinitive belongs to another clause
		}
		if inMention[k] == 0 && infinitiveAt(toks, k) && inMention[k+1] == 0 && (st.isVerbAt(toks, k+1) || tagged && st.trig.Tag(k+1) == "VERB") {
			return unassertedBefore(toks, inMention, from, k)
		}
	}
	return false
}

// infinitiveGovernors do not assert the infinitive after them, besides
// controlVerbs, intentWords and planNouns.
var infinitiveGovernors = wordForms("SEEK", "SEEKS", "SOUGHT", "SEEKING", "TRY", "TRIES", "TRIED", "TRYING",
	"HOPE", "HOPES", "HOPED", "HOPING", "AIM", "AIMS", "AIMED", "AIMING", "DESIGNED", "INTENDED", "INTEND",
	"DECIDE", "DECIDED", "DECIDES", "THREATEN", "THREATENED", "THREATENS", "THREATENING", "REFUSE", "REFUSED", "REFUSES",
	"DEMAND", "DEMANDED", "DEMANDS", "DEMANDING", "PROPOSE", "PROPOSED", "PROPOSES", "WISH", "WISHES", "WISHED",
	"NEED", "NEEDS", "AGREE", "PROMISE", "PLEDGE", "VOW", "PLAN", "PLANNING")

// unassertedBefore: a word between from and the infinitive's "to" at k
// governs it without asserting it ("urged Uganda to", "agreed to", "in
// a bid to", "called on Uganda to").
func unassertedBefore(toks []token, inMention []int, from, k int) bool {
	for g := k - 1; g >= from && g >= 0; g-- {
		if inMention[g] != 0 {
			continue
		}
		w := toks[g].up
		if controlVerbs[w] || intentWords[w] || planNouns[w] || infinitiveGovernors[w] ||
			g > 0 && controlParticles[w] != nil && controlParticles[w][toks[g-1].up] {
			return true
		}
	}
	return false
}
