package code

import "strings"

// againstAfterChamber is the actor after "against" that follows a court
// or chamber dropped as the venue (chamberVenue): "filed a lawsuit in a
// Paris court against the Saudi crown prince", "brought a case in the
// High Court against Uganda" — the one the case is brought against is
// the target. A comma, "on" or words of time may come between; after
// "against", "the" or one lower-case participle ("against visiting
// Saudi Crown Prince …"). nil if none. cover18, issue 12.
func againstAfterChamber(toks []token, ms []mention, e int) *mention {
	j := e
	for k := 0; k < 3 && j < len(toks) && (toks[j].up == "," || toks[j].up == "ON" || timeWords[toks[j].up]); k++ {
		j++
	}
	if j+1 >= len(toks) || toks[j].up != "AGAINST" {
		return nil
	}
	if m := mentionAfter(toks, ms, j); m != nil {
		return m
	}
	if p := toks[j+1]; !p.capital && !p.punct && (strings.HasSuffix(p.up, "ING") || strings.HasSuffix(p.up, "ED")) {
		for k := range ms {
			if ms[k].start == j+2 {
				return &ms[k]
			}
		}
	}
	return nil
}
