package code

// A mutual code (the same code both ways: 040:040 met, 046:046 held
// talks, 062:062 joint operations) codes the reverse event only when the
// sentence names the target as a partner: after "with", "between" or
// "and", as the direct object ("met the Ugandan president"), or after
// "to" ("talked to"). A target after another preposition is what the act
// is about or where it lies, not one who did it too ("carried out
// operations to ease the plight of Ugandan refugees", "signed an
// agreement for Ugandan firms to take part").

// notPartnerPreps are the prepositions whose object is no partner of a
// mutual act.
var notPartnerPreps = map[string]bool{"OF": true, "FOR": true, "FROM": true, "BY": true, "IN": true, "ON": true,
	"AT": true, "INTO": true, "ABOUT": true, "OVER": true, "AGAINST": true, "NEAR": true, "ACROSS": true,
	"THROUGH": true, "UNDER": true, "ALONG": true, "INSIDE": true, "OUTSIDE": true}

// partnerHeads are nouns of people or of a count whose "of" phrase names
// the partner itself ("met with groups of Ugandan workers", "talks with
// leaders of the Ugandan opposition", "met a number of Ugandan
// ministers"), and nouns of a polity whose "of" phrase names it ("ties
// with the island nation of Uganda", "the Republic of Uganda").
var partnerHeads = map[string]bool{"GROUPS": true, "GROUP": true, "LEADERS": true, "MEMBERS": true, "DELEGATION": true,
	"DELEGATIONS": true, "REPRESENTATIVES": true, "OFFICIALS": true, "ENVOYS": true, "DELEGATES": true,
	"TEAM": true, "NUMBER": true, "BUNCH": true, "HANDFUL": true, "COUPLE": true, "DOZENS": true, "HUNDREDS": true, "SCORES": true,
	"NATION": true, "REPUBLIC": true, "KINGDOM": true, "STATE": true, "COUNTRY": true, "GOVERNMENT": true, "PEOPLE": true, "ISLANDS": true}

// noPartner reports whether the target mention t of a mutual code stands
// after a preposition other than a partner's (a determiner may come
// between), so that the reverse event is not coded. The place one
// arrives in or travels to is the host ("arrived in Kampala for talks"),
// the "of" phrase of a noun of people is the people ("met with groups
// of Ugandan workers"), and the subject of an infinitive after "for"
// takes part ("reached a deal for Ugandan firms to take part").
func noPartner(toks []token, t *mention, verb string) bool {
	k := t.start - 1
	if k > 0 && determiners[toks[k].up] {
		k--
	}
	if k < 0 || !notPartnerPreps[toks[k].up] {
		return false
	}
	if visitVerb(verb) {
		return false
	}
	if toks[k].up == "FOR" {
		for g := t.end; g < len(toks) && g <= t.end+2 && !toks[g].punct; g++ {
			if toks[g].up == "TO" {
				return false // "a deal for Ugandan firms to take part": the firms are a party
			}
		}
	}
	return !(toks[k].up == "OF" && k > 0 && partnerHeads[toks[k-1].up])
}

// withPastTarget reports whether the pattern of a mutual code matched its
// "with" after the target mention t (with is the token before postEnd):
// then the target is the verb's object, and the "with" names someone or
// something else — the instrument, or a noun's partner in a phrase of
// place ("struck a rebel-held area near the frontier with Uganda",
// "fought Ugandan rebels near the border with Tanzania") — so the target
// is not named as a partner and gets no reverse. A target after the
// "with" ("clashed with Ugandan rebels") is the partner.
func withPastTarget(toks []token, t *mention, postEnd int) bool {
	w := postEnd - 1
	return w > 0 && w < len(toks) && toks[w].up == "WITH" && t.end <= w
}
