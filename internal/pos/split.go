package pos

import (
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark of a sentence with its byte span.
type Token struct {
	Text       string
	Start, End int
	Punct      bool
}

// Split splits a sentence into words and punctuation as the event coder
// does: words keep inner '.', '-' and apostrophes ("U.S.", "don't"), a
// possessive "'s" is its own token, every other mark is one token.
func Split(s string) []Token {
	var out []Token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWord(r) {
			out = append(out, Token{Text: s[i : i+n], Start: i, End: i + n, Punct: true})
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if isWord(r2) {
				j += n2
				continue
			}
			if r2 == '.' || r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '&' {
				if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); j+n2 < len(s) && isWord(r3) {
					j += n2
					continue
				}
			}
			break
		}
		w := s[i:j]
		if k := len(w) - 2; k > 0 && (w[k:] == "'s" || w[k:] == "'S") {
			out = append(out, Token{Text: w[:k], Start: i, End: i + k}, Token{Text: "'s", Start: i + k, End: j})
		} else if k := len(w) - 4; k > 0 && (w[k:] == "’s" || w[k:] == "’S") {
			out = append(out, Token{Text: w[:k], Start: i, End: i + k}, Token{Text: "'s", Start: i + k, End: j})
		} else {
			out = append(out, Token{Text: w, Start: i, End: j})
		}
		i = j
	}
	return out
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Texts returns the tokens' texts.
func Texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}
