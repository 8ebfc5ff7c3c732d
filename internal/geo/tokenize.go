// The parser's tokenizer: words with their offsets, case and cue flags, pooled buffers.

package geo

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// token is one word of the text. A 9.9 MB text has some 1.6 million, all
// held while the text is parsed: the strings come first and the flags
// last so that the struct has no padding between them, and the offsets are int32
// (80 → 64 bytes).
type token struct {
	text       string // without a possessive or a lowercase hyphen suffix
	key        string // Key(text)
	suffix     string // "based" in "Moscow-based"
	start, end int32  // code points (a document is at most 10 MB)
	cap        bool
	sentStart  bool // first token of a sentence
	commaAfter bool
	periodEnd  bool // the token ended a sentence
	hyphenPrev bool // "D-Charleston": the second part of a hyphenated pair
}

// asciiWord marks the ASCII characters a word may hold (indexed by byte:
// the bytes of other characters are false).
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		t[c] = r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '\'' || r == '-' || r == '&'
	}
	return
}()

func isWordRune(r rune) bool {
	if r < 128 {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'' || r == '\u2019' || r == '-' || r == '&'
}

// tokBuf is a token list and a key cache kept for the next text: the
// list was most of what the places stage allocated for a story (64 bytes
// a word).
type tokBuf struct {
	toks []token
	keys map[string]string
}

var tokPool = sync.Pool{New: func() any { return &tokBuf{keys: map[string]string{}} }}

// maxPooledTokens bounds the lists kept for reuse (4 MB): a long
// document's is left to the collector.
const maxPooledTokens = 1 << 16

// putTokens clears a text's tokens (they point into it) and keeps the
// list for the next text.
func putTokens(buf *tokBuf, toks []token) {
	if cap(toks) > maxPooledTokens {
		return
	}
	clear(toks)
	buf.toks = toks[:0]
	if len(buf.keys) > 256 {
		// clear costs the map's capacity, which only grows: a new one
		buf.keys = map[string]string{}
	} else {
		clear(buf.keys)
	}
	tokPool.Put(buf)
}

// tokenize splits text into words, in buf's list when it has room. A
// word is a run of word characters (isWordRune) found by one pass over the
// bytes (no copy of its characters: the list of a word's runes was a third
// of what the places stage cost a story).
func tokenize(text string, buf *tokBuf) []token {
	toks := buf.toks[:0]
	if n := len(text)/5 + 8; cap(toks) < n {
		toks = make([]token, 0, n)
	}
	sentStart := true
	inWord := false
	wb, wcp := 0, 0 // the current word's first byte and code point
	ascii := true   // the current word is ASCII
	cp := 0
	for i := 0; i < len(text); {
		c := text[i]
		if asciiWord[c] {
			// a run of ASCII word characters: a byte a code point
			if !inWord {
				inWord, wb, wcp, ascii = true, i, cp, true
			}
			j := i + 1
			for j < len(text) && asciiWord[text[j]] {
				j++
			}
			cp += j - i
			i = j
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				if !inWord {
					inWord, wb, wcp = true, i, cp
				}
				ascii = false
				i += n
				cp++
				continue
			}
		}
		if inWord {
			toks = appendWord(toks, text, wb, i, wcp, ascii, r, &sentStart)
			inWord = false
		}
		if r == '\n' || r == '"' || r == '\u201c' {
			sentStart = true
		}
		i += n
		cp++
	}
	if inWord {
		toks = appendWord(toks, text, wb, len(text), wcp, ascii, 0, &sentStart)
	}
	// A word's key is made once per text: the repeats share it (a
	// capitalised word's key is a new string each time otherwise). A word
	// of lower-case letters and digits is its own key.
	keys := buf.keys
	for i := range toks {
		w := toks[i].text
		if plainKey(w) {
			toks[i].key = w
			continue
		}
		toks[i].key = cachedKey(keys, w)
	}
	return toks
}

