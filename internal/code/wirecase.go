package code

import (
	"strings"

	"dyad/internal/news"
)

// wireCase: the Reuters wire of the 1980s capitalises the word after
// "U.S." and "U.K." wherever it stands ("rejected a U.K. Suggestion that
// …", "clashed over U.K. Demands for greater access", "the U.S. Has
// given", "U.S. Officials said"). A capitalised common noun reads as a
// name or as a title-case headline's verb ("U.K. Demands" → 172), and a
// capitalised "Should" or "Has" escapes the readings of auxiliaries.
// Inside a sentence (never across a sentence break: "… in the U.S. The
// company said" stays two sentences when the segmenter split it), such a
// word is written in lower case again when it is a function word
// (wireFunction: "the U.S. And West Germany"), or when the next word is
// not capitalised, so that it stands alone and is no part of a name
// ("U.S. Trade Representative", "U.K. Chancellor Nigel Lawson",
// "U.S. Demands Kenya Withdraw Troops" in a title-case headline stay)
// and it is no institution, title, firm or month that is a name on its
// own (wireProper: "the U.S. Treasury said", "U.S. Navy ships", "a
// U.S. Embassy spokesman"). Only the case of one letter changes, so
// every offset stays; the evidence quotes the text as written.
func wireCase(text string, sents []span) string {
	var b []byte
	for _, sp := range sents {
		for i := sp.start; i < sp.end; {
			k := strings.Index(text[i:sp.end], "U.")
			if k < 0 {
				break
			}
			at := i + k
			i = at + 2
			if at+4 > sp.end || text[at+3] != '.' || text[at+2] != 'S' && text[at+2] != 'K' || at > 0 && isWordByte(text[at-1]) {
				continue
			}
			w0 := at + 4
			for w0 < sp.end && isSpaceByte(text[w0]) {
				w0++
			}
			if w0 == at+4 {
				continue // "U.S.-built", "U.S.," …
			}
			w1 := w0
			for w1 < sp.end && isWordByte(text[w1]) {
				w1++
			}
			w := text[w0:w1]
			if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || !allLowerASCII(w[1:]) {
				continue
			}
			if w1 < sp.end && (text[w1] == '-' || text[w1] == '.' && w1+1 < sp.end && text[w1+1] != ' ') {
				continue // "U.S. Anti-Dumping", "U.S. Inc.X"
			}
			if wireProper[w] {
				continue
			}
			if !wireFunction[w] && nextCapital(text[w1:sp.end]) {
				continue
			}
			if b == nil {
				b = []byte(text)
			}
			b[w0] += 'a' - 'A'
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

func allLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// nextCapital: the next word of rest (after white space) is
// capitalised, or rest is empty (the word ends the sentence or a
// headline line); punctuation or a number count as no capital.
func nextCapital(rest string) bool {
	j := 0
	for j < len(rest) && isSpaceByte(rest[j]) {
		j++
	}
	if j == len(rest) {
		return true // the sentence's (or a headline's) last word: left as written
	}
	return j > 0 && rest[j] >= 'A' && rest[j] <= 'Z'
}

// wireFunction: words that are never names, lowered even before a
// capitalised word ("the U.S. And West Germany", "the U.S. To amend").
var wireFunction = wireSet("And", "Or", "But", "Nor", "To", "In", "On", "At", "For", "Of", "With", "From", "By",
	"Into", "Over", "Under", "Within", "About", "Since", "After", "Before", "Because", "As", "Than",
	"The", "This", "That", "These", "Those", "Which", "It", "He", "She", "They", "An", "No", "Not",
	"Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Do", "Does", "Did",
	"Will", "Would", "Shall", "Should", "Can", "Could", "May", "Might", "Must")

// wireProper: words after "U.S."/"U.K." that name an institution, an
// office, a firm or a time on their own and keep their capital.
var wireProper = wireSet("Treasury", "Treasuries", "Navy", "Army", "Congress", "Senate", "House", "Embassy", "Mint",
	"Government", "Administration", "Department", "Court", "Chamber", "Fed", "Customs", "Ministry", "Office", "League",
	"Secretary", "Undersecretary", "Chancellor", "Ambassador", "President", "Attorney", "Judge", "Comptroller",
	"Rep", "Sen", "Sgt", "Marines", "Air", "Sprint", "Steel", "Shoe", "Home", "Ltd", "Inc", "Plc", "Bancorp",
	"Corporation", "Corp", "Gulf", "West", "East", "January", "February", "March", "April", "June", "July",
	"August", "September", "October", "November", "December")

func wireSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// asWritten sets each event's evidence sentence to the text as written
// (orig) at its offsets, after coding a wireCase copy.
func asWritten(orig string, evs []news.Event) {
	for i := range evs {
		for j := range evs[i].Evidence {
			if e := &evs[i].Evidence[j]; e.Start >= 0 && e.Start <= e.End && e.End <= len(orig) {
				e.Sentence = orig[e.Start:e.End]
			}
		}
	}
}
