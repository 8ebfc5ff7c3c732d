// An attributive "visiting": "told visiting Kenyan officials", "a
// visiting Ugandan delegation", "numbers of visiting Kenyan tourists"
// (reuters2, issue 17).

package code

// visitingBefore: the words after which "visiting" right before an actor
// is an adjective of that actor: a determiner ("a visiting Ugandan
// delegation"), a preposition ("numbers of visiting Kenyan tourists",
// "attended by visiting Ugandan ministers"; not "with", "for", "on", "at",
// whose gerund is common: "thanked them for visiting Ugandan troops") or
// a verb of speaking or
// meeting with the visitor as its object ("told visiting Kenyan
// officials", "met visiting Ugandan businessmen").
var visitingBefore = wordSet("A", "AN", "THE", "THESE", "THOSE", "SOME", "MANY", "OTHER", "TWO", "THREE",
	"OF", "BY", "TO", "FROM", "AMONG",
	"TOLD", "TELLS", "TELL", "TELLING", "MET", "MEETS", "MEET", "MEETING", "RECEIVED", "RECEIVES",
	"GREETED", "WELCOMED", "ASSURED", "ASKED", "URGED", "WARNED", "INFORMED", "HOSTED", "ENTERTAINED")

// attributiveVisiting reports whether a visit code (042, 043) was read
// from a "visiting" that is an adjective of the actor right after it:
// "Kenyan leaders told visiting Ugandan officials …", "larger numbers
// of visiting Kenyan tourists". The actor after it is the visitor, not a
// place visited, so neither "the teller visits them" (042) nor "they
// host the teller" (043) is true; where they came to is not said by the
// phrase. The actor must be a role or person ("Ugandan officials",
// KENCVL tourists), not a bare country or city ("visiting Uganda" is
// the verb), and the word before "visiting" a determiner, a preposition
// or a verb whose object the visitor is ("is visiting", ", visiting"
// and "while visiting" stay verbs).
func attributiveVisiting(toks []token, cd cand) bool {
	if root(cd.code) != "04" || cd.verbEnd-cd.verbStart != 1 || toks[cd.verbStart].up != "VISITING" || cd.verbStart == 0 {
		return false
	}
	if !visitingBefore[toks[cd.verbStart-1].up] {
		return false
	}
	for _, m := range []member{cd.src, cd.tgt} {
		if m.start == cd.verbEnd && (m.person || m.actor.Code != m.actor.Country) {
			return true
		}
	}
	return false
}
