package code

// ownGovernment reports whether a statement or an intent (roots 01 and
// 03) runs from a minister or a department of a government to that same
// government named as a body ("Home Office Minister Des Browne says the
// Government already checks arrivals for TB" GBRGOVMIL 010 GBRGOV; "USDA
// estimates that it costs the government 75 cents a bushel"; "Perez
// promises the government will help up-skill workers"): the speaker
// speaks for the government, not to or about another actor. Not for a
// legislator, a court, an inspector, a central bank or an intelligence
// service (GOVLEG, GOVJUD, GOVCOP, GOVBUS, GOVSPY: "Senator Kerry
// criticised the government" stays), nor for a person of the government
// ("the prime minister"), which the same-code check and its exceptions
// judge.
func ownGovernment(toks []token, cd cand) bool {
	s, t := cd.src.actor.Code, cd.tgt.actor.Code
	if len(cd.code) < 2 || cd.code[:2] != "01" && cd.code[:2] != "03" {
		return false
	}
	if len(t) != 6 || t[3:] != "GOV" || len(s) != 9 || s[:6] != t || cd.tgt.pronoun {
		return false
	}
	switch s[6:] {
	case "LEG", "JUD", "COP", "BUS", "SPY":
		return false
	}
	if cd.tgt.start < 0 || cd.tgt.end > len(toks) || cd.tgt.end <= cd.tgt.start {
		return false
	}
	switch roleHead(toks, cd.tgt.start, cd.tgt.end) {
	case "GOVERNMENT", "GOVERNMENT'S", "ADMINISTRATION", "ADMINISTRATION'S", "EXECUTIVE", "GOVT":
		return true
	}
	return false
}