// asciiAlnum tells an ASCII letter or digit.
func asciiAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// letterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r), by table
// for ASCII.
func letterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// appendWord appends the token of the word characters text[wb:we], whose
// first is code point wcp of the text (ascii: all are ASCII) and which the
// character after follows (0 at the text's end); sentStart says whether
// a sentence begins here and is set for the next word.
func appendWord(toks []token, text string, wb, we, wcp int, ascii bool, after rune, sentStart *bool) []token {
	word := text[wb:we]
	// trim leading and trailing punctuation; next is the character right
	// after the word
	periodEnd := false
	next := rune(-1)
	var w string
	var first rune
	var wn int // code points
	if ascii {
		for word != "" && !asciiAlnum(word[0]) {
			word = word[1:]
			wcp++
		}
		if word == "" {
			return toks
		}
		end := len(word)
		for !asciiAlnum(word[end-1]) {
			if word[end-1] == '.' {
				periodEnd = true
			}
			next = rune(word[end-1])
			end--
		}
		w, first, wn = word[:end], rune(word[0]), end
	} else {
		for word != "" {
			r, n := utf8.DecodeRuneInString(word)
			if letterOrDigit(r) {
				break
			}
			word = word[n:]
			wcp++
		}
		if word == "" {
			return toks
		}
		end := len(word)
		for {
			r, n := utf8.DecodeLastRuneInString(word[:end])
			if letterOrDigit(r) {
				break
			}
			if r == '.' {
				periodEnd = true
			}
			next = r
			end -= n
		}
		w = word[:end]
		first, _ = utf8.DecodeRuneInString(w)
		wn = utf8.RuneCountInString(w)
	}
	s := w
	tEnd := wcp + wn
	// "U.S." and "Ga." keep their final period.
	if periodEnd && next == '.' && (strings.IndexByte(w, '.') >= 0 || (wn <= 5 && unicode.IsUpper(first))) {
		tEnd++
		s = word[:len(w)+1]
		// an abbreviation's period does not end the sentence unless the next word is capitalised (checked later)
	}
	t := token{text: s, start: int32(wcp), end: int32(tEnd), cap: unicode.IsUpper(first) || mayElide(s) && elided(s), sentStart: *sentStart}
	// possessive
	if s[len(s)-1] == 's' {
		for _, p := range []string{"'s", "\u2019s"} {
			if strings.HasSuffix(t.text, p) && len(t.text) > len(p) {
				t.text = t.text[:len(t.text)-len(p)]
				t.end -= 2
			}
		}
	}
	t.commaAfter = after == ','
	t.periodEnd = periodEnd
	if strings.IndexByte(t.text, '-') >= 0 {
		// "Moscow-based", "U.S.-led"
		if i := strings.LastIndexByte(t.text, '-'); i > 0 && i < len(t.text)-1 {
			rest := t.text[i+1:]
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
				t.suffix = rest
				t.end -= int32(utf8.RuneCountInString(rest) + 1)
				t.text = t.text[:i]
			}
		}
		// "Egyptian-US": two names; "Winston-Salem" is found again by
		// joining the parts, which Key does.
		if i := strings.IndexByte(t.text, '-'); i > 0 && t.cap && i < len(t.text)-1 {
			if r, _ := utf8.DecodeRuneInString(t.text[i+1:]); unicode.IsUpper(r) {
				a := t
				a.text = t.text[:i]
				a.end = t.start + int32(utf8.RuneCountInString(a.text))
				a.suffix, a.commaAfter, a.periodEnd = "", false, false
				toks = append(toks, a)
				t.text = t.text[i+1:]
				t.start = a.end + 1
				t.sentStart = false
				t.hyphenPrev = true
			}
		}
	}
	toks = append(toks, t)
	*sentStart = periodEnd || after == '!' || after == '?' || after == '\n' || after == ':'
	return toks
}

// mayElide tells a word that elided might accept: an apostrophe (or the
// first byte of U+2019) as its second or third byte.
func mayElide(s string) bool {
	return len(s) >= 3 && (s[1] == '\'' || s[2] == '\'' || s[1] == 0xE2 || s[2] == 0xE2)
}

// cachedKey is Key(s), made once per text: the repeats of a capitalised
// word or name share one string (a new one each time otherwise).
func cachedKey(keys map[string]string, s string) string {
	if plainKey(s) {
		return s
	}
	k, ok := keys[s]
	if !ok {
		k = Key(s)
		keys[s] = k
	}
	return k
}

// elided tells a French or Italian elision before a capital ("d'Ivoire",
// "l'Aquila"): one or two lower-case letters, an apostrophe, a capital.
func elided(s string) bool {
	for i, r := range s {
		if r == '\'' || r == '\u2019' {
			if i == 0 || i > 2 {
				return false
			}
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			return unicode.IsUpper(next)
		}
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return false
}
