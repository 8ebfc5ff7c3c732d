// "Be to blame": the idiom of responsibility, no act of blaming.

package code

import "strings"

// toBeBlamed reports whether a candidate's verb is "blame" in "be to
// blame" ("an inquiry into who is to blame for the attacks in Uganda",
// "Kenya is partly to blame"): the subject is held responsible, by the
// speaker or by nobody named; it blames no one, so no actor of the
// clause is the source of a blame (112). What a speaker says is to blame
// is coded from the speech verb ("Kenya says Uganda is to blame").
func toBeBlamed(toks []token, cd cand) bool {
	v := cd.verbStart
	if v < 2 || v >= len(toks) || toks[v].up != "BLAME" || toks[v-1].up != "TO" {
		return false
	}
	for k := v - 2; k >= 0 && k >= v-4; k-- {
		w := toks[k].up
		if blameBe[w] {
			return true
		}
		if w != "NOT" && w != "ALSO" && w != "ALONE" && w != "MOSTLY" && !(len(w) > 4 && strings.HasSuffix(w, "LY")) {
			return false
		}
	}
	return false
}

// blameBe are the forms of "be" before "to blame" ("who's" is split as
// "WHO" "'S").
var blameBe = wordSet("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE", "AM")
