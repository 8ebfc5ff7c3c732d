// Undated articles dated by the offices they speak of: "the prime
// minister" in a story that names Tony Blair is a story of Blair's term.

package code

import (
	"sort"
	"strings"
	"sync"
	"time"

	"dyad/internal/actors"
)

// officeTerm is one person's term in an office a news story calls by a
// title ("prime minister", "chancellor", "premier").
type officeTerm struct {
	person   int // index into officeIndex.names
	title    string
	from, to string // YYYY-MM-DD; to "9999" while in office
}

// officeIndex: the titled terms of internal/actors' officeholders and
// national politicians, and each person's names.
type officeIndex struct {
	terms []officeTerm
	names [][]string // per person: name and aliases, as written
}

var (
	officesOnce sync.Once
	offices     officeIndex
)

// officeTitles are the titles a story uses for an office without a
// name ("the prime minister said"), lower case.
var officeTitles = []string{"prime minister", "premier", "chancellor"}

// roleTitle is the title news uses for a role of internal/actors'
// tables: a head of government is a chancellor in Germany and Austria,
// a premier in China, else a prime minister; "" for other roles.
func roleTitle(role, country string) string {
	switch role {
	case "prime minister":
		return "prime minister"
	case "chancellor of the exchequer":
		return "chancellor"
	case "head of government":
		switch country {
		case "DEU", "AUT":
			return "chancellor"
		case "CHN":
			return "premier"
		}
		return "prime minister"
	}
	return ""
}

func loadOffices() {
	person := map[string]int{}
	add := func(o actors.Officeholder) {
		t := roleTitle(o.Role, o.Country) // "" for other roles: kept for choosing the day (dayWithin)
		if len(o.From) < 10 {
			return
		}
		to := o.To
		if to == "" {
			to = "9999"
		}
		p, ok := person[o.Name]
		if !ok {
			p = len(offices.names)
			person[o.Name] = p
			offices.names = append(offices.names, nil)
		}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if n != "" && !containsStr(offices.names[p], n) {
				offices.names[p] = append(offices.names[p], n)
			}
		}
		offices.terms = append(offices.terms, officeTerm{person: p, title: t, from: o.From, to: to})
	}
	for _, o := range actors.Politics() {
		add(o)
	}
	for _, o := range actors.Officeholders() {
		add(o)
	}
}

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// notCurrent are words before a title that make it someone else's office
// or not the office itself ("the former prime minister", "the deputy
// prime minister", "the shadow chancellor").
var notCurrent = map[string]bool{"former": true, "then": true, "ex": true, "deputy": true, "shadow": true,
	"vice": true, "late": true, "future": true, "next": true, "would-be": true, "outgoing": true, "previous": true}

// dateByOffice dates an undated article that names no year by the
// offices it speaks of: a title followed by the name of a person who held
// that office ("Chancellor Gordon Brown", "the prime minister, Tony
// Blair") anywhere in the article, or the title alone after "the" ("the
// prime minister said") when exactly one person the article names held
// that office — the story is within that person's term. Several such
// titles narrow the dates to the terms' overlap (a term that does not
// overlap the others is left out); a person with separate terms in the
// office gives no date. It returns the first and last day and the day
// the article's officeholders are read on (dayWithin); "" when the
// article gives none, or only a term still running (today's reading is
// that term's). "The prime minister" in a story naming Tony Blair and
// Gordon Brown makes them GBRGOV, not today's elites.
func dateByOffice(text string) (lo, hi, day string) {
	low := asciiLower(text)
	var named []bool // per person: the article names them (built on first need)
	isNamed := func(p int) bool {
		if named == nil {
			named = make([]bool, len(offices.names))
			for q, ns := range offices.names {
				for _, n := range ns {
					if wordIndex(text, n) >= 0 {
						named[q] = true
						break
					}
				}
			}
		}
		return named[p]
	}
	narrow := func(from, to string) {
		if lo == "" {
			lo, hi = from, to
			return
		}
		if l, h := maxStr(lo, from), minStr(hi, to); l <= h {
			lo, hi = l, h
		}
	}
	for _, title := range officeTitles {
		for off := 0; ; {
			i := strings.Index(low[off:], title)
			if i < 0 {
				break
			}
			i += off
			e := i + len(title)
			off = e
			if i > 0 && isWordByte(low[i-1]) || e < len(low) && isWordByte(low[e]) {
				continue
			}
			prev := prevWord(low, i)
			if formerBefore(low, i) {
				continue // "former British Prime Minister Tony Blair", "the then Labour prime minister"
			}
			officesOnce.Do(loadOffices)
			// a name right after the title, or after a comma: that person
			rest := text[e:]
			if strings.HasPrefix(rest, ", ") {
				rest = rest[2:]
			} else if strings.HasPrefix(rest, " ") {
				rest = rest[1:]
			} else {
				rest = ""
			}
			person, named1 := -1, false
			if rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
				named1 = true // a name follows: it is that person's title, known or not
				for _, t := range offices.terms {
					if t.title != title {
						continue
					}
					for _, n := range offices.names[t.person] {
						if strings.HasPrefix(rest, n) && (len(rest) == len(n) || !isWordByte(rest[len(n)])) {
							person = t.person
						}
					}
				}
			}
			if person < 0 {
				if named1 || prev != "the" {
					continue
				}
				// "the prime minister": the one person named who held it
				for _, t := range offices.terms {
					if t.title != title || t.person == person || !isNamed(t.person) {
						continue
					}
					if person >= 0 {
						person = -2 // two candidates
						break
					}
					person = t.person
				}
				if person < 0 {
					continue
				}
			}
			from, to, n := "", "", 0
			for _, t := range offices.terms {
				if t.person == person && t.title == title {
					from, to, n = t.from, t.to, n+1
				}
			}
			if n == 1 {
				narrow(from, to)
			}
		}
	}
	if hi == "9999" {
		return "", "", "" // still in office: today's reading is the term's
	}
	if lo == "" {
		return "", "", ""
	}
	officesOnce.Do(loadOffices)
	isNamed(0)
	return lo, hi, dayWithin(lo, hi, named)
}

