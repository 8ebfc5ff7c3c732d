package code

import "strings"

// roleBody reports whether the head word of a role without a name (the
// tokens from start to end) names a body or many (bodyWord), or is the
// plural of a short acronym ("MPs", "AMs"): an upper-case word written
// with a lower-case "s", too short for bodyWord's plural rule, which
// "he" and "she" do not stand for either ("… welcomed by Kenyan MPs.
// 'As he says …'": he is no MP of that list).
func roleBody(toks []token, start, end int) bool {
	w := roleHead(toks, start, end)
	if bodyWord(w) {
		return true
	}
	for k := end - 1; k >= start; k-- {
		if toks[k].up == w {
			t := toks[k]
			return len(w) == 3 && strings.HasSuffix(w, "S") && t.capital && t.lower && t.end-t.start == 3
		}
	}
	return false
}
