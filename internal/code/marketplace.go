// A place's market, and an accord named after the city it was made in
// (reuters, issue 17).
//
// "the Tokyo stock market should not be affected", "the Japanese
// market", "Seoul's market": a market is where firms trade, no party
// that acts or is acted on; the place before it names where, not who
// (before, the firm-nationality rule made it the country's business
// sector). "the Paris agreement", "the Paris Accord", "the Louvre
// communique": an accord or communique named after the city where it was
// made, as "the Lisbon treaty" already was (placeThing).

package code

// marketNouns head a market phrase after a place.
var marketNouns = wordSet("MARKET", "MARKETS", "MARKETPLACE", "BOURSE", "BOURSES")

// marketOf reports whether place mention m qualifies a market: "'s" or
// nothing, then up to three lower-case words ("stock", "domestic",
// "bond") ending in a market noun, which is not the first word of a
// firm's phrase ("market traders", "market makers"). A Reuters-style
// capital right after an abbreviation's dot ("the U.S. Market") counts as
// lower case.
func marketOf(toks []token, m *mention) bool {
	i := m.end
	if i < len(toks) && toks[i].up == "'S" {
		i++
	}
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if t.punct {
			return false
		}
		if t.capital && !(k == m.end && dotEnded(toks[k-1].up)) {
			return false
		}
		if marketNouns[t.up] {
			return k+1 >= len(toks) || !firmNouns[toks[k+1].up] && !firmSuffix(toks[k+1].up)
		}
		if functionWords[t.up] || firmNouns[t.up] {
			return false
		}
	}
	return false
}

// accordNouns after a city name make it the name of a text agreed there.
var accordNouns = wordSet("AGREEMENT", "AGREEMENTS", "ACCORD", "ACCORDS", "COMMUNIQUE", "COMMUNIQUES", "TREATY", "PACT", "DECLARATION", "PROTOCOL")

// cityAccord reports whether place mention m, a city (not the country's
// name or its people's, as placeThing reads them), comes right before an
// accord noun, also capitalised as a title ("the Paris Accord") when no
// capitalised word follows it (a longer name: "Paris Agreement Centre").
func cityAccord(toks []token, m *mention) bool {
	if !cityBeforeWord(toks, m) {
		return false
	}
	nx := toks[m.end]
	if !accordNouns[nx.up] {
		return false
	}
	return !nx.capital || m.end+1 >= len(toks) || !toks[m.end+1].capital || toks[m.end+1].punct
}

// dotEnded reports whether a word ends with a dot ("U.S.", "Corp.").
func dotEnded(w string) bool {
	return len(w) > 1 && w[len(w)-1] == '.'
}
