// A firm's filing with a regulator: "Acme Inc said it filed a
// registration statement with the Kenyan Capital Markets Authority …"
// (reuters2, issue 17).

package code

import "strings"

// filingWords mark a sentence about a filing or a disclosure of a
// holding: a registration, a filing, shares or a stake bought or sold.
var filingWords = wordSet("FILED", "FILES", "FILING", "REGISTRATION", "REGISTERED", "SHARES", "STAKE", "HOLDINGS", "STOCK")

// firmFiling reports whether a statement (01x) goes from a firm or an
// investor (a business code: MNC…, …BUS, not a state's …GOVBUS) to a
// state's business or market body (…GOVBUS: a securities commission, a
// central bank, a trade ministry) in a sentence about a filing or a
// holding ("Acme Inc said it filed a registration statement with the
// Kenyan Capital Markets Authority covering 30 mln shares", "A Nairobi
// investor told the Kenyan Capital Markets Authority he has acquired 6
// pct of Acme"): a disclosure the law requires of every firm or holder,
// not a statement of one actor to another about anything between them.
func firmFiling(toks []token, cd cand) bool {
	if root(cd.code) != "01" || !strings.HasSuffix(cd.tgt.actor.Code, "GOVBUS") {
		return false
	}
	if src := cd.src.actor.Code; !firmCode(src) || strings.Contains(src, "GOV") {
		return false
	}
	for _, t := range toks {
		if filingWords[t.up] {
			return true
		}
	}
	return false
}
