// A relative clause of "any …": a class of actors, no act.

package code

import "strings"

// anyRelative reports whether a candidate's verb opens a relative clause
// ("that", "who", "which", perhaps an auxiliary, "not" or an "-ly"
// adverb between) whose antecedent, its source, is quantified by "any"
// ("threatened to attack any Ugandan troops that remain in Somalia",
// "will punish any Kenyan firm that trades with Uganda"): the clause
// says which actors a threat or rule would reach, a class that may be
// empty, and reports no act of theirs.
func anyRelative(toks []token, cd cand) bool {
	k := cd.verbStart - 1
	for k >= 0 && (modal[toks[k].up] || toks[k].up == "NOT" || len(toks[k].up) > 4 && strings.HasSuffix(toks[k].up, "LY")) {
		k--
	}
	if k < 1 || cd.src.end != k || cd.src.start >= len(toks) {
		return false
	}
	switch toks[k].up {
	case "THAT", "WHO", "WHICH":
	default:
		return false
	}
	for j := cd.src.start - 1; j >= 0 && j >= cd.src.start-2; j-- {
		if toks[j].up == "ANY" {
			return true
		}
	}
	return toks[cd.src.start].up == "ANY"
}
