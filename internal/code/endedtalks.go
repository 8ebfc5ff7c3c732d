package code

import "strings"

// Talks ended after they were held (endtalks22, issue 17): CANCEL's
// "* TALKS" 160 came from CAMEO.2.0.txt's CALLED_OFF, but the block also
// holds END, so "Kenya ended two days of talks in Uganda." coded a cut in
// relations with the venue. Talks that ran for a stated time or number of
// rounds were held, then closed: no reduction of relations. "broke off",
// "suspended", "called off", "walked out of" talks and "abruptly ended"
// talks stay 16x.

// endVerbs: the forms of "end" in CANCEL.
var endVerbs = map[string]bool{"END": true, "ENDS": true, "ENDED": true, "ENDING": true}

// heldTalkNouns: meetings and negotiations that are held.
var heldTalkNouns = map[string]bool{
	"TALKS": true, "NEGOTIATIONS": true, "MEETING": true, "MEETINGS": true,
	"DISCUSSIONS": true, "CONSULTATIONS": true, "SUMMIT": true, "SESSION": true,
}

// talkSpans: units of a duration or count before "of talks".
var talkSpans = map[string]bool{
	"DAY": true, "DAYS": true, "HOUR": true, "HOURS": true, "WEEK": true,
	"WEEKS": true, "MONTH": true, "MONTHS": true, "ROUND": true, "ROUNDS": true,
	"SESSION": true, "SESSIONS": true, "YEAR": true, "YEARS": true,
}

// spanAdjective: "three-day", "two-hour", "marathon" before the noun.
func spanAdjective(up string) bool {
	if up == "MARATHON" {
		return true
	}
	i := strings.LastIndexByte(up, '-')
	return i > 0 && talkSpans[up[i+1:]]
}

// endedHeldTalks: a reduction of relations (16x) read from "end" whose
// object is talks or a meeting with a duration or count ("ended two days
// of talks", "ended a three-day meeting") is talks held and closed, no
// cut in relations ("abruptly ended talks" stays).
func endedHeldTalks(toks []token, cd cand) bool {
	if root(cd.code) != "16" || cd.verbStart >= len(toks) || !endVerbs[toks[cd.verbStart].up] {
		return false
	}
	if cd.verbStart > 0 && toks[cd.verbStart-1].up == "ABRUPTLY" {
		return false
	}
	span := false
	for k := cd.verbEnd; k < len(toks) && k < cd.verbEnd+8; k++ {
		t := toks[k]
		if t.punct {
			return false
		}
		switch {
		case heldTalkNouns[t.up]:
			return span
		case talkSpans[t.up] && k+1 < len(toks) && toks[k+1].up == "OF":
			span = true
		case spanAdjective(t.up):
			span = true
		}
	}
	return false
}
