package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Dates in news text are resolved against a reference date, the
// publication date: "December 15, 2021" stands alone; "December 15" takes
// the year that puts it closest to the reference; "Wednesday" and
// "Wednesday's meeting" are the latest such weekday on or before the
// reference (news reports the past), unless the sentence speaks of the
// future ("will … on Tuesday", "next Tuesday"), when it is the next one;
// "yesterday", "today", "last week", "last month", "next month" count from
// the reference; "in January" (a month without a day) is the first of the
// latest such month on or before the reference (the next one for the
// future), "in January 1987" and "in 1985" the first of that month or
// year ("in late 1985" too). A date that is not when something was done
// — a maturity, an expiry, a deadline, the end of an accounting period
// ("due April 14, 1989", "until March 3", "the year ended December 31")
// — is skipped.
// Without a reference date only dates with a year resolve.

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

const monthRe = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	mdyRe     = regexp.MustCompile(`\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`)
	dmyRe     = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthRe + `(?:,?\s+(\d{4}))?\b`)
	isoRe     = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	weekdayRe = regexp.MustCompile(`(?i)\b(next\s+|last\s+|this\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['’]s)?\b`)
	relRe     = regexp.MustCompile(`(?i)\b(yesterday|today|tomorrow|last\s+week|next\s+week|last\s+month|next\s+month|last\s+year|next\s+year)\b`)
	futureRe  = regexp.MustCompile(`(?i)\b(will|shall|is to|are to|is due to|are due to|plans? to|scheduled|upcoming|going to|would|expected to|expects? to|hopes? to)\b`)
	monthOnly = regexp.MustCompile(`\b(?i:in|since|during|early|late|mid-|until|by|last)\s+(?:(?i:early|late|mid-)\s*)?` + monthRe + `(?:,?\s+(\d{4}))?\b`)
	yearOnly  = regexp.MustCompile(`\b(?i:in|during)\s+(?:(?i:early|late|mid)-?\s*)?(1[89]\d\d|20\d\d)\b`)
	// compareRe before a year marks a baseline of a comparison ("rose to 9
	// from 4 in 1986"), not when the act happened.
	compareRe = regexp.MustCompile(`(?i)\b(from|against|compared|than|versus|since)\b`)
	// nonActRe ends the text before a date that is a maturity, expiry,
	// deadline or period end rather than when something was done.
	nonActRe = regexp.MustCompile(`(?i)\b(due|matur\w*|expir\w*|payable|redeemable|repayable|until|till|through|by|ended|ending|effective|from|to)\s+(on\s+|the\s+)?$`)
)

// cand is a date expression found in a sentence.
type cand struct {
	pos  int
	date time.Time
	text string
}

// dateAfter is the month-and-day date that follows a weekday ending at
// end, past a comma and spaces.
func dateAfter(sentence string, end int, explicit []cand) (cand, bool) {
	for _, e := range explicit {
		if e.pos >= end && strings.Trim(sentence[end:e.pos], ", ") == "" && e.pos-end <= 3 {
			return e, true
		}
	}
	return cand{}, false
}

