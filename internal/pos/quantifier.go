package pos

import "strings"

// quantifiers open a noun phrase whose singular head takes no base-form
// verb ("any extra maternity pay", "no further attack").
var quantifiers = map[string]bool{"any": true, "no": true, "every": true, "each": true}

// collectives are plural in use without an -s: after a quantifier they
// may still be a subject of a base form ("no people attack").
var collectives = map[string]bool{"people": true, "police": true, "public": true, "military": true, "staff": true}

// afterQuantifier: the lower-case base form at i (no -s, -ed or -ing, no
// irregular past) follows "any", "no", "every" or "each" and at most two
// lower-case nouns or adjectives in no -s ("mothers would welcome any
// extra maternity pay the party offers"): a quantifier opens a noun
// phrase, and a singular noun takes no base-form verb, so the word is
// that phrase's head, a noun.
func (a *checker) afterQuantifier(i int) bool {
	w := a.words[i]
	if i < 1 || w == "" || w[0] < 'a' || w[0] > 'z' || samePast[w] || pastOnly[w] || irregularPast[w] {
		return false
	}
	for _, end := range []string{"s", "ed", "ing"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		p := a.words[k]
		if quantifiers[strings.ToLower(p)] {
			return true
		}
		if p == "" || p[0] < 'a' || p[0] > 'z' || strings.HasSuffix(p, "s") || collectives[p] ||
			(a.htags[k] != NOUN && a.htags[k] != ADJ) {
			return false
		}
	}
	return false
}
