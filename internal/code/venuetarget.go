package code

import "strings"

// Targets that name where an act took place, not whom it was aimed at
// (issue 17, ROLE): an international body named as the venue, forum or
// instrument of what was said, pledged or agreed ("pledged at U.N.
// climate talks to cut emissions", "agreed to suspend their requests for
// WTO arbitration", "lawful under the existing Security Council
// resolutions"). CAMEO's target is the actor the act is
// directed at; the body whose talks, rules or resolutions frame the act
// is its setting. Meetings and visits (root 04) keep their reading: a
// visit to a summit goes to its host.

// forumNouns name a gathering, procedure or instrument of a body ("U.N.
// climate talks", "WTO arbitration", "Security Council resolutions").
var forumNouns = wordSet("TALKS", "SUMMIT", "SUMMITS", "CONFERENCE", "CONFERENCES", "MEETING", "MEETINGS", "SESSION",
	"SESSIONS", "ARBITRATION", "RESOLUTION", "RESOLUTIONS", "NEGOTIATIONS", "FORUM", "RULES", "AUSPICES", "CHARTER",
	"GUIDELINES", "FRAMEWORK", "PANEL", "GATHERING", "MINISTERIAL")

// settingPreps open the phrase that names a setting ("at", "under",
// "for … arbitration").
var settingPreps = wordSet("AT", "UNDER", "DURING", "FOR", "IN", "WITHIN", "BEFORE")

// venueTarget returns why the candidate's target, an international or
// non-governmental body, is the setting of the act ("" when it keeps
// it). Not a body after "a meeting of": a speaker there addresses its
// members ("speaking at a meeting of EC farm ministers, called for
// action"), and a call for "a meeting of the G-7" asks them to meet.
// Not a body "through" which an act is done ("acting through the United
// Nations on terrorism"): re-judged sample 15 counts that a statement
// about the UN, sample 11 not.
func venueTarget(toks []token, cd cand) string {
	t := cd.tgt
	code := t.actor.Code
	if !strings.HasPrefix(code, "IGO") && !strings.HasPrefix(code, "NGO") || root(cd.code) == "04" {
		return ""
	}
	if t.start < cd.verbEnd || t.end > len(toks) {
		return ""
	}
	// "at U.N. climate talks", "for WTO arbitration": the body names the
	// forum noun right after it (two lower-case words may stand between)
	if forumAfter(toks, t.end) && venuePrepBefore(toks, cd.verbEnd, t.start) {
		return "a body that names the forum of the act (\"at U.N. climate talks\", \"for WTO arbitration\") is its setting, no target"
	}
	// "proposed at the 76th session of the United Nations General
	// Assembly": a body's sitting is where the act was done. Not "a
	// meeting of" (its members are addressed, above)
	if k := sittingOfBefore(toks, t.start); k > 0 && venuePrepBefore(toks, cd.verbEnd, k) {
		return "a body whose sitting (\"at the 76th session of the UN General Assembly\") is the act's setting is no target"
	}
	return ""
}

// sittingOfBefore returns the index of "session", "summit" or
// "conference" when "of" (and "the") stands between it and the mention
// starting at s ("the 76th session of the United Nations"); 0 when not.
func sittingOfBefore(toks []token, s int) int {
	k := s - 1
	if k > 0 && toks[k].up == "THE" {
		k--
	}
	if k < 1 || toks[k].up != "OF" {
		return 0
	}
	switch w := toks[k-1]; w.up {
	case "SESSION", "SESSIONS", "SUMMIT", "CONFERENCE", "ASSEMBLY":
		if !w.capital {
			return k - 1
		}
	}
	return 0
}

// forumAfter reports whether a forum noun follows the mention ending at
// e, with at most two lower-case words between ("U.N. climate talks").
func forumAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k <= e+2; k++ {
		w := toks[k]
		if forumNouns[w.up] && !w.capital {
			return true
		}
		if w.punct || w.capital || functionWords[w.up] {
			return false
		}
	}
	return false
}

// venuePrepBefore reports whether the phrase holding the word at at opens
// with a venue preposition after the coded verb ending at ve: determiners
// and up to three lower-case modifiers may stand between ("under the
// existing Security Council resolutions"). "Of" or any other function
// word ends the search.
func venuePrepBefore(toks []token, ve, at int) bool {
	for k, n := at-1, 0; k >= ve && n <= 3; k-- {
		w := toks[k]
		if settingPreps[w.up] {
			return true
		}
		if w.punct || determiners[w.up] {
			if determiners[w.up] {
				continue
			}
			return false
		}
		if w.capital || functionWords[w.up] || w.up == "OF" {
			return false
		}
		n++
	}
	return false
}
