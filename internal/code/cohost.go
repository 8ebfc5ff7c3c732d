// A co-host: "the conference it was hosting with the EU".

package code

import "strings"

// coHost reports whether a candidate of a hosting verb has as one side
// the actor after "with" (or "jointly with", "together with") right
// after the verb ("a donor conference that it was hosting with the
// European Union", "the summit Kenya is hosting jointly with Uganda"):
// with no object between, "with" joins a second host, not a guest, and
// the hosting is no visit between them (043/042). "hosted talks with
// Uganda" keeps its guest: there "with" belongs to "talks".
func coHost(toks []token, cd cand) bool {
	if cd.verbStart >= cd.verbEnd || cd.verbEnd >= len(toks) {
		return false
	}
	v := toks[cd.verbStart].up
	if !strings.HasPrefix(v, "HOST") && !strings.HasPrefix(v, "CO-HOST") {
		return false
	}
	k := cd.verbEnd
	if w := toks[k].up; (w == "JOINTLY" || w == "TOGETHER") && k+1 < len(toks) {
		k++
	}
	if toks[k].up != "WITH" {
		return false
	}
	after := func(m member) bool {
		s := k + 1
		if s < len(toks) && (toks[s].up == "THE" || toks[s].up == "A" || toks[s].up == "AN") {
			s++
		}
		return m.start == k+1 || m.start == s
	}
	return after(cd.tgt) || after(cd.src)
}
