// A trailing attribution after a comma is no member of a list.

package code

// attributionAfter reports whether mention m, after mention last and a
// comma (or ", the"), is the speaker of a speech tag that follows it
// right away ("Kenya criticised Uganda, officials said", "…, the army
// said"): the clause before the comma is what was said, and its last
// actor is no member of a list with the speaker. A pronoun speaker is
// left to speechTagAfter (only "told" and "tells"); a list that goes on
// after m ("…, officials and diplomats said") is no single speaker
// either, and neither joins here.
func attributionAfter(toks []token, m mention, gap []token) bool {
	if gap[0].up != "," || len(gap) > 2 || len(gap) == 2 && gap[1].up != "THE" {
		return false
	}
	if m.end >= len(toks) || !speechTags[toks[m.end].up] || toks[m.end].capital {
		return false
	}
	for _, mb := range m.members {
		if mb.pronoun {
			return false
		}
	}
	return true
}
