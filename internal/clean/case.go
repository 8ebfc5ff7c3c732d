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
//   - dotted acronyms in lower case ("u.s.", "u.n.") are upper-cased;
//   - in English text, acronyms that are no English word ("ai", "nato",
//     "covid-19") are upper-cased;
//   - in a hyphenated compound of names ("China-russia"), a lower-case part
//     that the same document writes capitalised on its own, more often than
//     in lower case, is capitalised ("China-Russia");
//   - a pronoun or article opening a sentence after a full stop is
//     capitalised ("… mechanism. we call on" → "We call on").
//
// Those repairs are also the evidence that a document was damaged. Only
// in a document with at least two of them does the riskier rule apply: a
// lower-case word directly before a capitalised one, which the document
// also writes capitalised in mid-sentence, is capitalised ("olympic
// Charter" → "Olympic Charter"). Role and common nouns that stand before
// names in correct text ("foreign secretary Jack Straw", "oil group
// Rosneft") never are.

var (
	dottedAcronym = regexp.MustCompile(`\b(?:u\.s\.a\.|u\.s\.|u\.k\.|u\.n\.|e\.u\.)`)
	wordRe        = regexp.MustCompile(`[\p{L}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*`)
	sentenceStart = regexp.MustCompile(`\b([A-Za-z]{3,})\. (we|the|it|this|they|he|she|our|in|a|an|i)\b`)
)

// acronyms are upper-cased wherever English text has them as lower-case
// words; none of them is an English word.
var acronyms = map[string]string{
	"ai": "AI", "nato": "NATO", "covid-19": "COVID-19", "brics": "BRICS", "asean": "ASEAN",
	"opec": "OPEC", "wto": "WTO", "imf": "IMF", "unesco": "UNESCO", "unicef": "UNICEF",
}

// minDamage is how many sure repairs a document needs before the
// lexicon rule may touch it.
const minDamage = 2

// repairCase mends damaged capitals in s; english enables the acronym rule.
func repairCase(s string, english bool) string {
	damage := 0
	s = dottedAcronym.ReplaceAllStringFunc(s, func(m string) string {
		damage++
		return strings.ToUpper(m)
	})
	for _, g := range sentenceStart.FindAllStringSubmatch(s, -1) {
		if !abbreviation[strings.ToLower(g[1])] {
			damage++
		}
	}
	st := caseStats(s)
	words := wordRe.FindAllStringIndex(s, -1)
	repl := make(map[int]string) // word index -> replacement
	var lexical []int            // candidates of the lexicon rule
	for i, w := range words {
		word := s[w[0]:w[1]]
		lower := strings.ToLower(word)
		switch {
		case english && word == lower && acronyms[lower] != "":
			repl[i] = acronyms[lower]
			damage++
		case strings.Contains(word, "-"):
			if r, ok := repairCompound(word, st); ok {
				repl[i] = r
				damage++
			}
		case startsLower(word) && i+1 < len(words):
			next := words[i+1]
			if s[w[1]:next[0]] == " " && isUpperWord(s[next[0]:next[1]]) && st.properName(word) {
				lexical = append(lexical, i)
			}
		}
	}
	if damage >= minDamage {
		for _, i := range lexical {
			repl[i] = upperFirst(s[words[i][0]:words[i][1]])
		}
	}
	if len(repl) > 0 {
		var b strings.Builder
		last := 0
		for i, w := range words {
			if r, ok := repl[i]; ok {
				b.WriteString(s[last:w[0]])
				b.WriteString(r)
				last = w[1]
			}
		}
		b.WriteString(s[last:])
		s = b.String()
	}
	return sentenceStart.ReplaceAllStringFunc(s, func(m string) string {
		g := sentenceStart.FindStringSubmatch(m)
		if abbreviation[strings.ToLower(g[1])] {
			return m
		}
		return g[1] + ". " + upperFirst(g[2])
	})
}

// stats counts, per lower-cased word, how often the text writes it
// capitalised in mid-sentence and how often in lower case (standalone
// words; the parts of hyphenated compounds do not count).
type stats struct{ capMid, lower map[string]int }

func caseStats(s string) stats {
	st := stats{capMid: map[string]int{}, lower: map[string]int{}}
	for _, loc := range wordRe.FindAllStringIndex(s, -1) {
		w := s[loc[0]:loc[1]]
		if strings.Contains(w, "-") {
			continue
		}
		if !isUpperWord(w) {
			st.lower[w]++
			continue
		}
		if allUpper(w) || !midSentence(s, loc[0]) {
			continue
		}
		st.capMid[strings.ToLower(w)]++
	}
	return st
}

// midSentence reports whether the word at i follows other words of its
// sentence.
func midSentence(s string, i int) bool {
	prev := strings.TrimRight(s[:i], " \t“\"‘'(")
	if prev == "" || strings.HasSuffix(prev, "\n") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(prev)
	return r != '.' && r != '!' && r != '?' && r != ':' && r != '–' && r != '—' && r != '-'
}

// properName: the lower-case word w is written as a name elsewhere.
func (st stats) properName(w string) bool {
	return utf8.RuneCountInString(w) >= 4 && !commonNoun[w] && st.capMid[w] > 0
}

// repairCompound capitalises lower-case name parts of a compound of names.
func repairCompound(word string, st stats) (string, bool) {
	parts := strings.Split(word, "-")
	if !isUpperWord(parts[0]) || st.capMid[strings.ToLower(parts[0])] == 0 {
		return "", false
	}
	changed := false
	for j := 1; j < len(parts); j++ {
		p := parts[j]
		if startsLower(p) && utf8.RuneCountInString(p) >= 3 && st.capMid[p] > st.lower[p] {
			parts[j] = upperFirst(p)
			changed = true
		}
	}
	return strings.Join(parts, "-"), changed
}

// commonNoun lists words that correct text writes in lower case before a
// name or a capitalised term: roles, titles, kinds of organisation,
// directions and common modifiers.
var commonNoun = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		president minister secretary chancellor chairman chairwoman chair leader director adviser advisor
		spokesman spokeswoman spokesperson governor senator commissioner ambassador envoy general
		premier king queen prince judge economist analyst chief executive officer manager head official
		deputy acting former shadow foreign home interior defence defense finance trade state
		group company bank firm union committee commission council party agency ministry department
		board court film band album club team magazine newspaper paper channel network show series
		north south east west northern southern eastern western central upper lower
		national international federal regional local socialist communist conservative liberal
		mobile digital online average class export import control securities savings lakes
		river city town province county district region island islands mount lake
		year month week this that these those with from into over under about after before their
		said says told also when where while which what there here then than such some many more most
		each every both other another only just like will would could should must have been were`) {
		commonNoun[w] = true
	}
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

// abbreviation lists words that end with a full stop without ending the
// sentence.
var abbreviation = map[string]bool{
	"etc": true, "approx": true, "incl": true, "dept": true, "govt": true, "corp": true,
	"inc": true, "ltd": true, "est": true, "dlrs": true, "cts": true, "mln": true, "bln": true,
	"pct": true, "vs": true, "avg": true, "excl": true, "fig": true, "nos": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "col": true, "capt": true, "sgt": true,
	"lt": true, "cmdr": true, "adm": true, "messrs": true, "mrs": true, "prof": true, "rev": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "ave": true, "blvd": true,
}
