package code

// standing.go: a predicate adjective of attitude ("has been critical of",
// "remains supportive of", gen/verbs.dyad's DYAD_CRITICAL_OF and
// kindred blocks) said to hold over a stretch of time describes a
// standing attitude, not an act on a day: "Kenya has been critical of
// Uganda since the election", "Kenya has long been critical of Uganda",
// "… has always been supportive of …", "… for years". CAMEO codes acts;
// the realnews guidelines code what was done or said in the sentence.
// Without such a word of duration ("Kenya is highly critical of
// Uganda", "Republicans have been critical of the plan") the adjective
// stays the judgement, as dev14 measured it: narrow on purpose.

// durationWords before the adjective mark a standing attitude.
var durationWords = map[string]bool{"LONG": true, "ALWAYS": true, "CONSISTENTLY": true, "LONGTIME": true}

// durationSpans after "for" do ("for years", "for decades").
var durationSpans = map[string]bool{"YEARS": true, "DECADES": true, "MONTHS": true, "SOME": true, "MANY": true}

// standingAttitude: the verb phrase vs..ve opens with a form of "be" or
// "remain" and ends in "of" (a predicate adjective with its
// preposition), and a word of duration is inside it or right before
// it, or "since" or "for years/decades/months" follows in the clause
// (up to 12 words, to a comma or the sentence's end).
func standingAttitude(toks []token, vs, ve int) bool {
	if ve-vs < 3 || toks[ve-1].up != "OF" {
		return false
	}
	switch toks[vs].up {
	case "IS", "WAS", "ARE", "BE", "BEEN", "REMAIN", "REMAINS", "REMAINED":
	default:
		return false
	}
	for k := vs - 2; k < ve; k++ {
		if k >= 0 && durationWords[toks[k].up] {
			return true
		}
	}
	for k := ve; k < len(toks) && k < ve+12; k++ {
		w := toks[k].up
		if w == "," || w == "." || w == ";" {
			return false
		}
		if w == "SINCE" || w == "FOR" && k+1 < len(toks) && durationSpans[toks[k+1].up] {
			return true
		}
	}
	return false
}
