// A place inside the name of a firm, a rate or an index is no actor
// (business, issue 17): "First Kampala Corp said …", "Nairobi Electric
// raised its prices", "the spread over the Nairobi Interbank Offered
// Rate".

package code

import "strings"

// namedThingHeads end a name that begins with a place and names a firm
// or a market's measure, not the place: "Nairobi Electric", "Kampala
// Power", "the Nairobi Interbank Offered Rate", "the Kampala Stock Price
// Index", "the Nairobi Industrial Average" (orgHeads has the heads of
// organisations: "Kampala Stock Exchange", "Nairobi Steel Co").
var namedThingHeads = wordSet("ELECTRIC", "POWER", "RATE", "RATES", "INDEX", "AVERAGE")

// placeInName reports whether place mention m is part of a longer name:
// right after a capitalised "First" ("First Chicago", "First Kampala
// Bank": a bank named so, not the city), or before up to three
// capitalised words ending in a head of namedThingHeads.
func placeInName(toks []token, m *mention) bool {
	if m.start > 0 && toks[m.start-1].up == "FIRST" && toks[m.start-1].capital && toks[m.start-1].end < toks[m.start].start {
		return true
	}
	// a place in brackets inside a firm's name ("Chevron Petroleum (U.K.)
	// Ltd", "Acme Trading (Uganda) Ltd"): the firm's unit there, no actor
	if m.start > 1 && m.end+1 < len(toks) && toks[m.start-1].up == "(" && toks[m.end].up == ")" &&
		toks[m.start-2].capital && !toks[m.start-2].punct && firmSuffixes[toks[m.end+1].up] {
		return true
	}
	for e := m.end; e < len(toks) && e < m.end+4 && toks[e].capital && !toks[e].punct; e++ {
		if namedThingHeads[toks[e].up] {
			return true
		}
	}
	return false
}

// madeInPlace: a firm's dealing in goods of a place joined by a hyphen
// to a participle of make or origin ("Acme said it sold 500
// Ugandan-built … ", "Acme sold 500 U.S.-built cars", "U.K.-registered
// ships") names the goods' origin, no party: with a firm (MNC…, …BUS…)
// on the other side the event codes nothing. A state on the other side
// keeps the place ("Kenya agreed to buy more U.S.-made parts": a trade
// deal with the U.S.; "an attack damaged a U.S.-flagged ship").
func madeInPlace(toks []token, cd cand) bool {
	origin := func(m member) bool {
		return m.end+1 < len(toks) && hyphenJoined(toks, m.end+1) && !toks[m.end+1].capital && madeParticiples[toks[m.end+1].up]
	}
	firm := func(m member) bool {
		return strings.HasPrefix(m.actor.Code, "MNC") || strings.Contains(m.actor.Code, "BUS")
	}
	return origin(cd.tgt) && firm(cd.src) || origin(cd.src) && firm(cd.tgt)
}

// madeParticiples after a hyphenated place make it a thing's origin.
var madeParticiples = wordSet("BUILT", "MADE", "FLAGGED", "FLAG", "REGISTERED", "PRODUCED", "MANUFACTURED", "GROWN",
	"OWNED", "DESIGNED", "ASSEMBLED", "ORIGIN", "BOUND", "LISTED", "QUOTED", "TRADED", "DENOMINATED")

// firmSuffixes close a firm's name.
var firmSuffixes = wordSet("LTD", "LIMITED", "INC", "PLC", "CORP", "CO", "LLC", "SA", "AG", "NV", "BV", "GMBH", "PTY", "BHD")
