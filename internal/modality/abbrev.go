package modality

import "strings"

// abbrevTitles are abbreviations that end with a dot of their own inside
// a sentence ("Mr. Smith", "Sen. Cruz", "St. Louis").
var abbrevTitles = set("MR", "MRS", "MS", "DR", "ST", "SEN", "REP", "GOV", "GEN", "LT", "COL", "JR", "SR", "PROF",
	"REV", "CAPT", "SGT", "MT", "FT", "NO", "VS", "INC", "CORP", "CO", "LTD", "DEPT")

// abbrevDot reports whether the "." at k closes an abbreviation rather
// than the clause: it is not the sentence's last word and the word before
// it is dotted ("U.S", "p.m"), a single letter ("J. Smith") or a title
// ("Mr", "Sen"). The tokenizer splits "U.S. citizen" into "U.S", ".",
// "citizen", and the sentence splitter has already kept them in one
// sentence, so such a dot ends nothing: "Did Kenya help the U.S.
// citizen?" is a question.
func abbrevDot(up []string, k int) bool {
	if k < 1 || k+1 >= len(up) || up[k] != "." {
		return false
	}
	w := strings.TrimPrefix(up[k-1], "~")
	return strings.Contains(w, ".") || len(w) == 1 || abbrevTitles[strings.ToUpper(w)]
}

// questionEnd reports whether the clause that ends at end (its first
// "." ";" "?" or "!") is a question, reading past abbreviations' dots
// to the mark that ends it. Only the question reads past them: the
// conditional scan keeps its end, so that an "if" of a later clause
// ("… given Mr. Trump's comments saying he would reassess it if elected")
// stays out of reach.
func questionEnd(up []string, end int) bool {
	for end < len(up) && up[end] == "." && abbrevDot(up, end) {
		end++
		for end < len(up) && up[end] != "." && up[end] != ";" && up[end] != "?" && up[end] != "!" {
			end++
		}
	}
	return end < len(up) && up[end] == "?"
}
