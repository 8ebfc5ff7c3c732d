package pos

import "strings"

// perfecthyphen.go: a hyphenated lower-case word in -ed right after a
// form of "have" ("the Lords have over-ruled this", "Kenya has
// re-established ties with Uganda", "has test-fired a missile") is the
// perfect's past participle, a verb; the tagger, which has not seen the
// hyphenated spelling, reads it as an adjective. A noun right after it
// makes it the noun's modifier ("have so-called experts", "have
// well-insulated homes").

// perfectAux are the forms of "have" that open a perfect.
var perfectAux = map[string]bool{"have": true, "has": true, "had": true, "'ve": true, "having": true}

// perfectHyphen: the word at i is lower-case, hyphenated and in -ed,
// follows a form of "have" (or one adverb after it: "has since
// re-opened", "have now over-ruled"), and no noun follows it.
func (a *checker) perfectHyphen(i int) bool {
	w := a.words[i]
	if i < 1 || w == "" || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "ed") || !strings.Contains(w[1:len(w)-2], "-") {
		return false
	}
	k := i - 1
	if k > 0 && !perfectAux[strings.ToLower(a.words[k])] && a.htags[k] == ADV {
		k--
	}
	if !perfectAux[strings.ToLower(a.words[k])] {
		return false
	}
	return i+1 >= len(a.words) || a.htags[i+1] != NOUN || a.nouns != nil && a.nouns[i+1]
}
