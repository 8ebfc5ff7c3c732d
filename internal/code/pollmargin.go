// Poll figures read as backing (issues 12 and 17): a poll reports whom a
// group favours by a share ("Democrats favoured the president, 72 percent
// to 8 percent", "women preferred her 51 percent to 24 percent", "she was
// supported by 42 percent of those responding", "he received 38 percent
// support"), and the verbs of those sentences (favour, prefer, back,
// support) gave an endorsement (05) from the group or from a rival named
// in the list of shares. What a poll measures is an opinion, no act.

package code

// pollSupportNouns after a percentage make it a poll's share of backing
// ("38 percent support", "42 percent approval").
var pollSupportNouns = wordSet("SUPPORT", "BACKING", "APPROVAL", "FAVOURABILITY", "FAVORABILITY")

// pollMargin reports whether an endorsement or cooperation candidate
// (root 05) comes with a poll figure next to its verb: within six words
// after the verb (a comma allowed) a percentage that a margin continues
// ("72 percent to 8 percent", "51% to 24%"), a percentage of backing
// ("38 percent support"), or a passive "by N percent" ("supported by 42
// percent of those polled"); or a percentage of backing right before the
// verb's word. "Backed the plan to cut tariffs by 10 percent" has no
// margin, no backing noun and no passive "by" after the verb's own word.
func pollMargin(toks []token, cd cand) bool {
	if root(cd.code) != "05" || cd.verbStart >= len(toks) {
		return false
	}
	for i := max(0, cd.verbStart-3); i < len(toks) && i <= cd.verbEnd+6; i++ {
		if !numberWord(toks[i].up) || i+1 >= len(toks) {
			continue
		}
		p := i + 1
		if toks[p].up == "PER" && p+1 < len(toks) && toks[p+1].up == "CENT" {
			p++ // "42 per cent"
		}
		if !percentWord(toks[p].up) {
			continue
		}
		if p+2 < len(toks) && toks[p+1].up == "TO" && numberWord(toks[p+2].up) {
			return true // "72 percent to 8 percent"
		}
		if p+1 < len(toks) && pollSupportNouns[toks[p+1].up] {
			return true // "38 percent support"
		}
		if i >= 1 && toks[i-1].up == "BY" && i-1 >= cd.verbEnd && i-1 <= cd.verbEnd+1 {
			return true // "supported by 42 percent"
		}
	}
	return false
}
