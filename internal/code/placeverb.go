package code

// placeVerbs are verb forms with no inflection of their own — irregular
// pasts ("met", "let", "hit", "made") — that never qualify a role word
// as a noun does ("stock market regulator"): between a country and a role
// word ("Kenya hit rebels", "Yemen let free activists") such a word is the
// clause's verb, so the country and the role word are two actors, not one
// (placeRole). After a possessive ("Kenya's …") the words are inside a
// noun phrase and are not asked.
var placeVerbs = wordSet("HIT", "PUT", "SET", "LET", "CUT", "SHUT", "BID", "BEAT", "QUIT", "HURT", "CAST",
	"SAW", "FOUND", "LOST", "HAD", "DID", "GOT", "KNEW", "HEARD", "MEANT", "BUILT", "FELT", "FED", "LAID",
	"PAID", "BOUND", "UPHELD", "WITHHELD", "OVERSAW", "FORESAW", "DROVE", "RAN", "ROSE", "FELL", "SLEW", "FLED")

// placeVerb reports whether toks[k], between a country and a role word
// with no possessive after the country, is an irregular verb form.
func placeVerb(toks []token, k int, possessive bool) bool {
	w := toks[k].up
	return !possessive && (placeVerbs[w] || irregularPast[w] || pastVerbForms[w])
}
