// A place inside the name of a firm, a rate or an index is no actor
// (business, issue 17): "First Kampala Corp said …", "Nairobi Electric
// raised its prices", "the spread over the Nairobi Interbank Offered
// Rate".

package code

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
	for e := m.end; e < len(toks) && e < m.end+4 && toks[e].capital && !toks[e].punct; e++ {
		if namedThingHeads[toks[e].up] {
			return true
		}
	}
	return false
}
