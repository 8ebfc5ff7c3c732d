// A when-clause after a past year: "Relations soured during the 2012
// race when Kenyatta criticised Uganda", "a modest boost since 2009,
// when Kenya joined Tanzania to reject the plan". The year, or the noun
// phrase it dates, names the moment "when" opens; the clause's act
// happened then, not on the article's day.

package code

import "strconv"

// whenYear dates the candidate whose verb starts at vs when it stands
// inside a "when" clause (within fifteen words of "when", before ";",
// ":", "." or a comma that "and", "but" or "while" follows) that follows
// a past year (before the article's year): right before "when" (a comma
// between) or before a noun phrase of at most three lower-case words
// that "when" follows ("the 2012 presidential race when"), with its month
// when one stands before it. ref is the article's date (YYYY-MM-DD).
func whenYear(sent string, toks []token, vs int, ref string) (string, string) {
	if len(ref) < 4 || vs >= len(toks) {
		return "", ""
	}
	refYr, err := strconv.Atoi(ref[:4])
	if err != nil {
		return "", ""
	}
	w := -1
	for k := vs - 1; k >= 0 && k >= vs-15; k-- {
		u := toks[k].up
		if u == "WHEN" {
			w = k
			break
		}
		if u == ";" || u == ":" || u == "." || u == "," && k+1 < len(toks) && (toks[k+1].up == "AND" || toks[k+1].up == "BUT" || toks[k+1].up == "WHILE") {
			return "", ""
		}
	}
	if w < 1 {
		return "", ""
	}
	y := w - 1
	if toks[y].up == "," {
		y--
	}
	for n := 0; y >= 0 && n < 3 && !isNum(toks[y].up, 4, 4) && !toks[y].capital && !toks[y].punct; n++ {
		y-- // the noun phrase the year dates: "presidential race"
	}
	if y < 1 || !isNum(toks[y].up, 4, 4) {
		return "", ""
	}
	yr, _ := strconv.Atoi(toks[y].up)
	if yr < 1800 || yr >= refYr {
		return "", ""
	}
	if m, ok := months[toks[y-1].up]; ok {
		return toks[y].up + "-" + m + "-01", sent[toks[y-1].start:toks[y].end] // "since August 1984 when"
	}
	return toks[y].up + "-01-01", sent[toks[y].start:toks[y].end]
}
