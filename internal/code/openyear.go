// A year in a sentence's opening phrase: "In the 2013 election campaign,
// Kenyatta criticised Uganda." The opening "in"/"during" phrase names
// the occasion of the main clause's act, and a past year inside it
// ("in the 2013 election", "in an earlier, March 2013 exchange",
// "during his 2008 campaign") dates that act, not the article's day. The
// date resolver takes a year only right after "in"/"during"; a year
// behind a determiner and before a noun it leaves alone.

package code

import "strconv"

// openingDets open the noun phrase of an opening "in"/"during" phrase.
var openingDets = map[string]bool{"THE": true, "A": true, "AN": true, "HIS": true, "HER": true, "ITS": true, "THEIR": true}

// openingYear returns the date (YYYY-MM-01, January without a month) and
// text of a past year inside the sentence's opening phrase: "in" or
// "during", a determiner, at most two lower-case words or commas, an
// optional month, a year before the article's, then a noun phrase that a
// comma closes within ten words. The phrase opens the sentence, or
// follows one connective word ("But", "And") or a short lead closed by a
// comma ("What's more,").
func openingYear(sent string, toks []token, ref string) (string, string) {
	if len(ref) < 4 {
		return "", ""
	}
	refYr, err := strconv.Atoi(ref[:4])
	if err != nil {
		return "", ""
	}
	s := 0
	if len(toks) > 0 && (toks[0].up == "BUT" || toks[0].up == "AND" || toks[0].up == "SO" || toks[0].up == "YET") {
		s = 1
	} else if len(toks) > 0 && toks[0].up != "IN" && toks[0].up != "DURING" {
		for k := 1; k < len(toks) && k <= 3; k++ {
			if toks[k].up == "," {
				s = k + 1
				break
			}
		}
	}
	if s+3 >= len(toks) || toks[s].up != "IN" && toks[s].up != "DURING" || !openingDets[toks[s+1].up] {
		return "", ""
	}
	k := s + 2
	for n := 0; n < 2 && k < len(toks) && !toks[k].capital && (toks[k].up == "," || !toks[k].punct) && !isNum(toks[k].up, 4, 4); n++ {
		k++
	}
	first, mon := k, "01"
	if k < len(toks) {
		if m, ok := months[toks[k].up]; ok {
			mon = m
			k++
		}
	}
	if k+1 >= len(toks) || !isNum(toks[k].up, 4, 4) || toks[k+1].punct {
		return "", ""
	}
	yr, _ := strconv.Atoi(toks[k].up)
	if yr < 1800 || yr >= refYr {
		return "", ""
	}
	for j := k + 1; j < len(toks) && j <= k+11; j++ {
		if toks[j].up == "," {
			return toks[k].up + "-" + mon + "-01", sent[toks[first].start:toks[k].end]
		}
		if toks[j].punct {
			break
		}
	}
	return "", ""
}
