package code

// thingHeads are nouns of money, amounts and abstract dealings: an actor
// that only qualifies one of them ("EU farm money", "EU cooperation",
// "police numbers") does not act when the noun is the verb's subject.
var thingHeads = map[string]bool{
	"MONEY": true, "CASH": true, "FUNDS": true, "FUNDING": true, "COOPERATION": true, "CO-OPERATION": true,
	"NUMBERS": true, "MEMBERSHIP": true, "SUBSIDIES": true, "PAYMENTS": true,
}

// thingSubject reports whether the source mention m only qualifies the
// verb's subject, a noun of thingHeads: one or two lower-case words
// right after the actor end in such a noun, and only auxiliaries or
// adverbs stand between it and the verb at vs ("less EU farm money came
// to the UK", "EU cooperation would help Uganda", "boosting police
// numbers would appeal to women"). Money coming somewhere is no meeting,
// cooperation helping no aid, numbers appealing no appeal.
func thingSubject(toks []token, m *mention, vs int) bool {
	if m == nil || m.end >= vs {
		return false
	}
	for h := m.end; h < m.end+2 && h < vs; h++ {
		t := toks[h]
		if t.capital || t.punct || !letters(t.up) || functionWords[t.up] {
			return false
		}
		if !thingHeads[t.up] {
			continue
		}
		for g := h + 1; g < vs; g++ {
			if w := toks[g].up; !modal[w] && !adverbs[w] && !auxiliaries[w] {
				return false
			}
		}
		return true
	}
	return false
}
