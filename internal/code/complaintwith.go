// A complaint lodged "with" a forum: "I am moving forward with filing a
// discrimination complaint with the Federal Government EEOC", "Kenya
// lodged a complaint with the United Nations". The body a complaint is
// filed with hears it; what the complaint is about (an employer, a
// neighbour, a rival party) is another actor. A complaint with a foreign
// state ("lodged a complaint with Uganda over the raid") is a protest to
// that state and stays.
//
// Issue 17 (precision), the role class of re-judged BBC sample 16.

package code

import "strings"

// complaintWords are the nouns of a complaint filed with a body.
var complaintWords = wordSet("COMPLAINT", "COMPLAINTS", "GRIEVANCE", "GRIEVANCES", "PETITION", "PETITIONS", "PROTEST", "PROTESTS")

// complaintForum reports whether a disapproval (root 11) has for its
// target the body a complaint is filed with: the target follows "with"
// (past at most three capitalised words and one determiner) right after
// a complaint noun, and it is
// an international organisation, a court, or a body of the source's own
// country.
func complaintForum(toks []token, cd cand) bool {
	t := cd.tgt
	if root(cd.code) != "11" || t.start < 2 {
		return false
	}
	k := t.start - 1
	for n := 0; n < 3 && k > 0 && toks[k].capital && !toks[k].punct && toks[k].up != "WITH"; n++ {
		k-- // "with the Federal Government EEOC": capitalised words before the name
	}
	if determiners[toks[k].up] || npDeterminers[toks[k].up] {
		k--
	}
	if k < 1 || toks[k].up != "WITH" || !complaintWords[toks[k-1].up] {
		return false
	}
	code := t.actor.Code
	return strings.HasPrefix(code, "IGO") || strings.Contains(code[min(3, len(code)):], "JUD") ||
		t.actor.Country != "" && t.actor.Country == cd.src.actor.Country
}
