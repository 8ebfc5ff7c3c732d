// The "to" of an infinitive is no "to" of a recipient.

package code

import "dyad/internal/dict"

// infinitiveToNoMatch reports whether pattern p, the bare "* TO", matched
// the "to" of an infinitive (infinitiveTo: "to help", "to reduce"), not
// the preposition of where or to whom, in a verb that codes nothing of
// its own (a null block code and no form code: DESPATCH's EXPORT):
// "South Korea cut loans to exporting companies to help reduce its
// surplus with the United States" exports nothing to the United States
// (DESPATCH "* TO" 061 read the surplus's partner as the buyer). The
// pattern does not match; the verb keeps its other patterns. A verb with
// a code of its own keeps the match as before (LEAD's "* TO" 030, which a
// later check gives way to the act after it: "a team he led agreed to
// buy"), as does ARRIVE (its fallback, arrivepurpose.go, and COME's
// readings, senses20.go).
func infinitiveToNoMatch(toks []token, block *dict.VerbBlock, form *dict.VerbForm, p *dict.Pattern, postEnd int) bool {
	if block.Name == "ARRIVE" {
		return false // its own fallback (arrivepurpose.go); "came to distrust" (senses20.go)
	}
	own := block.Code
	if form != nil && !form.Code.IsZero() {
		own = form.Code
	}
	if !own.IsZero() && !own.Null {
		return false
	}
	return infinitiveTo(toks, p, postEnd)
}
