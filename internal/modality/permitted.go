package modality

import "strings"

// allowWords before a noun phrase and "to" let another act: the act
// after "to" is permitted, and its doer is that noun phrase.
var allowWords = set("ALLOW", "ALLOWS", "ALLOWED", "ALLOWING", "PERMIT", "PERMITS", "PERMITTED", "PERMITTING",
	"ENABLE", "ENABLES", "ENABLED", "ENABLING", "AUTHORISE", "AUTHORISES", "AUTHORISED", "AUTHORIZE", "AUTHORIZES",
	"AUTHORIZED")

// Permitted returns the allowing word when the verb at v is the act that
// an allowing word lets someone else do, its source standing before that
// word ("veto legislation that would allow 9/11 families to sue Saudi
// Arabia": the families would sue, the president vetoes): "to" right
// before the verb and one to five words of a noun phrase between the
// allowing word and "to". src is the source's last token (-1: none); a
// source inside that noun phrase ("allow Kenya to export") is the doer
// and stays. "" when it is not.
func Permitted(up []string, src, v int) string {
	to := v - 1
	if to < 2 || up[to] != "TO" {
		return ""
	}
	for k := to - 2; k >= 0 && k >= to-6; k-- {
		w := up[k]
		if allowWords[w] {
			if src >= k {
				return "" // the source is in the noun phrase, or after it
			}
			return strings.ToLower(w)
		}
		if boundary(w) || w == "," || w == "." || w == "TO" || w == "THAT" || w == "WHO" || w == "WHICH" {
			return ""
		}
	}
	return ""
}