// ResolveDate finds the date a sentence speaks of, resolved against ref
// (YYYY-MM-DD, may be ""). It returns the date, the text it came from, and
// whether one was found. The first date expression of the sentence wins.
func ResolveDate(sentence, ref string) (string, string, bool) {
	if !mayHaveDate(sentence) {
		return "", "", false
	}
	// each pattern below needs a word or character whose absence is
	// cheap to see; the regular expressions, run at every position of
	// the sentence, are not
	lower := strings.ToLower(sentence)
	digit := strings.ContainsAny(sentence, "0123456789")
	month := hasMonth(sentence)
	day := strings.Contains(lower, "day")
	refT, hasRef := parseISO(ref)
	var best *cand
	var explicit []cand // dates with a month and day, for "Monday, January 3"
	consider := func(pos int, t time.Time, text string) {
		if best == nil || pos < best.pos {
			best = &cand{pos, t, text}
		}
	}
	// calendar dates: not a maturity, expiry, deadline or period end
	considerAct := func(pos int, t time.Time, text string) {
		if !nonActRe.MatchString(sentence[:pos]) {
			consider(pos, t, text)
		}
	}
	for _, m := range matches(isoRe, sentence, digit && strings.Contains(sentence, "-")) {
		if t, ok := parseISO(sentence[m[0]:m[1]]); ok {
			considerAct(m[0], t, sentence[m[0]:m[1]])
		}
	}
	for _, m := range matches(mdyRe, sentence, digit && month) {
		mon := months[strings.ToLower(sentence[m[2]:m[3]])]
		day, _ := strconv.Atoi(sentence[m[4]:m[5]])
		year := 0
		if m[6] >= 0 {
			year, _ = strconv.Atoi(sentence[m[6]:m[7]])
		}
		if t, ok := build(year, mon, day, refT, hasRef); ok {
			considerAct(m[0], t, sentence[m[0]:m[1]])
			explicit = append(explicit, cand{m[0], t, sentence[m[0]:m[1]]})
		}
	}
	for _, m := range matches(dmyRe, sentence, digit && month) {
		day, _ := strconv.Atoi(sentence[m[2]:m[3]])
		mon := months[strings.ToLower(sentence[m[4]:m[5]])]
		year := 0
		if m[6] >= 0 {
			year, _ = strconv.Atoi(sentence[m[6]:m[7]])
		}
		if t, ok := build(year, mon, day, refT, hasRef); ok {
			considerAct(m[0], t, sentence[m[0]:m[1]])
			explicit = append(explicit, cand{m[0], t, sentence[m[0]:m[1]]})
		}
	}
	if hasRef {
		future := futureRe.MatchString(sentence)
		for _, m := range matches(weekdayRe, sentence, day) {
			mod := ""
			if m[2] >= 0 {
				mod = strings.ToLower(strings.TrimSpace(sentence[m[2]:m[3]]))
			}
			// "Monday, January 3": the weekday names the date that follows.
			if e, ok := dateAfter(sentence, m[1], explicit); ok {
				consider(m[0], e.date, sentence[m[0]:e.pos+len(e.text)])
				continue
			}
			wd := weekdays[strings.ToLower(sentence[m[4]:m[5]])]
			consider(m[0], weekday(refT, wd, mod == "next" || mod == "" && future, mod == "last"), sentence[m[0]:m[1]])
		}
		for _, m := range matches(relRe, sentence, day || strings.Contains(lower, "tomorrow") || strings.Contains(lower, "week") || strings.Contains(lower, "month") || strings.Contains(lower, "year")) {
			text := sentence[m[0]:m[1]]
			var t time.Time
			switch strings.Join(strings.Fields(strings.ToLower(text)), " ") {
			case "yesterday":
				t = refT.AddDate(0, 0, -1)
			case "today":
				t = refT
			case "tomorrow":
				t = refT.AddDate(0, 0, 1)
			case "last week":
				t = refT.AddDate(0, 0, -7)
			case "next week":
				t = refT.AddDate(0, 0, 7)
			case "last month":
				t = refT.AddDate(0, -1, 0)
			case "next month":
				t = refT.AddDate(0, 1, 0)
			case "last year":
				t = refT.AddDate(-1, 0, 0)
			case "next year":
				t = refT.AddDate(1, 0, 0)
			}
			consider(m[0], t, text)
		}
	}
	// a month without a day ("In January"), a year alone ("in 1985")
	for _, m := range matches(monthOnly, sentence, month) {
		rest := strings.TrimLeft(sentence[m[1]:], " ,")
		if len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' && m[4] < 0 {
			continue // "in January 15": a full date, found above
		}
		prep := strings.ToLower(strings.Fields(sentence[m[0]:m[1]])[0])
		if prep == "until" || prep == "by" {
			continue // a deadline
		}
		mon := months[strings.ToLower(sentence[m[2]:m[3]])]
		var t time.Time
		switch {
		case m[4] >= 0:
			y, _ := strconv.Atoi(sentence[m[4]:m[5]])
			t = time.Date(y, mon, 1, 0, 0, 0, 0, time.UTC)
		case hasRef:
			t = time.Date(refT.Year(), mon, 1, 0, 0, 0, 0, time.UTC)
			if prep == "last" {
				if !t.Before(time.Date(refT.Year(), refT.Month(), 1, 0, 0, 0, 0, time.UTC)) {
					t = t.AddDate(-1, 0, 0)
				}
			} else if futureRe.MatchString(sentence) {
				if t.Before(time.Date(refT.Year(), refT.Month(), 1, 0, 0, 0, 0, time.UTC)) {
					t = t.AddDate(1, 0, 0)
				}
			} else if t.After(refT) {
				t = t.AddDate(-1, 0, 0)
			}
		default:
			continue
		}
		considerAct(m[0], t, sentence[m[0]:m[1]])
	}
	for _, m := range matches(yearOnly, sentence, digit) {
		if strings.HasPrefix(sentence[m[1]:], "/") || compareRe.MatchString(sentence[max(0, m[0]-60):m[0]]) {
			continue // "in 1986/87" is a season; "from 4 billion in 1986" a baseline
		}
		y, _ := strconv.Atoi(sentence[m[2]:m[3]])
		if hasRef && y >= refT.Year() {
			continue // this year or a future one: the publication date says more
		}
		considerAct(m[0], time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), sentence[m[0]:m[1]])
	}
	if best == nil {
		return "", "", false
	}
	return best.date.Format("2006-01-02"), best.text, true
}

