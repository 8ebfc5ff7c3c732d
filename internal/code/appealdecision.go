// A legal appeal against a decision: "Kenya will appeal the Ugandan
// court's ruling" (reuters2, issue 17).

package code

import "strings"

// decisionNouns name a decision that a party appeals (takes to a higher
// court or authority): "appeal the ruling", "appealed against the
// verdict", "will appeal Commerce's approval of the sales".
var decisionNouns = wordForms("DECISION", "DECISIONS", "RULING", "RULINGS", "VERDICT", "VERDICTS", "JUDGMENT",
	"JUDGMENTS", "JUDGEMENT", "JUDGEMENTS", "SENTENCE", "SENTENCES", "CONVICTION", "CONVICTIONS", "ACQUITTAL",
	"APPROVAL", "ORDER", "ORDERS", "AWARD", "FINDING", "FINDINGS", "DETERMINATION", "DISMISSAL", "INJUNCTION",
	"FINE", "FINES", "DECREE")

// appealedDecision reports whether an appeal code (02x) was read from a
// form of the verb "appeal" whose object is a decision ("Kenya will
// appeal the decision of the Ugandan court", "The Kenyan firm appealed
// against Uganda's ruling"): that is a legal appeal, asking a higher
// court or authority to overturn the decision, not an appeal or request
// made to the actor whose decision it was or who is named near it. The
// decision noun must come within six words of the verb, before any
// "to" or "for" (the addressee or the thing asked: "appealed to the
// court for a ruling" stays an appeal to the court).
func appealedDecision(toks []token, cd cand) bool {
	if root(cd.code) != "02" || cd.verbStart >= cd.verbEnd || !strings.HasPrefix(toks[cd.verbStart].up, "APPEAL") {
		return false
	}
	for k := cd.verbEnd; k < len(toks) && k < cd.verbEnd+6; k++ {
		w := toks[k].up
		if w == "TO" || w == "FOR" || toks[k].punct && w != "'S" {
			return false
		}
		if decisionNouns[w] {
			return true
		}
	}
	return false
}
