// A warning about or against an actor is criticism of it, no threat to
// it (senses18, issue 17): "has warned us about those Mexican rapists",
// "warned against hackers from China". WARN's 130 fits a warning given
// to the one threatened ("warned Uganda of serious consequences").

package code

import "strings"

// warnedAbout reports whether a threat (13x) read from "warn" has
// "about" or "against" right after the verb (or after an object pronoun)
// and its target within four words after that, with no punctuation,
// "if" or "that" between: the target is what the warning is about.
func warnedAbout(toks []token, cd cand) bool {
	if !strings.HasPrefix(cd.code, "13") || cd.verbStart >= len(toks) || !strings.HasPrefix(toks[cd.verbStart].up, "WARN") {
		return false
	}
	k := cd.verbEnd
	if k < len(toks) && (objectPronouns[toks[k].up] || toks[k].up == "PEOPLE" || toks[k].up == "VOTERS") {
		k++
	}
	if k >= len(toks) || toks[k].up != "ABOUT" && toks[k].up != "AGAINST" {
		return false
	}
	if cd.tgt.start <= k || cd.tgt.start > k+5 {
		return false
	}
	for g := k + 1; g < cd.tgt.start; g++ {
		if w := toks[g].up; toks[g].punct || w == "IF" || w == "THAT" {
			return false
		}
	}
	return true
}
