// Race standings read as acts (issues 12 and 17): campaign news reports
// where candidates stand against one another ("traded the lead", "stretch
// his lead over", "40 points ahead of", "can catch the front-runner", "a
// strong third-place finish", "a tie with", "46 percent would back her"),
// and the dictionary's verbs of those sentences (trade, help, catch,
// sweep, back, choose) give cooperation, aid or seizure between the
// candidates. A standing in a race is no CAMEO event between them.

package code

import "strings"

// raceStanding reports whether a candidate between two political rivals
// of one country (politicalRival: government, opposition, legislature,
// elite or party of the same country) coded as intent, a meeting, aid,
// yielding, an investigation, bare cooperation (050) or a seizure (171)
// is read from a sentence about where they stand in a race: a lead (the
// noun: "the lead", "his lead over", "a double-digit lead"), points or
// percent after a number, momentum, a placed finish ("third-place
// finish", "third place", "placements"), a tie, a share of the vote ("a
// quarter of the electorate"); or the verb is one of
// standing (catch, sweep, trail, overtake, outpoll, outpace, "came in").
// Words, demands, criticism, threats, endorsement (051) and coercion
// (arrests, bans) keep their codes.
func raceStanding(toks []token, cd cand) bool {
	switch root(cd.code) {
	case "03", "04", "06", "07", "08", "09":
	default:
		if cd.code != "050" && cd.code != "171" {
			return false
		}
	}
	if !politicalRival(cd.src.actor) || !politicalRival(cd.tgt.actor) || cd.src.actor.Country != cd.tgt.actor.Country {
		return false
	}
	if cd.verbStart < len(toks) && standingVerb(toks, cd.verbStart) {
		return true
	}
	for i := range toks {
		if standingCue(toks, i) {
			return true
		}
	}
	return false
}

// standingVerbs: verbs that place one candidate against another.
var standingVerbs = wordSet("CATCH", "CATCHES", "CAUGHT", "CATCHING", "SWEEP", "SWEEPS", "SWEPT", "SWEEPING",
	"TRAIL", "TRAILS", "TRAILED", "TRAILING", "OVERTAKE", "OVERTAKES", "OVERTOOK", "OVERTAKEN", "OVERTAKING",
	"OUTPOLL", "OUTPOLLS", "OUTPOLLED", "OUTPOLLING", "OUTPACE", "OUTPACES", "OUTPACED", "OUTPACING")

// standingVerb: the verb at vs is one of standing, or "came in" (last,
// second …).
func standingVerb(toks []token, vs int) bool {
	if standingVerbs[toks[vs].up] {
		return true
	}
	switch toks[vs].up {
	case "CAME", "COME", "COMES", "COMING":
		return vs+2 < len(toks) && toks[vs+1].up == "IN" && (ordinals[toks[vs+2].up] || toks[vs+2].up == "LAST")
	}
	return false
}

// shares: parts of a vote won or of people polled ("a quarter of the
// electorate", "a majority of voters": pollshare.go).
var shares = wordSet("QUARTER", "QUARTERS", "THIRD", "THIRDS", "HALF", "FIFTH", "TENTH", "MAJORITY", "MINORITY", "PLURALITY", "SHARE", "MOST")

// ordinals name a place in a race.
var ordinals = wordSet("FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "LAST")

// leadHolders stand before "lead" the noun ("the lead", "his lead").
var leadHolders = wordSet("THE", "A", "HIS", "HER", "THEIR", "ITS", "'S", "NARROW", "WIDE", "COMFORTABLE", "BIG", "COMMANDING", "SLIM", "EARLY")

// leadAfter: words after "lead" the noun in a race ("lead over", "lead
// in the polls", "traded the lead throughout").
var leadAfter = wordSet("IN", "OVER", "AMONG", "THROUGHOUT", "ON", "WITH", "AND", "FOR", "BY", "AT")

// numberWords: spelled-out numbers before points or percent.
var numberWords = wordSet("TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "TWELVE",
	"FIFTEEN", "TWENTY", "THIRTY", "FORTY", "FIFTY", "DOUBLE-DIGIT", "SINGLE-DIGIT", "FEW", "SEVERAL")

// standingCue: token i names a standing in a race.
func standingCue(toks []token, i int) bool {
	w := toks[i].up
	prev, next := "", ""
	if i > 0 {
		prev = toks[i-1].up
	}
	if i+1 < len(toks) {
		next = toks[i+1].up
	}
	numeric := prev != "" && (prev[0] >= '0' && prev[0] <= '9' || numberWords[prev])
	switch w {
	case "LEAD", "LEADS":
		return (leadHolders[prev] || strings.Contains(prev, "-")) && (next == "" || leadAfter[next] || toks[i+1].punct)
	case "POINTS", "PERCENT", "PERCENTAGE":
		return numeric
	case "MOMENTUM", "PLACEMENTS":
		return true
	case "FINISH", "FINISHES":
		return strings.HasSuffix(prev, "-PLACE") || ordinals[prev]
	case "PLACE":
		return ordinals[prev] && !(i >= 3 && toks[i-3].up == "IN" && toks[i-2].up == "THE" && prev == "FIRST")
	case "TIE":
		return prev == "A" || prev == "THE"
	case "ELECTORATE", "VOTE", "VOTES", "BALLOTS":
		return i >= 3 && prev == "THE" && toks[i-2].up == "OF" && shares[toks[i-3].up] // "a quarter of the electorate"
	}
	if strings.HasSuffix(w, "%") && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return false
}