// dayWithin is the day an article dated lo to hi is read on: halfway
// through the stretch of those dates in which the most of the persons
// it names (named, per person of offices) held an office of the tables
// (ties: the longest stretch), so that a story of Gordon Brown's
// chancellorship that names Vince Cable reads him as the opposition
// spokesman he was from 2003, not as today's elite. Never the first day
// of a term, when the outgoing holder's term holds too.
func dayWithin(lo, hi string, named []bool) string {
	bounds := []string{lo[:10], hi[:10]}
	for _, t := range offices.terms {
		if !named[t.person] {
			continue
		}
		for _, d := range []string{t.from, t.to} {
			if d > lo && d < hi {
				bounds = append(bounds, d[:10])
			}
		}
	}
	sort.Strings(bounds)
	best, bestN, bestLen := midDate(lo, hi), -1, time.Duration(0)
	for i := 0; i+1 < len(bounds); i++ {
		a, b := bounds[i], bounds[i+1]
		if a == b {
			continue
		}
		mid := midDate(a, b)
		n := 0
		seen := map[int]bool{}
		for _, t := range offices.terms {
			if named[t.person] && !seen[t.person] && t.from <= mid && mid <= t.to {
				seen[t.person] = true
				n++
			}
		}
		ta, _ := time.Parse("2006-01-02", a)
		tb, _ := time.Parse("2006-01-02", b)
		if l := tb.Sub(ta); n > bestN || n == bestN && l > bestLen {
			best, bestN, bestLen = mid, n, l
		}
	}
	return best
}

// midDate is the day halfway between two dates (YYYY-MM-DD): the
// article's officeholders are read inside the term, not on the day it
// began, when the outgoing holder's term ends too.
func midDate(lo, hi string) string {
	a, err1 := time.Parse("2006-01-02", lo[:10])
	b, err2 := time.Parse("2006-01-02", hi[:10])
	if err1 != nil || err2 != nil || b.Before(a) {
		return lo[:10]
	}
	return a.Add(b.Sub(a) / 2).Format("2006-01-02")
}

// formerBefore reports whether one of the three words before byte i of
// low (within its clause and its noun phrase: back to a determiner) makes the title someone else's office or not
// the office itself: "former", "then", "deputy", "shadow", …, so that
// "former British Prime Minister Tony Blair" dates nothing.
func formerBefore(low string, i int) bool {
	return wordBefore(low, i, notCurrent)
}

// wordBefore reports whether one of the three words before byte i of low,
// within its clause and back to a determiner, is in words.
func wordBefore(low string, i int, words map[string]bool) bool {
	for n := 0; n < 3 && i > 0; n++ {
		w := prevWord(low, i)
		if w == "" {
			return false
		}
		if words[w] {
			return true
		}
		if w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their" {
			return false // "next week the prime minister": the phrase starts at its determiner
		}
		j := strings.LastIndex(low[:i], w)
		if j < 0 {
			return false
		}
		if k := strings.LastIndexAny(low[j:i], ",.;:()\""); k >= 0 {
			return false
		}
		i = j
	}
	return false
}

// asciiLower lower-cases ASCII letters only, keeping byte offsets.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// prevWord is the lower-case word before byte i of low (hyphenated
// prefixes count: "ex-").
func prevWord(low string, i int) string {
	j := i
	for j > 0 && (low[j-1] == ' ' || low[j-1] == '-') {
		j--
	}
	k := j
	for k > 0 && (isWordByte(low[k-1]) || low[k-1] == '-') {
		k--
	}
	return low[k:j]
}

// wordIndex is the first index of word in s at word boundaries, or -1.
func wordIndex(s, word string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], word)
		if i < 0 {
			return -1
		}
		i += off
		e := i + len(word)
		if (i == 0 || !isWordByte(s[i-1])) && (e == len(s) || !isWordByte(s[e])) {
			return i
		}
		off = i + 1
	}
}
