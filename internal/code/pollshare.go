// Poll opinions read as acts (issues 12 and 17): campaign news reports
// what shares of voters think, favour or intend ("56 percent of
// registered voters view him positively", "a majority of voters say she
// cannot be trusted", "more than half of the primary voters opted for
// the senator", "polls show voters prefer her"), and the coder took the
// people polled or counted as the source of an act toward the candidate.
// What a poll or a vote share measures is an opinion, no act of those
// counted.

package code

// polledVoters reports whether the source of cd is voters, the
// electorate or respondents as a poll or a vote count gives them: a share
// of them ("a majority of voters", "half of the primary voters"; "N
// percent of" is pollShare's, clause.go) or a sentence that reports a
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
