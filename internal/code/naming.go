package code

import "strings"

// callParticles right after "call" make it a phrasal verb that keeps its
// own sense ("call on", "call for", "call off", "call in", "call up",
// "call back", "call out").
var callParticles = map[string]bool{"ON": true, "FOR": true, "OFF": true, "IN": true, "UP": true, "BACK": true, "OUT": true,
	"TO": true, "UPON": true}

// namingTimeNouns after "a"/"an" make the phrase a time, no name ("called
// the Ugandan president a day later").
var namingTimeNouns = map[string]bool{"DAY": true, "WEEK": true, "MONTH": true, "YEAR": true, "HOUR": true, "FEW": true,
	"COUPLE": true, "TIME": true, "NUMBER": true, "SECOND": true, "WHILE": true, "MINUTE": true, "FORTNIGHT": true}

// namingCall reports whether "call" names or describes its object
// ("called climate change a hoax perpetrated by China", "called Labour
// \"a brilliant machine for talking about things\"", "call them \"lone
// wolves\""): a second noun phrase, opened by "a"/"an" or a quotation
// mark, follows the object within six words. That is a description, no
// telephone call or meeting (CALL 041), appeal (its "* FOR", 020) or
// election called (0831): those codes are dropped; a naming that a
// pattern codes as praise or blame (013, 111 …) stays.
func namingCall(toks []token, cd cand) bool {
	if cd.verbStart >= len(toks) || !strings.HasPrefix(toks[cd.verbStart].up, "CALL") {
		return false
	}
	if cd.code != "041" && cd.code != "0831" && !strings.HasPrefix(cd.code, "02") {
		return false
	}
	k := cd.verbStart + 1
	if k >= len(toks) || callParticles[toks[k].up] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := toks[j]
		switch t.up {
		case "\"", "“", "'":
			return true
		case "A", "AN":
			return j+1 < len(toks) && !namingTimeNouns[toks[j+1].up]
		}
		if t.punct || callParticles[t.up] || t.up == "THAT" || t.up == "WHO" || t.up == "WHICH" {
			return false
		}
	}
	return false
}
