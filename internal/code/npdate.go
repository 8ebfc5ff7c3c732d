// Noun-phrase dates: an act named by a noun whose own phrase dates it
// ("Clinton's September 2011 visit to the United Nations") happened then,
// not when the article was written.

package code

import "strconv"

// npDate dates the act whose trigger starts at token vs when a past year
// (with an optional month before it) stands right before the trigger and
// after a possessive ("X's 2012 visit", "X's landmark 2012 visit"). ref is
// the article's date (YYYY-MM-DD); a year not before its year says no more
// than the article's date.
func npDate(sent string, toks []token, vs int, ref string) (string, string) {
	y := vs - 1
	if y < 1 || vs >= len(toks) || !isNum(toks[y].up, 4, 4) || toks[vs].capital || toks[vs].punct || len(ref) < 4 {
		return "", ""
	}
	yr, _ := strconv.Atoi(toks[y].up)
	refYr, err := strconv.Atoi(ref[:4])
	if err != nil || yr < 1800 || yr >= refYr {
		return "", ""
	}
	first, mon := y, "01"
	if m, ok := months[toks[y-1].up]; ok {
		first, mon = y-1, m
	}
	p := first - 1 // the possessive, perhaps one adjective before the date
	if p >= 1 && !toks[p].punct && !toks[p].capital && toks[p].up != "'S" {
		p--
	}
	if p < 1 || toks[p].up != "'S" {
		return "", ""
	}
	return toks[y].up + "-" + mon + "-01", sent[toks[first].start:toks[y].end]
}
