// An opening clause that says the actor was in an office when acting
// ("As prime minister, Gordon Brown visited Iran", "When home secretary,
// he ordered troops …", "While prime minister, Tony Blair …", "During
// his time as foreign secretary, he …") dates the act inside the term:
// the source is the office, not the elite a former officeholder is on
// the article's date (issue 12 item 4 and issue 17 COREF: a former
// prime minister's acts done in office were coded ELI).

package code

import "strings"

// officeClauseOpeners open such a clause.
var (
	officeClauseOpeners = wordSet("AS", "WHEN", "WHILE", "DURING")
	officeClauseSkip    = wordSet("HE", "SHE", "WAS", "SERVED", "SERVING", "HIS", "HER", "TIME", "TENURE", "TERM",
		"YEARS", "DAYS", "SPELL", "AS", "A", "THE", "THEN", "STILL")
)

// officeClause returns the source's code for an elite source (…ELI, of a
// country) that is the subject right after a comma closing an opening
// clause "As / When / While / During … TITLE," whose title is an agent
// of government, legislature, military, judiciary or opposition: the
// country with the title's role; "" when there is none.
func (st *state) officeClause(toks []token, cd cand) (string, string) {
	code := cd.src.actor.Code
	at := cd.src.start // the subject's place in this sentence (a pronoun's mention for one resolved from before)
	if cd.src.sent != 0 {
		if cd.srcM == nil {
			return "", ""
		}
		at = cd.srcM.start
	}
	if len(code) != 6 || !strings.HasSuffix(code, "ELI") || nonState[code[:3]] || countryOf(code) == "" {
		return "", ""
	}
	k := 0
	if k < len(toks) && (toks[k].up == "BUT" || toks[k].up == "AND") {
		k++
	}
	if k >= len(toks) || !officeClauseOpeners[toks[k].up] {
		return "", ""
	}
	j := k + 1
	for j < len(toks) && j < k+6 && officeClauseSkip[toks[j].up] && !(toks[j].up == "AS" && j == k+1 && toks[k].up == "AS") {
		j++
	}
	if j >= len(toks) {
		return "", ""
	}
	ags, n := st.c.agents.longest(toks, j, nil)
	if n == 0 || len(ags) == 0 || j+n >= len(toks) || toks[j+n].up != "," || at != j+n+1 {
		return "", ""
	}
	suf, after := ags[0].Suffix()
	if !after || len(suf) < 3 || strings.HasPrefix(suf, "ELI") || !staleTitles[suf[:3]] {
		return "", ""
	}
	return code[:3] + suf, "an office held when acting (" + strings.ToLower(toks[k].up) + " … " + strings.ToLower(toks[j+n-1].up) + ","
}
