package code

// constituency reports whether the mention m is the name of a seat after
// a member's title and "for" ("MP for Richmond", "the MEP for London",
// "MSP for Glasgow"): a constituency is where a member was elected, no
// party to an act; a town name shared with a place abroad ("Richmond",
// coded the US) is not that country either.
func constituency(toks []token, m *mention) bool {
	if m == nil || m.start < 2 || toks[m.start-1].up != "FOR" {
		return false
	}
	return memberTitles[toks[m.start-2].up]
}

// memberTitles are titles of members elected for a seat.
var memberTitles = map[string]bool{"MP": true, "MPS": true, "MEP": true, "MEPS": true, "MSP": true, "MSPS": true,
	"MLA": true, "MLAS": true, "TD": true, "TDS": true}
