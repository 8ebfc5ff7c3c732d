// A place opening a firm's name joined by "and" (reuters22).
//
// "Minnesota Power and Light Co", "British and Commonwealth Shipping
// Plc": the capitalised words after a place name, joined by "and" or
// "&", run to a firm's legal ending; the place is part of the firm's
// name, no actor (as "Kenya Power Co" already was, by orgHeads).

package code

// legalEnds close a firm's registered name.
var legalEnds = wordSet("CO", "CO.", "CORP", "CORP.", "CORPORATION", "INC", "INC.", "LTD", "LTD.", "PLC", "COMPANY")

// joinedFirmName reports whether the place mention m opens a firm's name
// whose capitalised words (up to four, and one "and" or "&" between
// them, also right after the place) end in a legal ending.
func joinedFirmName(toks []token, m *mention) bool {
	words, joined := 0, false
	for e := m.end; e < len(toks) && words < 5; e++ {
		t := toks[e]
		if (t.up == "AND" || t.up == "&") && !joined && e+1 < len(toks) && toks[e+1].capital && !toks[e+1].punct {
			joined = true
			continue
		}
		if !t.capital || t.punct {
			return false
		}
		words++
		if legalEnds[t.up] {
			return joined && words > 1
		}
	}
	return false
}
