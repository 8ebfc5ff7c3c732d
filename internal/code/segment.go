package code

import (
	"strings"
	"unicode/utf8"
)

// span is a half-open byte range.
type span struct{ start, end int }

var abbrevs = map[string]bool{
	"MR": true, "MRS": true, "MS": true, "DR": true, "PROF": true, "GEN": true, "COL": true,
	"LT": true, "SGT": true, "GOV": true, "SEN": true, "REP": true, "ST": true, "JR": true,
	"SR": true, "NO": true, "VS": true, "ETC": true, "JAN": true, "FEB": true, "MAR": true,
	"APR": true, "JUN": true, "JUL": true, "AUG": true, "SEP": true, "SEPT": true, "OCT": true,
	"NOV": true, "DEC": true, "INC": true, "CO": true, "CORP": true, "LTD": true, "U.S": true,
	"U.N": true, "U.K": true, "E.U": true,
}

// maxSentence is the longest sentence coded whole, in bytes (about 300
// words; news sentences are rarely a third of that).
const maxSentence = 2000

// sentences splits text into sentence spans: at a line break, or after
// '.', '!' or '?' (and closing quotes) followed by a space, unless the
// word before the dot is a known abbreviation or a single letter.
func sentences(text string) []span {
	var out []span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		// A "sentence" longer than maxSentence (text without sentence
		// punctuation, a table flattened to one line) is cut at spaces
		// into pieces of at most that size: the per-sentence stages are
		// not linear in a sentence's length.
		for e-s > maxSentence {
			cut := strings.LastIndexAny(text[s:s+maxSentence], " \n\t")
			if cut <= 0 {
				cut = maxSentence
				for cut > 0 && !utf8.RuneStart(text[s+cut]) {
					cut--
				}
				if cut == 0 {
					// no character starts in the window (bytes that
					// are no UTF-8): any cut splits no character
					cut = maxSentence
				}
			}
			out = append(out, span{s, s + cut})
			s += cut
			for s < e && isSpaceByte(text[s]) {
				s++
			}
		}
		if e > s {
			out = append(out, span{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			// a blank line, a line ending a sentence, or a line that
			// starts a dash attribution ends the sentence; a line break
			// inside a wrapped sentence does not
			if lineBreakEnds(text, i) {
				emit(i)
			}
			i++
			continue
		}
		if c == '.' || c == '!' || c == '?' {
			j := i + 1
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if r == '"' || r == '”' || r == '\'' || r == '’' || r == ')' {
					j += n
					continue
				}
				break
			}
			if j >= len(text) || text[j] == ' ' || text[j] == '\n' || text[j] == '\t' {
				if c != '.' || !abbrevBefore(text, i) && !initialismContinues(text, i, j) {
					emit(j)
					i = j
					continue
				}
			}
			i = j
			continue
		}
		i++
	}
	emit(len(text))
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func abbrevBefore(text string, dot int) bool {
	j := dot
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if r == ' ' || r == '\n' || r == '(' || r == '"' || r == '“' {
			break
		}
		j -= n
	}
	w := text[j:dot]
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	up := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b >= 'a' && b <= 'z' {
			b -= 32
		}
		up = append(up, b)
	}
	return abbrevs[string(up)]
}

// lineBreakEnds reports whether the line break at text[i] ends a sentence.
func lineBreakEnds(text string, i int) bool {
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] == '\n' {
		return true // blank line
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	if next == '–' || next == '—' || next == '-' || next == '•' || next == '*' || next == '“' || next == '"' {
		return true
	}
	k := i
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t' || text[k-1] == '\r') {
		k--
	}
	if k == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:k])
	if prev == '.' && j == i+1 && wrappedAbbrev(text, k-1, next) {
		return false // "… imports into the U.S.\ncompany …": the wrapped sentence goes on
	}
	switch prev {
	case '.', '!', '?', ':', '”', '"', '\n':
		return true
	}
	// a short line (a headline) ends too
	ls := strings.LastIndexByte(text[:k], '\n')
	return k-ls-1 < 45 && next >= 'A' && next <= 'Z'
}

// midAbbrevs are abbreviations that never end a sentence's last word of
// their own kind in wire copy: a country's or body's initials ("the
// U.S. Trade Representative") and titles before a name ("Sen.", "Dr.").
// Firms' endings ("Inc.", "Corp.", "Ltd.") often end a sentence and are
// left out.
var midAbbrevs = wordSet("U.S", "U.N", "U.K", "E.U", "MR", "MRS", "MS", "DR", "PROF", "GEN", "COL", "LT", "SGT",
	"GOV", "SEN", "REP", "ST")

// wrappedAbbrev reports whether a line of wrapped text (wire copy cut at
// about 70 characters, the next line not indented) that ends with the
// abbreviation whose dot is at text[dot] goes on into the next line, as
// it would with a space (sentences keeps "U.S. Trade" whole): the next
// line opens with a lower-case letter (any abbreviation: "the U.S.\ncompany
// said"), or the abbreviation is one of midAbbrevs ("the U.S.\nTrade
// Representative"). A line longer than 80 characters is a paragraph of
// unwrapped text, whose line break ends it.
func wrappedAbbrev(text string, dot int, next rune) bool {
	ls := strings.LastIndexByte(text[:dot], '\n')
	if dot-ls > 80 || !abbrevBefore(text, dot) {
		return false
	}
	if next >= 'a' && next <= 'z' {
		return true
	}
	j := dot
	for j > 0 && !isSpaceByte(text[j-1]) && text[j-1] != '(' && text[j-1] != '"' {
		j--
	}
	return midAbbrevs[strings.ToUpper(text[j:dot])]
}
