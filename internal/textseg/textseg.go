// Package textseg splits news text into paragraphs and sentences.
//
// Sentences is a single pass over the bytes with news-grade rules: common
// abbreviations (titles, months, "U.S.", "No."), single-letter initials,
// decimals ("$1.5"), closing quotes after the stop (`."`), ellipses, a
// blank line always ends a sentence, and a short title-case line without a
// final stop (a heading) is a sentence of its own. Spans are byte offsets,
// half-open, trimmed of surrounding white space.
package textseg

import (
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) in the text.
type Span struct{ Start, End int }

// Paragraphs returns the blank-line separated paragraphs of text.
func Paragraphs(text string) []Span {
	var out []Span
	start := -1
	lineStart := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		line := text[lineStart:i]
		if isBlank(line) {
			if start >= 0 {
				out = appendTrim(out, text, start, lineStart)
				start = -1
			}
		} else if start < 0 {
			start = lineStart
		}
		lineStart = i + 1
	}
	if start >= 0 {
		out = appendTrim(out, text, start, len(text))
	}
	return out
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\v', '\f':
		default:
			return false
		}
	}
	return true
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// appendTrim appends [s,e) trimmed of ASCII and common Unicode space.
func appendTrim(out []Span, text string, s, e int) []Span {
	for s < e {
		if isSpace(text[s]) {
			s++
			continue
		}
		if text[s] == 0xC2 && s+1 < e && text[s+1] == 0xA0 { // NBSP
			s += 2
			continue
		}
		break
	}
	for e > s {
		if isSpace(text[e-1]) {
			e--
			continue
		}
		if e-2 >= s && text[e-2] == 0xC2 && text[e-1] == 0xA0 {
			e -= 2
			continue
		}
		break
	}
	if e > s {
		out = append(out, Span{s, e})
	}
	return out
}

// abbreviations never end a sentence (titles and the like: the next word
// is a name or number).
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true, "adm": true,
	"maj": true, "gov": true, "sen": true, "rep": true, "rev": true, "hon": true,
	"pres": true, "amb": true, "st": true, "no": true, "nos": true, "vs": true,
	"v": true, "e.g": true, "i.e": true, "cf": true, "approx": true, "fig": true,
	"sept": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "oct": true, "nov": true, "dec": true,
	"mt": true, "ft": true, "gov't": true, "messrs": true, "supt": true, "insp": true,
}

// softAbbrev may end a sentence when the next word is a usual sentence
// opener ("in the U.S. The ...").
var softAbbrev = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "jr": true, "sr": true,
	"etc": true, "bros": true, "plc": true, "llc": true, "u.s": true, "u.k": true,
	"u.n": true, "e.u": true, "a.m": true, "p.m": true, "d.c": true, "u.s.a": true,
}

var openers = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "But": true, "In": true, "This": true,
	"That": true, "There": true, "Its": true, "His": true, "Her": true, "Their": true,
	"On": true, "At": true, "For": true, "And": true, "However": true, "Meanwhile": true,
	"Officials": true, "If": true, "As": true, "When": true, "After": true,
}

// Sentences returns the sentences of text in order.
func Sentences(text string) []Span {
	out := make([]Span, 0, len(text)/120+1)
	start := 0
	n := len(text)
	lineStart := 0
	for i := 0; i < n; i++ {
		c := text[i]
		switch {
		case c == '\n':
			// Paragraph break: a blank line.
			j := i + 1
			for j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < n && text[j] == '\n' || j >= n {
				out = appendTrim(out, text, start, i)
				start = j
				i = j - 1
				lineStart = j
				continue
			}
			if isHeading(text[lineStart:i]) && startsUpper(text, j) {
				out = appendTrim(out, text, start, i)
				start = j
			}
			lineStart = i + 1
		case c == '.' || c == '!' || c == '?' || (c == 0xE2 && i+2 < n && text[i+1] == 0x80 && text[i+2] == 0xA6):
			end := i + 1
			if c == 0xE2 {
				end = i + 3
			}
			// runs of stops: "...", "?!"
			for end < n && (text[end] == '.' || text[end] == '!' || text[end] == '?') {
				end++
			}
			// closing quotes and brackets
			for end < n {
				if text[end] == '"' || text[end] == '\'' || text[end] == ')' || text[end] == ']' {
					end++
					continue
				}
				if end+2 < n && text[end] == 0xE2 && text[end+1] == 0x80 && (text[end+2] == 0x9D || text[end+2] == 0x99) {
					end += 3
					continue
				}
				break
			}
			if end < n && !isSpace(text[end]) {
				if !(text[end] == 0xC2 && end+1 < n && text[end+1] == 0xA0) {
					i = end - 1
					continue
				}
			}
			// next word
			j := end
			for j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == 0xC2 || text[j] == 0xA0) {
				j++
			}
			if j < n && text[j] == '\n' {
				// let the newline handling see it, but a stop before a
				// newline ends the sentence
				out = appendTrim(out, text, start, end)
				start = end
				i = j - 1
				continue
			}
			if j >= n {
				i = end - 1
				continue
			}
			if !nextStarts(text, j) {
				i = end - 1
				continue
			}
			if c == '.' && end == i+1 {
				w := wordBefore(text, i)
				if w != "" {
					lw := lower(w)
					if titles[lw] || isInitial(w) {
						i = end - 1
						continue
					}
					if softAbbrev[lw] && !openers[wordAt(text, j)] {
						i = end - 1
						continue
					}
				}
			}
			out = appendTrim(out, text, start, end)
			start = end
			i = end - 1
		}
	}
	out = appendTrim(out, text, start, n)
	return out
}

// nextStarts reports whether the text at j can open a sentence: an
// upper-case letter, a digit, an opening quote or bracket.
func nextStarts(text string, j int) bool {
	c := text[j]
	switch {
	case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	case c == '"' || c == '\'' || c == '(' || c == '[' || c == '-':
		return true
	case c < utf8.RuneSelf:
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	switch r {
	case '“', '‘', '«', '—', '–':
		return true
	}
	return unicode.IsUpper(r) || unicode.Is(unicode.Han, r)
}

func startsUpper(text string, j int) bool {
	return j < len(text) && nextStarts(text, j)
}

// wordBefore returns the token ending right before the stop at i, with
// inner periods kept ("U.S" for "U.S.").
func wordBefore(text string, i int) string {
	k := i
	for k > 0 {
		c := text[k-1]
		if c == '.' || c == '\'' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			k--
			continue
		}
		break
	}
	for k < i && (text[k] == '.' || text[k] == '\'') {
		k++
	}
	return text[k:i]
}

func wordAt(text string, j int) string {
	k := j
	for k < len(text) && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z') {
		k++
	}
	return text[j:k]
}

func isInitial(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// isHeading reports whether a line is a heading: no final stop, at most
// 14 words, and most words capitalised.
func isHeading(line string) bool {
	s := line
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':', '!', '?', '"', '\'', '-':
		return false
	}
	words, upper := 0, 0
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSpace(c) {
			inWord = false
			continue
		}
		if !inWord {
			inWord = true
			words++
			if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf {
				upper++
			} else if len(s)-i > 0 && isMinor(s[i:]) {
				upper++ // "of", "and", "the" in title case
			}
		}
	}
	return words <= 14 && upper*5 >= words*4
}

func isMinor(s string) bool {
	for _, w := range [...]string{"of ", "and ", "the ", "in ", "on ", "to ", "for ", "a ", "with ", "at "} {
		if len(s) >= len(w) && s[:len(w)] == w {
			return true
		}
	}
	return false
}
