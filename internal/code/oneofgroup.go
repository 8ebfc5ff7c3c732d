package code

import "strings"

// One person of a group named by a singular role word after "a" or "an",
// with an age between: "tortured a 35-year-old inmate", "arrested an
// 18-year-old protester". The age marks a person an act is aimed at, not
// a generic noun ("a prisoner's dilemma", "a student of history"), and
// the sentence's one country places him as it places "inmates"
// (placeInSentence). After a comma it is left alone.

// oneOfGroup reports whether the group role word starting at a (civilians,
// opposition, media, rebels: groupRole) follows "a"/"an" and an age
// ("35-year-old"), not right after a comma or at the sentence's start:
// "…, a 15-year-old girl was pepper-sprayed" opens a clause of its own, or
// an apposition describes someone named before.
func oneOfGroup(toks []token, a int, suffix string) bool {
	if !groupRole(suffix) || a < 2 {
		return false
	}
	age := toks[a-1].up
	if !strings.HasSuffix(age, "-YEAR-OLD") {
		return false
	}
	if toks[a-2].up != "A" && toks[a-2].up != "AN" {
		return false
	}
	return a >= 3 && !toks[a-3].punct
}
