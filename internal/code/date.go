// Dates: explicit dates in a sentence, and whether it mentions time.

package code

import (
	"strings"
	"time"
)

// pastDate reports whether date lies more than a week before ref (both
// YYYY-MM-DD): the act is older than the document that reports it.
func pastDate(date, ref string) bool {
	d, err1 := time.Parse("2006-01-02", date)
	r, err2 := time.Parse("2006-01-02", ref)
	return err1 == nil && err2 == nil && d.Before(r.AddDate(0, 0, -7))
}

var months = map[string]string{"JANUARY": "01", "FEBRUARY": "02", "MARCH": "03", "APRIL": "04", "MAY": "05", "JUNE": "06", "JULY": "07", "AUGUST": "08", "SEPTEMBER": "09", "OCTOBER": "10", "NOVEMBER": "11", "DECEMBER": "12"}

// explicitDate finds "Month D, YYYY" or "D Month YYYY" in a sentence.
func explicitDate(s string) (string, string) {
	return explicitDateToks(s, tokenize(s, nil))
}

// nonActWords before a date make it a maturity, expiry, deadline or
// period end ("due April 14, 1989", "the year ended December 31"), not
// when something was done.
var nonActWords = map[string]bool{"DUE": true, "MATURING": true, "MATURES": true, "MATURE": true, "MATURITY": true,
	"EXPIRING": true, "EXPIRES": true, "EXPIRE": true, "EXPIRED": true, "EXPIRY": true, "PAYABLE": true,
	"REDEEMABLE": true, "REPAYABLE": true, "UNTIL": true, "TILL": true, "THROUGH": true, "BY": true,
	"ENDED": true, "ENDING": true, "EFFECTIVE": true, "FROM": true, "TO": true}

func nonActDate(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if nonActWords[toks[k].up] {
			return true
		}
		if toks[k].up != "ON" && toks[k].up != "THE" {
			break
		}
	}
	return false
}

func explicitDateToks(s string, toks []token) (string, string) {
	for i := 0; i+2 < len(toks); i++ {
		m, ok := months[toks[i].up]
		if !ok && !isNum(toks[i].up, 1, 2) || nonActDate(toks, i) {
			continue // a date starts with a month or a day
		}
		if ok {
			d, y := toks[i+1].up, ""
			k := i + 2
			if k < len(toks) && toks[k].up == "," {
				k++
			}
			if k < len(toks) {
				y = toks[k].up
			}
			if isNum(d, 1, 2) && isNum(y, 4, 4) {
				if len(d) == 1 {
					d = "0" + d
				}
				return y + "-" + m + "-" + d, s[toks[i].start:toks[k].end]
			}
		}
		if isNum(toks[i].up, 1, 2) {
			if m, ok := months[toks[i+1].up]; ok && isNum(toks[i+2].up, 4, 4) {
				d := toks[i].up
				if len(d) == 1 {
					d = "0" + d
				}
				return toks[i+2].up + "-" + m + "-" + d, s[toks[i].start:toks[i+2].end]
			}
		}
	}
	return "", ""
}

func isNum(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

var timeWords = map[string]bool{"MONDAY": true, "TUESDAY": true, "WEDNESDAY": true, "THURSDAY": true, "FRIDAY": true,
	"SATURDAY": true, "SUNDAY": true, "YESTERDAY": true, "TODAY": true, "TOMORROW": true, "TONIGHT": true, "LAST": true,
	"NEXT": true, "AGO": true, "EARLIER": true, "LATER": true, "WEEK": true, "MONTH": true, "YEAR": true, "MORNING": true,
	"EVENING": true, "NIGHT": true, "WEEKEND": true}

// mentionsTime reports whether a sentence has a word a date resolver can
// use (a weekday, "yesterday", "last week", a month, a number).
func mentionsTime(toks []token) bool {
	for _, t := range toks {
		w := t.up
		if strings.HasSuffix(w, "'S") {
			w = w[:len(w)-2]
		}
		if timeWords[w] || months[w] != "" || len(w) > 0 && w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}

// dateClauseBreak ends the clause a verb's date is looked for in.
var dateClauseBreak = map[string]bool{",": true, ";": true, ":": true, "AND": true, "BUT": true, "THAT": true,
	"AFTER": true, "BEFORE": true, "WHEN": true, "WHILE": true, "WHO": true, "WHICH": true, "BECAUSE": true,
	"ALTHOUGH": true, "AS": true, "SINCE": true, "UNTIL": true}

// verbClause is the token range of the clause around a verb: from the
// break before it to the break after it.
func verbClause(toks []token, vs, ve int) (int, int) {
	a := vs
	for a > 0 && !dateClauseBreak[toks[a-1].up] {
		a--
	}
	b := ve
	for b < len(toks) && !dateClauseBreak[toks[b].up] {
		b++
	}
	return a, b
}

// relativeWords open a relative clause about the noun before them;
// timeOpeners right after one begin a time phrase of the clause's verb.
var (
	relativeWords = wordSet("WHO", "WHICH", "WHOSE", "WHOM")
	timeOpeners   = wordSet("IN", "ON", "AT", "DURING", "LAST", "THIS", "EARLIER", "LATER", "YESTERDAY", "TODAY")
)

// inRelativeBefore reports whether the date words dt of sent stand in a
// relative clause ("who founded the party in 1979") that ends before
// the verb at token v, so the date is the relative clause's act, not
// the verb's: a relative word before the date in the same sentence
// part, and after it, before the verb, the comma that closes the
// relative clause with no word before it that could join a second verb
// of the relative clause ("and", "but", "then"). Without the comma
// ("the minister who founded the party in 1979 has endorsed") the
// clause's end is not known and the date stays.
func inRelativeBefore(sent string, toks []token, dt string, v int) bool {
	if v <= 0 || v > len(toks) {
		return false
	}
	i := tokenAtText(sent, toks, dt)
	if i < 0 || i >= v {
		return false
	}
	rel := false
	for k := i - 1; k >= 0; k-- {
		if toks[k].up == "." || toks[k].up == ";" || toks[k].up == ":" {
			break
		}
		if relativeWords[toks[k].up] {
			// "who, on a press call Friday, criticized": a time set off
			// after the relative word is the relative clause's verb's
			rel = k+1 < i && toks[k+1].up != "," && !timeOpeners[toks[k+1].up]
			break
		}
	}
	if !rel {
		return false
	}
	for k := i + 1; k < v; k++ {
		switch toks[k].up {
		case ",":
			return true
		case "AND", "BUT", "THEN", "OR":
			return false
		}
	}
	return false
}

// tokenAtText returns the index of the first token of toks that starts
// at or after the first occurrence of s in sent, -1 when s is not in sent
// or no token starts there.
func tokenAtText(sent string, toks []token, s string) int {
	at := strings.Index(sent, s)
	if at < 0 {
		return -1
	}
	for k, t := range toks {
		if t.start >= at {
			return k
		}
	}
	return -1
}
