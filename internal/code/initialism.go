package code

import (
	"unicode"
	"unicode/utf8"
)

// initialismContinues reports whether the dot at text[dot] closes an
// initialism of single letters joined by dots ("A.D", "B.C", "a.m",
// "D.C") and the text after the space j goes on with a digit ("returned
// skulls that date back to A.D. 640-890 to Peru"): the dot is the
// abbreviation's, no sentence end. A capital after it may open a new
// sentence ("in Washington D.C. The talks …") and still does; a
// lower-case word after it ("at 10 a.m. on Monday", "the C.I.A. in") is
// left to split as before (measured: the joined sentences exposed other
// rules' errors on PolNeAR, coding-log).
func initialismContinues(text string, dot, j int) bool {
	s := dot
	for s > 0 && text[s-1] != ' ' && text[s-1] != '\n' && text[s-1] != '(' {
		s--
	}
	w := text[s:dot]
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 1 && c != '.' || i%2 == 0 && !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsDigit(r)
}
