// A warning against an act: "warned against scrapping the deal with Iran".

package code

import "strings"

// warnedAgainstAct reports whether a candidate's verb of warning
// ("warn", "caution") is followed at once by "against" and a gerund, and
// its target comes after that gerund ("warned against scrapping the
// nuclear agreement with Uganda", "cautioned against sending troops to
// Kenya"): the warning is about an act, whose object or a noun inside
// it is no one warned; who is warned is not named. "Warned Uganda
// against …" has its target before "against" and stays.
func warnedAgainstAct(toks []token, cd cand) bool {
	v, e := cd.verbStart, cd.verbEnd
	if v >= e || e+1 >= len(toks) || cd.tgt.start <= e+1 {
		return false
	}
	w := toks[v].up
	if !strings.HasPrefix(w, "WARN") && !strings.HasPrefix(w, "CAUTION") {
		return false
	}
	g := toks[e+1].up
	return toks[e].up == "AGAINST" && len(g) > 4 && strings.HasSuffix(g, "ING") && !toks[e+1].capital
}
