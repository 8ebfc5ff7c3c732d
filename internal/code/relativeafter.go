// A date inside a relative clause after the verb: "Kenyatta criticised
// Ugandan legislation that Tanzania supported in 2007", "criticised
// Uganda over the deal, which was signed in 2007". The year dates the
// relative clause's act (the support, the signing), not the verb before
// it; inRelativeBefore (date.go) is the mirror case, a relative clause
// that ends before the verb.

package code

// relativeAfterWords open a relative clause on the noun before them.
var relativeAfterWords = wordSet("WHO", "WHICH", "WHOM", "WHOSE", "THAT")

// inRelativeAfter reports whether the date words dt of sent stand after
// the verb ending at token ve, inside a relative clause that a relative
// word opens between them ("that", "which", "who" …, "that" only after a
// lower-case word, not after a verb of saying: "said that" opens what was
// said), with no ";", ":" or "." between the verb and the date.
func inRelativeAfter(sent string, toks []token, dt string, ve int) bool {
	if ve <= 0 || ve > len(toks) {
		return false
	}
	i := tokenAtText(sent, toks, dt)
	if i <= ve {
		return false
	}
	for k := ve; k < i; k++ {
		u := toks[k].up
		if u == ";" || u == ":" || u == "." {
			return false
		}
		if !relativeAfterWords[u] || k == 0 {
			continue
		}
		if u == "THAT" && (toks[k-1].capital || toks[k-1].punct || speechWords[toks[k-1].up]) {
			continue
		}
		return true
	}
	return false
}
