// Poll opinions read as acts (issues 12 and 17): campaign news reports
// what shares of voters think, favour or intend ("56 percent of
// registered voters view him positively", "a majority of voters say she
// cannot be trusted", "more than half of the primary voters opted for
// the senator", "polls show voters prefer her"), and the coder took the
// people polled or counted as the source of an act toward the candidate.
// What a poll or a vote share measures is an opinion, no act of those
// counted.

package code

import "strings"

// polledVoters reports whether the source of cd is voters, the
// electorate or respondents as a poll or a vote count gives them: a share
// of them ("a majority of voters", "half of the primary voters"; "N
// percent of" is pollShare's, below) or a sentence that reports a
// poll (poll, polls, polling, survey, percent). "A majority of MPs voted
// against": a chamber's majority acts, and MPs are no voters here.
func polledVoters(toks []token, cd cand) bool {
	s, e := cd.src.start, cd.src.end
	if cd.src.pronoun || s < 0 || e > len(toks) || s >= e {
		return false
	}
	polled := false
	for i := s; i < e; i++ {
		if pollPeople[toks[i].up] {
			polled = true
		}
	}
	if !polled {
		return false
	}
	for i := max(0, s-4); i < e; i++ {
		if shareOf(toks, i) {
			return true // "a majority of Kenyan voters said"
		}
	}
	for _, t := range toks {
		if pollWords[t.up] {
			return true // "polls show voters have a better opinion of him"
		}
	}
	return false
}

// shareOf: a share word (racestanding.go's shares, or percent) followed
// by "of" at i ("majority of", "half of").
func shareOf(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].up != "OF" {
		return false
	}
	w := toks[i].up
	return shares[w] || w == "PERCENT" || w == "%"
}

// pollPeople: the people a poll or a vote count counts.
var pollPeople = wordSet("VOTERS", "ELECTORATE", "RESPONDENTS")

// pollWords: a sentence that reports a poll ("voters surveyed by
// officials criticised": people asked may still act, verbs_test.go).
var pollWords = wordSet("POLL", "POLLS", "POLLING", "SURVEY", "SURVEYS", "PERCENT", "%")

// pollShare reports whether the mention starting at start is counted as a
// share, as polls report a people's views: "N percent of", "N per cent
// of", "N% of", "a N% majority of" or "N in M" right before it, with up
// to two other words between ("55 percent of all registered voters"). "A majority of
// MPs voted against" is not one: a chamber's majority acts.
func pollShare(toks []token, start int) bool {
	k := start - 1
	for skipped := 0; k >= 0 && skipped < 2 && !toks[k].punct && toks[k].up != "OF" && !numberWord(toks[k].up); skipped++ {
		k--
	}
	if k < 1 {
		return false
	}
	if toks[k].up == "OF" {
		w := toks[k-1].up
		if shares[w] && k >= 3 && percentWord(toks[k-2].up) && (toks[k-3].up == "A" || numberWord(toks[k-3].up)) {
			return true // "a 69% majority of Republicans support …": a poll's share, not a chamber's majority
		}
		return percentWord(w)
	}
	return k >= 2 && numberWord(toks[k].up) && toks[k-1].up == "IN" && numberWord(toks[k-2].up)
}

// percentWord: the words and the sign of a percentage.
func percentWord(w string) bool { return w == "PERCENT" || w == "CENT" || w == "PCT" || w == "%" }

// numberWord reports whether w is written in digits or is a small number's
// name.
func numberWord(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789.,") == "" {
		return true
	}
	switch w {
	case "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN":
		return true
	}
	return false
}
