// An act decided, voted or argued against is not done (lead16, issue
// 17): "the FBI decided against recommending charges", "the union has
// voted against a general strike".

package modality

import "strings"

// againstDeciders before "against" and an -ing act or an act noun.
var againstDeciders = set("DECIDE", "DECIDES", "DECIDED", "DECIDING", "OPT", "OPTS", "OPTED", "OPTING", "CHOOSE", "CHOOSES",
	"CHOSE", "CHOSEN", "CHOOSING", "ADVISED", "ADVISES", "ADVISE", "ARGUED", "ARGUES", "WARNED", "WARNS", "VOTED", "VOTES", "VOTE")

// decidedAgainst returns the deciding word, lower-cased, when the
// auxiliaries hold one of againstDeciders right before "against"; "" when
// not.
func decidedAgainst(aux []string) string {
	for k := 0; k+1 < len(aux); k++ {
		if againstDeciders[aux[k]] && aux[k+1] == "AGAINST" {
			return strings.ToLower(aux[k])
		}
	}
	return ""
}
