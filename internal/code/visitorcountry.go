// A visitor is not of the place visited (reuters3, issue 17).

package code

// visitedCountry returns the country of the place a role without a
// country travels to, when the role's mention (at mention index k) is
// the agent of a visit noun: "next week's visit to Tokyo by Corporate
// Affairs Minister Michael Howard", "the trip to Nairobi by Trade
// Minister John Okello". A visitor comes from elsewhere, so the
// article's most-mentioned country, when it is the place visited, is
// no country for the role (fillCountries takes the next one); "".
func visitedCountry(toks []token, ms []mention, k int) string {
	by := -1
	for g := ms[k].start - 1; g >= 0 && g >= ms[k].start-4; g-- {
		if toks[g].up == "BY" {
			by = g
			break
		}
		if !toks[g].capital { // "by Trade Minister …": capitalised title words only
			return ""
		}
	}
	if by < 2 {
		return ""
	}
	for p := k - 1; p >= 0; p-- {
		pm := &ms[p]
		if pm.end != by {
			continue
		}
		if pm.start < 2 || toks[pm.start-1].up != "TO" || !visitorNouns[toks[pm.start-2].up] {
			return ""
		}
		for _, mem := range pm.members {
			if mem.actor.Country != "" {
				return mem.actor.Country
			}
		}
		return ""
	}
	return ""
}

var visitorNouns = wordSet("VISIT", "VISITS", "TRIP", "TRIPS", "TOUR", "JOURNEY", "MISSION", "DELEGATION", "FLIGHT")