// matches is re's FindAllStringSubmatchIndex on s when may (a condition
// without which re cannot match) holds, else nothing.
func matches(re *regexp.Regexp, s string, may bool) [][]int {
	if !may {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// monthStarts are the first three letters of every month name monthRe
// matches, as it writes them (it is case-sensitive).
var monthStarts = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// hasMonth reports whether s may hold a month name of monthRe.
func hasMonth(s string) bool {
	for _, m := range monthStarts {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

func parseISO(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

// build makes a date; a missing year is the one that puts the date
// closest to the reference (so "Dec 30" in an article of 2 January is the
// previous December).
func build(year int, mon time.Month, day int, ref time.Time, hasRef bool) (time.Time, bool) {
	if mon == 0 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	if year == 0 {
		if !hasRef {
			return time.Time{}, false
		}
		best := time.Time{}
		for _, y := range []int{ref.Year() - 1, ref.Year(), ref.Year() + 1} {
			t := time.Date(y, mon, day, 0, 0, 0, 0, time.UTC)
			if best.IsZero() || abs(t.Sub(ref)) < abs(best.Sub(ref)) {
				best = t
			}
		}
		return best, best.Day() == day
	}
	if year < 1800 || year > 2200 {
		return time.Time{}, false
	}
	t := time.Date(year, mon, day, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == day
}

func abs(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// weekday resolves a weekday name: the latest such day on or before ref,
// or the next one after ref for the future; "last Tuesday" is always
// before ref.
func weekday(ref time.Time, wd time.Weekday, future, last bool) time.Time {
	if future {
		d := (int(wd) - int(ref.Weekday()) + 7) % 7
		if d == 0 {
			d = 7
		}
		return ref.AddDate(0, 0, d)
	}
	d := (int(ref.Weekday()) - int(wd) + 7) % 7
	if last && d == 0 {
		d = 7
	}
	return ref.AddDate(0, 0, -d)
}

// dateWords are the words without which a sentence has no date
// expression; checking for them first keeps ResolveDate cheap on the many
// sentences that have none.
var dateWords = []string{"day", "week", "month", "year", "today", "tomorrow", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

func mayHaveDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	lower := strings.ToLower(s)
	for _, w := range dateWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
