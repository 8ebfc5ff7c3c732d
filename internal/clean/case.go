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
//     "covid-19", "uk") are upper-cased;
//   - in a hyphenated compound of names ("China-russia"), a lower-case part
//     that the same document writes capitalised on its own, more often than
//     in lower case, is capitalised ("China-Russia");
//   - a pronoun or article opening a sentence after a full stop is
//     capitalised ("… mechanism. we call on" → "We call on").
//
// Those repairs are also the evidence that a document was damaged. Only
// in a document with at least two of them do the riskier rules apply: a
// lower-case word directly before a capitalised one, which the document
// also writes capitalised in mid-sentence, is capitalised ("olympic
// Charter" → "Olympic Charter"); a lower-case word that the document
// writes in capitals at least as often is an acronym ("nato" where
// "NATO" is also written), unless it is a short English word with an
// acronym twin ("us", "who"); words English always capitalises (days,
// months, nationalities, major countries and cities) are capitalised; any
// lower-case word after a full stop opens a sentence (such words also
// count as evidence of damage); a name of several words that the text
// writes capitalised mid-sentence is repaired where it is not ("winter
// olympics" where "Winter Olympics" is written). Role and common nouns that stand before
// names in correct text ("foreign secretary Jack Straw", "oil group
// Rosneft") never are.

var dottedAcronym = regexp.MustCompile(`\b(?:u\.s\.a\.|u\.s\.|u\.k\.|u\.n\.|e\.u\.)`)

// sentenceOpeners are the words whose lower-case form after a full stop
// marks a damaged sentence start.
var sentenceOpeners = map[string]bool{
	"we": true, "the": true, "it": true, "this": true, "they": true, "he": true, "she": true,
	"our": true, "in": true, "a": true, "an": true, "i": true,
}

// words returns the byte spans of the words of s: a letter, then letters,
// digits and apostrophes, with hyphenated parts ("China-Russia",
// "COVID-19") kept in one word.
func words(s string) [][2]int {
	var out [][2]int
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
				i += n
				continue
			}
			if r == '-' && i+1 < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[i+1:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					i++
					continue
				}
			}
			break
		}
		out = append(out, [2]int{start, i})
	}
	return out
}

