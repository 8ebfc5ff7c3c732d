// Backing won is backing given (issue 17): "X earned the backing of Y",
// "won the endorsement of Y", "secured Y's support" report Y's act of
// support toward X, a passive endorsement. The receiver is the grammatical
// subject, but CAMEO codes the one who endorses: Y 051 X.

package code

// receiveVerbs: verbs of obtaining that take backing as their object.
var receiveVerbs = wordSet("EARN", "EARNS", "EARNED", "EARNING", "WIN", "WINS", "WON", "WINNING",
	"SECURE", "SECURES", "SECURED", "SECURING", "GAIN", "GAINS", "GAINED", "GAINING",
	"GET", "GETS", "GOT", "GETTING", "RECEIVE", "RECEIVES", "RECEIVED", "RECEIVING",
	"LAND", "LANDS", "LANDED", "LANDING", "CLINCH", "CLINCHES", "CLINCHED", "CLINCHING")

// backingNouns: nouns of endorsement.
var backingNouns = wordSet("BACKING", "ENDORSEMENT", "ENDORSEMENTS", "SUPPORT", "BLESSING", "NOD")

// backingWon reports whether a support candidate (root 05) goes from the
// subject of a verb of obtaining to the owner of the backing obtained:
// the verb, then within four words a noun of endorsement and "of" right
// before the target ("earned the backing of Y"; "the crucial endorsement
// of Y"). The caller turns it round: Y 051 X.
func backingWon(toks []token, cd cand) bool {
	if root(cd.code) != "05" || cd.src.end > cd.tgt.start || cd.tgt.start < 3 || cd.tgt.start > len(toks) {
		return false
	}
	of := cd.tgt.start - 1
	if of > 1 && toks[of].up == "THE" {
		of-- // "of the Kenyan president"
	}
	if toks[of].up != "OF" || !backingNouns[toks[of-1].up] {
		return false
	}
	// the verb of obtaining within four words before the noun, after the subject
	for k := of - 2; k >= cd.src.end && k >= of-5; k-- {
		if receiveVerbs[toks[k].up] {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}
