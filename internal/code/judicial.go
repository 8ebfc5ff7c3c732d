// Judicial roles standing alone: "prosecutors", "the judges", "the
// court" placed in the country of their sentence as "the police" are.

package code

import "strings"

// judicialHeads: the judiciary's own plural role words. A lawyer or an
// attorney (also ~JUD in Phoenix) may be anyone's counsel ("his
// lawyers"), no state's body.
var judicialHeads = map[string]bool{"PROSECUTORS": true, "JUDGES": true, "MAGISTRATES": true}

// courtPlaceWords before "the court" make it a place ("a change in tone
// at the court", "appeared before the court").
var courtPlaceWords = map[string]bool{"AT": true, "IN": true, "INTO": true, "OUTSIDE": true, "BEFORE": true, "TO": true, "FROM": true}

// courtVerbAfter: words that may follow a court acting as a subject
// besides an inflected verb ("the court ruled", "the court has").
var courtVerbAfter = map[string]bool{"CAN": true, "COULD": true, "MAY": true, "MIGHT": true, "MUST": true, "SHOULD": true,
	"SHALL": true, "DID": true, "DOES": true, "ALSO": true, "NOT": true, "THEN": true}

// judicialRole reports whether a judicial role word (~JUD) standing
// alone is the judiciary of the sentence's one country, as "the police"
// are its police (stateRoles, placeInSentence): "Prosecutors charged
// the Kenyan opposition leader with treason" is KENJUD → KENOPP, as is
// "The court sentenced …" (Phoenix's entry "THE COURT" holds its own
// article). Not "the court" as a place ("at the court", "told to the
// court") nor as a modifier of a noun after it ("the court ruling",
// "the courts minister"): a lower-case word right after a singular
// court must be an inflected verb or an auxiliary.
func judicialRole(toks []token, a, b int, suffix string) bool {
	if len(suffix) < 3 || suffix[:3] != "JUD" {
		return false
	}
	last := toks[b-1].up
	if judicialHeads[last] {
		return b-a == 1 || b-a == 2 && toks[a].up == "THE"
	}
	if !theRole(toks, a, b) || b-a != 2 || last != "COURT" {
		return false
	}
	if a > 0 && courtPlaceWords[toks[a-1].up] {
		return false
	}
	if b >= len(toks) {
		return true
	}
	nx := toks[b]
	if nx.punct || nx.capital || functionWords[nx.up] || courtVerbAfter[nx.up] || pastVerbForms[nx.up] {
		return true
	}
	w := nx.up
	return strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS")
}

// theRole reports whether a role word's own dictionary name starts with
// "the" ("THE COURT"): it is definite as a role after "the" is ("the
// government"), though the article is inside the match.
func theRole(toks []token, a, b int) bool {
	return b-a >= 2 && toks[a].up == "THE"
}