// sentenceStarts returns the indexes of words that open a sentence in
// lower case after a full stop ("… mechanism. we call on").
// With any, every lower-case word counts, not only the usual openers.
func sentenceStarts(s string, ws [][2]int, any bool) []int {
	var out []int
	for i := 1; i < len(ws); i++ {
		w, p := ws[i], ws[i-1]
		if w[0]-p[1] != 2 || s[p[1]:w[0]] != ". " {
			continue
		}
		if word := s[w[0]:w[1]]; !sentenceOpeners[word] && !(any && startsLower(word)) {
			continue
		}
		prev := s[p[0]:p[1]]
		if len(prev) < 3 || abbreviation[strings.ToLower(prev)] || !lettersOnly(prev) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// inAddress: the word at w is part of a web or mail address
// ("amazon.co.uk", "fbi.gov", "news@example.org").
func inAddress(s string, w [2]int) bool {
	if w[0] > 0 {
		if c := s[w[0]-1]; c == '.' || c == '@' || c == '/' {
			return true
		}
	}
	if w[1]+1 < len(s) {
		if c := s[w[1]]; (c == '.' || c == '@') && isASCIILetter(s[w[1]+1]) {
			return true
		}
	}
	return false
}

func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// acronyms are upper-cased wherever English text has them as lower-case
// words; none of them is an English word.
var acronyms = map[string]string{}

// properNames are words that English always capitalises: days, months
// (not "may" and "march"), nationalities, countries and the cities most in
// the news, titles before names. In a damaged English text they are
// capitalised.
var properNames = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`AI NATO COVID-19 BRICS ASEAN OPEC WTO IMF UNESCO UNICEF UK EU UN USA USSR
		GDP CEO CFO FBI CIA NHS BBC CNN FIFA UEFA IOC G7 G8 G20 SCO OSCE IAEA UNHCR ECB NASA NGO NGOs`) {
		acronyms[strings.ToLower(a)] = a
	}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
		january february april june july august september october november december
		mr mrs ms dr
		american british english french german chinese russian japanese indian italian spanish
		european african asian arab iranian israeli palestinian ukrainian korean syrian turkish
		iraqi afghan pakistani canadian australian mexican brazilian polish dutch swedish
		america britain england scotland wales ireland france germany china russia japan india
		italy spain europe africa asia iran israel ukraine korea syria turkey iraq afghanistan
		pakistan canada australia mexico brazil poland egypt
		london paris berlin moscow beijing tokyo washington brussels geneva kyiv kiev tehran
		jerusalem baghdad kabul delhi islamabad ankara rome madrid seoul pyongyang shanghai
		christmas easter islam islamic muslim christian jewish catholic`) {
		properNames[w] = true
	}
}

// minDamage is how many sure repairs a document needs before the
// lexicon rule may touch it.
const minDamage = 2

// repairCase mends damaged capitals in s; english enables the acronym rule.
func repairCase(s string, english bool) string {
	damage := 0
	if strings.Contains(s, ".s.") || strings.Contains(s, ".k.") || strings.Contains(s, ".n.") || strings.Contains(s, ".u.") {
		s = dottedAcronym.ReplaceAllStringFunc(s, func(m string) string {
			damage++
			return strings.ToUpper(m)
		})
	}
	ws := words(s)
	starts := sentenceStarts(s, ws, false)
	damage += len(sentenceStarts(s, ws, true))
	st := caseStats(s, ws)
	repl := make(map[int]string) // word index -> replacement
	for _, i := range starts {
		repl[i] = upperFirst(s[ws[i][0]:ws[i][1]])
	}
	var lexical []int // candidates of the rules for damaged documents
	for i, w := range ws {
		word := s[w[0]:w[1]]
		if !startsLower(word) && !strings.Contains(word, "-") || inAddress(s, w) {
			continue
		}
		switch {
		case english && acronyms[word] != "":
			repl[i] = acronyms[word]
			damage++
		case strings.Contains(word, "-"):
			if english && word == strings.ToLower(word) && acronyms[word] != "" {
				repl[i] = acronyms[word]
				damage++
			} else if r, ok := repairCompound(word, st); ok {
				repl[i] = r
				damage++
			}
		case english && st.acronym(word):
			lexical = append(lexical, i)
		case english && properNames[word]:
			lexical = append(lexical, i)
		case st.properName(word) && st.capAlone[word] > st.lower[word]:
			lexical = append(lexical, i) // written as a name on its own more often than not
		case i+1 < len(ws):
			next := ws[i+1]
			if s[w[1]:next[0]] == " " && isUpperWord(s[next[0]:next[1]]) && st.properName(word) {
				lexical = append(lexical, i)
			}
		}
	}
	if damage >= minDamage {
		for i, r := range namePhrases(s, ws) {
			if _, ok := repl[i]; !ok {
				repl[i] = r
			}
		}
		for _, i := range lexical {
			word := s[ws[i][0]:ws[i][1]]
			if english && st.acronym(word) {
				repl[i] = strings.ToUpper(word)
			} else {
				repl[i] = upperFirst(word)
			}
		}
		for _, i := range sentenceStarts(s, ws, true) {
			if _, ok := repl[i]; !ok {
				word := s[ws[i][0]:ws[i][1]]
				if st.caps[word] > 0 && st.capMid[word] == 0 {
					repl[i] = strings.ToUpper(word) // "us" → "US" where "US" is written
				} else {
					repl[i] = upperFirst(word)
				}
			}
		}
	}
	if len(repl) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i, w := range ws {
		if r, ok := repl[i]; ok {
			b.WriteString(s[last:w[0]])
			b.WriteString(r)
			last = w[1]
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// stats counts, per lower-cased word, how often the text writes it
// capitalised in mid-sentence and how often in lower case (standalone
// words; the parts of hyphenated compounds do not count).
type stats struct{ capMid, capAlone, lower, caps map[string]int }

func caseStats(s string, ws [][2]int) stats {
	st := stats{capMid: map[string]int{}, capAlone: map[string]int{}, lower: map[string]int{}, caps: map[string]int{}}
	for j, loc := range ws {
		w := s[loc[0]:loc[1]]
		if strings.Contains(w, "-") {
			continue
		}
		if !isUpperWord(w) {
			st.lower[w]++
			continue
		}
		if allUpper(w) {
			if len(w) >= 2 {
				st.caps[strings.ToLower(w)]++
			}
			continue
		}
		if !midSentence(s, loc[0]) {
			continue
		}
		st.capMid[strings.ToLower(w)]++
		// alone: not part of a name of several words ("Stock Exchange")
		if (j == 0 || !isUpperWord(s[ws[j-1][0]:ws[j-1][1]])) && (j+1 == len(ws) || !isUpperWord(s[ws[j+1][0]:ws[j+1][1]])) {
			st.capAlone[strings.ToLower(w)]++
		}
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

// namePhrases finds names of several words that the text writes in
// capitals mid-sentence ("Winter Olympics") and returns, by word index,
// the repairs of their occurrences with lower-case words ("winter
// olympics").
func namePhrases(s string, ws [][2]int) map[int]string {
	const maxLen = 4
	phrases := map[string][]string{}
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && j-i < maxLen && isUpperWord(s[ws[j][0]:ws[j][1]]) && (j == i || s[ws[j-1][1]:ws[j][0]] == " ") {
			j++
		}
		if j-i >= 2 && midSentence(s, ws[i][0]) {
			var form []string
			for k := i; k < j; k++ {
				form = append(form, s[ws[k][0]:ws[k][1]])
			}
			phrases[strings.ToLower(strings.Join(form, " "))] = form
		}
		i = max(j, i+1)
	}
	out := map[int]string{}
	if len(phrases) == 0 {
		return out
	}
	for i := range ws {
		for n := maxLen; n >= 2; n-- {
			if i+n > len(ws) {
				continue
			}
			key := strings.ToLower(s[ws[i][0]:ws[i+n-1][1]])
			form, ok := phrases[key]
			if !ok || len(form) != n {
				continue
			}
			for k := 0; k < n; k++ {
				if w := s[ws[i+k][0]:ws[i+k][1]]; w != form[k] {
					out[i+k] = form[k]
				}
			}
			break
		}
	}
	return out
}

// acronym: the lower-case word w is an acronym the document writes in
// capitals at least as often, and no short English word that has an
// acronym twin ("us" and "US", "who" and "WHO").
func (st stats) acronym(w string) bool {
	if st.caps[w] == 0 || st.caps[w] < st.lower[w] || acronymTwin[w] {
		return false
	}
	return utf8.RuneCountInString(w) >= 2
}

var acronymTwin = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		us who it am pm an as at be do go he hi if in is me my no of on or so to up we id ok
		aid all and any are can did due end for get had has her him his how its may new nor not
		now off old one our out own per put run say see set she the too two use via war was way
		who why win won yes yet you act add age air arm art bad ban bar bed big bit box bus buy
		cap car cut day eat era eye far fat fee few fit fly fun gap gas god gun guy hat hit hot
		ice ill job key kid law lay leg let lie low man map mix net oil pay pop raw red rid sea
		sex sit six sky son sum sun tax tea ten tie tip top toy try wet`) {
		acronymTwin[w] = true
	}
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
