package code

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// token is one word or punctuation mark of a sentence.
type token struct {
	up         string // upper-case text used for matching
	start, end int    // byte offsets in the sentence
	capital    bool   // first letter upper case in the text
	lower      bool   // some letter lower case in the text
	punct      bool
}

// tokenize splits a sentence into tokens. Words keep inner '.', '-', '\”
// ("U.S.", "Mazar-i-Sharif"); a possessive "'s" becomes its own token
// "'S"; curly quotes and dashes are punctuation.
func tokenize(s string, out []token) []token {
	out = out[:0]
	up := asciiUpper(s)
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) || r == '_' {
			i += n
			continue
		}
		if isWordRune(r) {
			j := i + n
			for j < len(s) {
				r2, n2 := rune(s[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(s[j:])
				}
				if isWordRune(r2) {
					j += n2
					continue
				}
				if (r2 == '.' || r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '&') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				// "U.S." keeps its final dot when the word has inner dots,
				// and so does an initial ("Vladimir V. Putin").
				if r2 == '.' && (strings.Contains(s[i:j], ".") || j-i == 1 && s[i] >= 'A' && s[i] <= 'Z' && j+n2 < len(s) && s[j+n2] == ' ') {
					j += n2
				}
				// a prefix hyphen before a space keeps its word
				// ("anti- Gondor parade" → ANTI-, as dictionaries write it)
				if r2 == '-' && j+n2 < len(s) && s[j+n2] == ' ' {
					j += n2
				}
				break
			}
			w := s[i:j]
			// split possessive 's
			if k := possessive(w); k > 0 {
				out = append(out, mk(s, up, i, i+k, false))
				out = append(out, token{up: "'S", start: i + k, end: j})
				i = j
				continue
			}
			out = append(out, mk(s, up, i, j, false))
			i = j
			continue
		}
		out = append(out, mk(s, up, i, i+n, true))
		i += n
	}
	return out
}

func possessive(w string) int {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return len(w) - len(suf)
		}
	}
	return 0
}

// asciiUpper is s with its ASCII letters in upper case and every other
// byte as it is, so that a word of ASCII letters in s has its upper-case
// form at the same offsets (strings.ToUpper without an allocation a
// word).
func asciiUpper(s string) string {
	k := 0
	for k < len(s) && (s[k] < 'a' || s[k] > 'z') {
		k++
	}
	if k == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:k])
	for ; k < len(s); k++ {
		c := s[k]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[k] = c
	}
	return unsafe.String(&b[0], len(b))
}

// mk makes the token s[i:j]; upS is asciiUpper(s).
func mk(s, upS string, i, j int, punct bool) token {
	w := s[i:j]
	if ascii, lower := asciiWord(w); ascii {
		// strings.ToUpper's result, foldAccents and the curly
		// punctuation change nothing in ASCII
		return token{up: upS[i:j], start: i, end: j, capital: 'A' <= w[0] && w[0] <= 'Z', lower: lower, punct: punct}
	}
	r, _ := utf8.DecodeRuneInString(w)
	up := strings.ToUpper(w)
	if punct {
		switch r {
		case '“', '”', '„', '«', '»':
			up = "\""
		case '‘', '’':
			up = "'"
		case '–', '—':
			up = "-"
		}
	} else if strings.ContainsAny(up, "’") {
		up = strings.ReplaceAll(up, "’", "'")
	}
	lower := up != w
	if !punct {
		up = foldAccents(up)
	}
	return token{up: up, start: i, end: j, capital: unicode.IsUpper(r), lower: lower, punct: punct}
}

// foldAccents drops the diacritics of a word's Latin letters ("PÉREZ" →
// "PEREZ", "ERDOĞAN" → "ERDOGAN", "İHSANOĞLU" → "IHSANOGLU"), so that a
// name matches however a text or a dictionary spells its accents: the
// Phoenix dictionaries write most names without them, news often with
// them. Dictionary words are folded the same way (trie.go).
func foldAccents(w string) string {
	ascii := true
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'Ł' || r == 'ł':
			r = 'L'
		case r == 'Ø' || r == 'ø':
			r = 'O'
		case r == 'Đ' || r == 'đ':
			r = 'D'
		case r == 'ı':
			r = 'I'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// asciiWord reports whether w is all ASCII and whether it has a
// lower-case letter.
func asciiWord(w string) (ascii, lower bool) {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return false, false
		}
		if 'a' <= c && c <= 'z' {
			lower = true
		}
	}
	return true, lower
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
