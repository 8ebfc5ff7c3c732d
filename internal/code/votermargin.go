// Voters' preference is no act (issue 17): election news reports how a
// group of people voted or leans — "union members favored the senator by
// nearly 20 percentage points", "women back him by almost 20 points",
// "men favored the other candidate by a large margin",
// "older women turned out in force to support her". A margin in points or
// a turnout is a vote or a poll's count, not an endorsement by an actor
// (051) nor cooperation (050).

package code

// marginWords: the unit of a poll's or a vote's margin.
var marginWords = wordSet("POINTS", "POINT", "MARGIN")

// turnoutWords: the forms of "turn" in "turned out to support".
var turnoutWords = wordSet("TURN", "TURNS", "TURNED", "TURNING")

// voterMargin reports whether a support candidate (root 05) is a
// preference counted at the polls: after the verb, in the same clause,
// "by" and within four words "points" or "margin" ("by nearly 20
// percentage points", "by a large margin"; "by 60 votes to 40" is not
// one), or the verb is the
// purpose of a turnout ("turned out in force to support X").
func voterMargin(toks []token, cd cand) bool {
	if root(cd.code) != "05" || cd.verbStart >= cd.verbEnd || cd.verbEnd > len(toks) {
		return false
	}
	for k := cd.verbEnd; k < len(toks) && k < cd.verbEnd+16; k++ {
		w := toks[k].up
		if w == "." || w == ";" || w == ":" || w == "—" || w == "–" {
			break
		}
		if w != "BY" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if marginWords[toks[j].up] {
				return true
			}
			if toks[j].punct {
				break
			}
		}
	}
	// "turned out (in force) to support": the turnout within five words
	// before the "to" of the verb
	if cd.verbStart < 2 || toks[cd.verbStart-1].up != "TO" {
		return false
	}
	for k := cd.verbStart - 2; k >= 1 && k >= cd.verbStart-6; k-- {
		if toks[k].punct {
			return false
		}
		if toks[k].up == "OUT" && turnoutWords[toks[k-1].up] {
			return true
		}
	}
	return false
}
