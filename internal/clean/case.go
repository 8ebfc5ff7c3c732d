package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case repair mends words that an OCR or lowercasing step damaged, by
// rules that leave correct text alone:
//
//   - dotted acronyms in lower case ("u.s.", "u.n.") and acronyms that are
//     not English words ("ai", "nato", "covid-19") are upper-cased;
//   - in a hyphenated compound whose first part is capitalised, a lower-case
//     part that the same document writes capitalised elsewhere is
//     capitalised ("China-russia" → "China-Russia");
//   - a lower-case word directly before a capitalised one, which the same
//     document also writes capitalised mid-sentence, is capitalised
//     ("olympic Charter" → "Olympic Charter");
//   - a pronoun or article opening a sentence after a full stop is
//     capitalised ("… mechanism. we call on" → "We call on").

var (
	dottedAcronym = regexp.MustCompile(`\b(u\.s\.|u\.k\.|u\.n\.|e\.u\.|u\.s\.a\.)`)
	wordRe        = regexp.MustCompile(`[\p{L}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*`)
	sentenceStart = regexp.MustCompile(`([a-z]{3,}[.!?]["”’]?\s+)(we|the|it|this|they|he|she|our|in|a|an|i)\b`)
)

// acronyms are upper-cased wherever they appear as lower-case words.
var acronyms = map[string]string{
	"ai": "AI", "nato": "NATO", "covid-19": "COVID-19", "brics": "BRICS", "asean": "ASEAN",
	"opec": "OPEC", "g20": "G20", "g7": "G7", "wto": "WTO", "imf": "IMF",
}

func repairCase(s string) string {
	s = dottedAcronym.ReplaceAllStringFunc(s, strings.ToUpper)
	capitalised := properLexicon(s)
	words := wordRe.FindAllStringIndex(s, -1)
	var b strings.Builder
	last := 0
	for i, w := range words {
		word := s[w[0]:w[1]]
		repl := word
		lower := strings.ToLower(word)
		switch {
		case acronyms[lower] != "" && word == lower:
			repl = acronyms[lower]
		case strings.Contains(word, "-") && isUpperWord(word):
			parts := strings.Split(word, "-")
			for j := 1; j < len(parts); j++ {
				if p := parts[j]; startsLower(p) && capitalised[p] {
					parts[j] = upperFirst(p)
				}
			}
			repl = strings.Join(parts, "-")
		case startsLower(word) && capitalised[word] && i+1 < len(words):
			next := words[i+1]
			gap := s[w[1]:next[0]]
			if gap == " " && isUpperWord(s[next[0]:next[1]]) {
				repl = upperFirst(word)
			}
		}
		if repl != word {
			b.WriteString(s[last:w[0]])
			b.WriteString(repl)
			last = w[1]
		}
	}
	b.WriteString(s[last:])
	out := b.String()
	return sentenceStart.ReplaceAllStringFunc(out, func(m string) string {
		g := sentenceStart.FindStringSubmatch(m)
		if abbreviation(g[1]) {
			return m
		}
		return g[1] + upperFirst(g[2])
	})
}

// properLexicon returns the lower-cased forms of words that the text
// writes capitalised in the middle of a sentence (so they are names), and
// that are not common function words.
func properLexicon(s string) map[string]bool {
	lex := map[string]bool{}
	for _, loc := range wordRe.FindAllStringIndex(s, -1) {
		w := s[loc[0]:loc[1]]
		if !isUpperWord(w) || loc[0] == 0 {
			continue
		}
		// mid-sentence: the previous non-space character is not a sentence end
		prev := strings.TrimRight(s[:loc[0]], " \t“\"‘'(")
		if prev == "" || strings.HasSuffix(prev, "\n") {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(prev)
		if r == '.' || r == '!' || r == '?' || r == ':' || r == '\n' {
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if isUpperWord(part) && !allUpper(part) {
				l := strings.ToLower(part)
				if !stopword[l] {
					lex[l] = true
				}
			}
		}
	}
	return lex
}

var stopword = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "of": true, "in": true, "on": true, "to": true,
	"for": true, "with": true, "by": true, "at": true, "from": true, "as": true, "is": true, "it": true,
	"we": true, "he": true, "she": true, "they": true, "this": true, "that": true, "president": true,
	"minister": true, "said": true, "new": true, "year": true, "state": true, "will": true,
}

func allUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// abbreviation reports whether the text before a full stop is an
// abbreviation rather than a sentence end.
func abbreviation(before string) bool {
	w := strings.TrimRight(before, " \t\n.!?\"”’")
	if i := strings.LastIndexAny(w, " \t\n"); i >= 0 {
		w = w[i+1:]
	}
	switch strings.ToLower(w) {
	case "etc", "approx", "incl", "dept", "govt", "corp", "inc", "ltd", "est":
		return true
	}
	return false
}
