package code

import (
	"strings"

	"dyad/internal/dict"
)

// "Up to" before an amount is a bound, no particle (chprec15, issue 17):
// CAMEO.2.0.txt's patterns with a bare "UP" after the verb read phrasal
// verbs ("gave up" 080 yield in GRANT), and matched "agreed to lend up
// to $1 billion to Uganda", an offer of a loan, as giving in.

// upToAmount reports whether pattern p's last word is "UP", matched
// right before "to" and an amount ("up to $1 billion", "up to 30,000
// troops", "up to 12.5 mln barrels"), ending at postEnd: such a match
// does not count.
func upToAmount(toks []token, p *dict.Pattern, postEnd int) bool {
	if !strings.HasSuffix(p.Text, " UP") || postEnd < 1 || postEnd+1 >= len(toks) || toks[postEnd-1].up != "UP" || toks[postEnd].up != "TO" {
		return false
	}
	w := toks[postEnd+1].up
	return numberLike(w) || numberWord(w) || currencySigns[w] || w == "US$" || w == "HALF"
}
