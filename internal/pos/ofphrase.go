package pos

import "strings"

// ofphrase.go: a base form inside the noun phrase that follows "of",
// with only adjectives or -ed participles between ("a strong supporter
// of continued financial support for Uganda", "the prospect of renewed
// military support"), is the preposition's object, a noun: nothing
// after "of" gives it a subject, and a verb there would need "to" or
// "-ing". The tagger read "support" after "continued financial" as a
// verb, and the coder made the standing attitude an act (050). A
// noun, pronoun, name or determiner between ends the rule: a clause
// may start there.

// afterOfPhrase: the lower-case base form at i (no -s, -ed, -ing, no
// past) follows "of" and one to three lower-case words, each an
// adjective by the tagger or ending in -ed.
func (a *checker) afterOfPhrase(i int) bool {
	w := a.words[i]
	if i < 2 || w == "" || w[0] < 'a' || w[0] > 'z' || samePast[w] || pastOnly[w] || irregularPast[w] ||
		strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		p := a.words[k]
		if k < i-1 && strings.ToLower(p) == "of" {
			return true
		}
		if p == "" || p[0] < 'a' || p[0] > 'z' || a.htags[k] != ADJ && !strings.HasSuffix(p, "ed") {
			return false
		}
	}
	return false
}
