package modality

// inverted.go: a conditional clause opened by an inverted auxiliary instead
// of "if". "Should Kenya decide to act against Ugandan banks, it would …",
// "Were Uganda to attack, …", "Had Kenya intervened, …": a statement (no
// question mark) that opens with "should", "were" or "had" before its
// subject is a condition, and every act of the sentence is hypothetical,
// as after a sentence-opening "if". Found on Reuters (reuters18, issue 17):
// "Should Britain decide to act against Japanese financial institutions"
// was coded as a done 110.

// invertedWords open an inverted condition at the head of a statement.
var invertedWords = set("SHOULD", "WERE", "HAD")

// invertedCondition returns the opening auxiliary, lower-cased, when the
// sentence up opens with an inverted condition (after an opening quote),
// else "". The caller has ruled out a question.
func invertedCondition(up []string) string {
	k := 0
	for k < len(up) && (up[k] == `"` || up[k] == "“" || up[k] == "'" || up[k] == "‘") {
		k++
	}
	if k+1 >= len(up) || !invertedWords[up[k]] {
		return ""
	}
	// a verb, adverb or object right after the auxiliary ("Had been …",
	// "Should quickly discard …", "Had signalled …", "Had no choice …",
	// "Had a usable keyboard") is a fragment with a dropped subject, no
	// inversion; the condition's subject comes next, a name, pronoun or
	// determiner
	next := up[k+1]
	switch next {
	case "BEEN", "HAVE", "BE", "HAD", "NOT", "NO", "A", "AN", "AND", "TO", ",", ".", ":":
		return ""
	}
	if n := len(next); n > 3 && (next[n-2:] == "ED" || next[n-2:] == "LY") {
		return ""
	}
	// the condition ends at a comma before the main clause
	comma := false
	for _, w := range up[k+2:] {
		if w == "," {
			comma = true
			break
		}
	}
	if !comma {
		return ""
	}
	switch up[k] {
	case "SHOULD":
		return "should"
	case "WERE":
		return "were"
	}
	return "had"
}
