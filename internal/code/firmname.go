// A firm named after its country's possessive (firms20).
//
// "France's Dassault Aviation", "Kenya's Otieno Motors": the dictionaries
// know the country and not the firm, so the country alone was the actor
// (FRA), and the relevance gate's business-only rule could not see a
// firm. When the capitalised words after "'s" end in a word that only a
// firm's name ends in, the country stands for its business sector.

package code

// firmNameHeads end a firm's name (a subset of orgHeads, which also
// holds clubs, papers and venues, plus trades orgHeads lacks).
var firmNameHeads = map[string]bool{
	"BANK": true, "GROUP": true, "CORP": true, "CORP.": true, "CORPORATION": true, "CO": true, "CO.": true,
	"INC": true, "INC.": true, "LTD": true, "LTD.": true, "PLC": true, "AIRWAYS": true, "AIRLINES": true,
	"TELECOM": true, "MOTORS": true, "PETROLEUM": true, "STEEL": true, "INDUSTRIES": true, "HOLDINGS": true,
	"ENERGY": true, "MINING": true, "SECURITIES": true, "INSURANCE": true, "AVIATION": true, "AEROSPACE": true,
	"ELECTRONICS": true, "PHARMACEUTICALS": true, "AUTOMOTIVE": true, "BREWERIES": true, "COMPANY": true,
}

// stateFirmWords make a name ending in a firm's word a state's body
// ("Kenya's Central Bank", "Kenya's National Bank"): left as they were.
var stateFirmWords = map[string]bool{
	"CENTRAL": true, "NATIONAL": true, "RESERVE": true, "STATE": true, "DEVELOPMENT": true, "PEOPLE'S": true,
}

// namedFirmOf reports whether the place mention m is followed by "'s" and
// one to four capitalised words, closed by a lower-case word or
// punctuation, whose last is a firm's name word (firmNameHeads) and none
// of which makes it a state's body (stateFirmWords).
func namedFirmOf(toks []token, m *mention) bool {
	i := m.end
	if i >= len(toks) || toks[i].up != "'S" {
		return false
	}
	i++
	if i < len(toks) && toks[i].up == "<" {
		// the wire writes a firm's name in angle brackets ("Uganda's
		// <Nile Breweries Ltd>", "South Korea's <Lucky-Goldstar
		// Group>"): a firm of that country, whatever its last word
		for e := i + 1; e < len(toks) && e < i+10; e++ {
			if toks[e].up == ">" {
				return e > i+1
			}
			if stateFirmWords[toks[e].up] {
				return false
			}
		}
		return false
	}
	e := i
	for e < len(toks) && e < i+4 && toks[e].capital && !toks[e].punct {
		if stateFirmWords[toks[e].up] {
			return false
		}
		e++
	}
	if e == i || e < len(toks) && toks[e].capital && !toks[e].punct {
		return false
	}
	return firmNameHeads[toks[e-1].up]
}
