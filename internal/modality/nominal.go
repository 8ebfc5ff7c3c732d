// Visits and talks named as nouns whose sentence says they are called
// off or still to come (senses18, issue 17): "the Kenyan president's
// visit to Uganda was cancelled" visits nothing; "talks with Uganda
// starting Sunday" are not held yet.

package modality

import "strings"

// nominalNouns are the nouns of a visit or of talks that a verb pattern
// codes as the act itself ("Musharraf's visit to Britain", "talks with").
var nominalNouns = set("VISIT", "VISITS", "TRIP", "TRIPS", "TOUR", "TALKS", "MEETING", "MEETINGS", "NEGOTIATIONS", "SUMMIT")

// nounsOnly are nouns of talks that are no verb after any word but a
// name ("said talks with Uganda starting Sunday").
var nounsOnly = set("TALKS", "NEGOTIATIONS", "MEETING", "MEETINGS", "SUMMIT")

// nounOpeners stand right before such a noun when it is one: a
// possessive, a determiner or an adjective of talks.
var nounOpeners = set("'S", "THE", "A", "AN", "HIS", "HER", "THEIR", "ITS", "OUR", "PLANNED", "PROPOSED", "NEW", "FRESH",
	"FURTHER", "PEACE", "TRADE", "ACCESSION", "BILATERAL", "STATE", "OFFICIAL", "FIRST")

// calledOff are the words that cancel or hold back a visit or talks.
var calledOff = set("CANCELLED", "CANCELED", "CANCEL", "CANCELS", "CANCELLING", "POSTPONED", "POSTPONE", "POSTPONES",
	"SCRAPPED", "SCRAP", "ABANDONED", "SHELVED", "DELAYED", "BLOCKED", "BLOCK", "BLOCKS", "PREVENTED", "PREVENT", "HALTED")

// stillToCome after the noun's phrase: it is scheduled, not held.
var stillToCome = set("STARTING", "BEGINNING", "OPENING", "DUE", "SCHEDULED", "EXPECTED", "PLANNED", "SET", "TOMORROW")

// phrasePreps open a phrase the noun stands in: a cancelling word before
// them cancels something else.
var phrasePreps = set("DURING", "AFTER", "BEFORE", "AT", "IN", "ON", "FOR", "SINCE", "UNTIL", "AMID", "WHILE",
	"AHEAD", "FOLLOWING", "BY", "WITH", "OVER", "ABOUT", "FROM")

// nextTimes after "next" make a time to come ("next week"; a weekday is
// a name, "~Monday").
var nextTimes = set("WEEK", "MONTH", "YEAR", "WEEKEND")

// nominalNotDone reports, for a verb at v that is a visit's or talks'
// noun (after a possessive, a determiner or an adjective of talks),
// whether the sentence calls it off ("drop": a cancelling word before
// it in its clause, "cancelled the president's visit", or after it,
// "the visit … was postponed", "called off") or has it still to come
// ("intent": "starting Sunday", "due to begin", "next week" after the
// noun's phrase, within eight words and before a comma). The word found
// is returned.
func nominalNotDone(up []string, v int) (kind, word string) {
	if v < 1 || v >= len(up) || !nominalNouns[up[v]] {
		return "", ""
	}
	if !nounOpeners[up[v-1]] && (!nounsOnly[up[v]] || strings.HasPrefix(up[v-1], "~")) {
		return "", "" // "Kenya visits Uganda", "Kenya talks with Uganda": the verb
	}
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if boundary(up[k]) || phrasePreps[up[k]] {
			break // "shelved during Thatcher's visit": the visit is a time, not what was shelved
		}
		if calledOff[up[k]] || up[k] == "CALLED" && k+1 < len(up) && up[k+1] == "OFF" {
			return "drop", up[k]
		}
	}
	for k := v + 1; k < len(up) && k <= v+8; k++ {
		w := up[k]
		switch {
		case w == "." || w == ";" || w == "?" || w == ",":
			return "", ""
		case calledOff[w] || w == "CALLED" && k+1 < len(up) && up[k+1] == "OFF":
			return "drop", w
		case w == "NEXT" && k+1 < len(up) && (nextTimes[up[k+1]] || strings.HasPrefix(up[k+1], "~")) || stillToCome[w]:
			return "intent", w
		}
	}
	return "", ""
}
