package modality

import "strings"

// predictedClause returns the word of hoping, predicting or fearing when
// the verb at v stands in a "that" clause of its source's ("Kenya
// predicted that the talks would fail"): a word of hopeWords right before
// a "that" between the source at src and v, and a subject of the clause's
// own after "that" that is no pronoun. The source foresees the act; it
// neither does it nor threatens it. A pronoun subject ("predicted that it
// would attack") is the speaker's own intent, left to the other rules. ""
// when there is none.
func predictedClause(up []string, src, v int) string {
	if src < 0 {
		return ""
	}
	for k := src + 2; k+1 < v; k++ {
		if boundary(up[k]) || up[k] == "." || up[k] == "," {
			return ""
		}
		if up[k] != "THAT" || !hopeWords[up[k-1]] {
			continue
		}
		if pronounWords[up[k+1]] {
			return ""
		}
		return strings.ToLower(up[k-1])
	}
	return ""
}
