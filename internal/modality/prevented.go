package modality

import "strings"

// Rule of 2026-12-07 (prec17, issue 17): an act someone is kept from is
// not done. "religious tests designed to prevent Muslim refugees from
// Iraq and Syria from coming to the United States", "Kenya banned
// Ugandan officials from meeting Tanzanian ministers": the gerund after
// "from" names what the barring stops, not an act of its subject. The
// passive ("were barred from providing") is barredFrom's (stated.go).

// preventWords: active forms of barring someone from an act.
var preventWords = set("PREVENT", "PREVENTS", "PREVENTED", "PREVENTING", "BAN", "BANS", "BANNED", "BANNING",
	"BAR", "BARS", "BARRED", "BARRING", "STOP", "STOPS", "STOPPED", "STOPPING", "BLOCK", "BLOCKS", "BLOCKED",
	"BLOCKING", "PROHIBIT", "PROHIBITS", "PROHIBITED", "PROHIBITING", "KEEP", "KEEPS", "KEPT", "KEEPING",
	"DETER", "DETERS", "DETERRED", "DETERRING", "DISCOURAGE", "DISCOURAGES", "DISCOURAGED", "DISCOURAGING",
	"RESTRAIN", "RESTRAINS", "RESTRAINED", "RESTRAINING", "FORBID", "FORBIDS", "FORBADE", "FORBIDDING")

// preventedFrom returns the barring word when the verb at v is a gerund
// right after "from" and a word of barring stands one to eight words
// before that "from" in the same clause ("prevent Muslim refugees from
// Iraq and Syria from coming"); "" when it is not.
func preventedFrom(up []string, v int) string {
	if v < 3 || up[v-1] != "FROM" || !strings.HasSuffix(up[v], "ING") || len(up[v]) < 5 {
		return ""
	}
	for k := v - 3; k >= 0 && k >= v-10; k-- {
		w := up[k]
		if preventWords[w] {
			return strings.ToLower(w)
		}
		if boundary(w) || w == "," || w == "." || w == "TO" && k < v-3 || w == "THAT" || w == "WHO" || w == "WHICH" {
			return ""
		}
	}
	return ""
}
