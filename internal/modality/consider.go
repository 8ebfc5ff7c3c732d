package modality

import "strings"

// considerWords are the words of deliberation: an act a source is
// considering, weighing, mulling or contemplating is CAMEO's 014,
// consider policy option (the codebook's category; cameo-human's
// annotators class "is considering sending aid to …" as a statement,
// pentaclass 0), with the considered act's target: neither the act
// itself nor an intent to do it.
var considerWords = set("CONSIDER", "CONSIDERS", "CONSIDERING", "MULLING", "WEIGHING", "PONDERING",
	"CONTEMPLATE", "CONTEMPLATES", "CONTEMPLATING")

// considered returns the word of deliberation among the last four
// auxiliaries before the verb (lower case), with no comma nor clause
// boundary after it ("is considering sending", "also considers allowing",
// "is considering whether to send"), or "". A word farther back or before
// a comma belongs to another clause ("Kenya, which Uganda considers a
// threat, attacked …").
func considered(aux []string) string {
	for k := len(aux) - 1; k >= 0 && k >= len(aux)-4; k-- {
		w := aux[k]
		if w == "," || boundary(w) {
			return ""
		}
		if considerWords[w] {
			return strings.ToLower(w)
		}
	}
	return ""
}

// wishWord is the first wish word among the auxiliaries (lower case) that
// is no word of deliberation, or "": a deliberation near the verb is
// considered's, and one farther back is another clause's ("Kenya, which
// Uganda considers a threat, attacked Tanzania" is Kenya's attack).
func wishWord(aux []string) string {
	for _, w := range aux {
		if wishWords[w] && !considerWords[w] {
			return strings.ToLower(w)
		}
	}
	return ""
}
