// Role words said of a class in general, not of a group the story names.

package code

import "strings"

// genericNouns are role words that name a political class of any country
// ("politicians", "a political party"): said in general, with no country
// and no determiner that points to a group already named, they are no
// actor, and the outlet's or the article's country would only invent one.
var genericNouns = map[string]bool{
	"POLITICIAN": true, "POLITICIANS": true,
	"PARTY": true, "PARTIES": true, // "a political party", "political parties"
}

// indefinites before a singular role word make it any one of its class
// ("for a political party to have credibility").
var indefinites = map[string]bool{"A": true, "AN": true, "ANY": true, "EVERY": true, "NO": true}

// genericRoles leaves a role word of genericNouns without a country
// unplaced when it is said of the class in general: a plural after a
// preposition other than "to" ("trust in politicians", "important for
// politicians to be mindful"), or a singular after "a", "an", "any",
// "every" or "no" ("critical for a political party to have economic
// credibility"). The outlet's country (fillCountries) would make them the
// outlet's parties. A plural addressed by the verb stays ("urged political
// parties to seek donations": the dev gold and the re-judged samples count
// the country's parties as the target), as does a role with a country
// ("Kenyan politicians"), a party named ("Labour politicians") or a
// pointer ("for the politicians").
func genericRoles(toks []token, ms []mention) {
	for k := range ms {
		for j := range ms[k].members {
			m := &ms[k].members[j]
			if !m.needCountry || m.actor.Code != "" || m.named || m.suffix != "PTY" || m.end <= m.start || !genericNouns[toks[m.end-1].up] {
				continue
			}
			if genericPhrase(toks, m) {
				m.needCountry, m.local = false, false
				m.explain = append(m.explain, "a class said in general (\""+strings.ToLower(toks[m.end-1].up)+"\"): no actor")
			}
		}
	}
}

// genericPhrase reports whether the member's phrase names its class in
// general: a plural right after a preposition other than "to", or a
// singular after an indefinite determiner.
func genericPhrase(toks []token, m *member) bool {
	prev := ""
	if m.start > 0 {
		prev = toks[m.start-1].up
	}
	if pluralRole(toks, m) || strings.HasSuffix(toks[m.end-1].up, "IES") {
		return prepositions[prev] && prev != "TO"
	}
	return indefinites[prev]
}

// polledWords are participles of polling people ("1,000 adults quizzed by
// ICM").
var polledWords = map[string]bool{
	"QUIZZED": true, "POLLED": true, "SURVEYED": true, "QUESTIONED": true, "INTERVIEWED": true, "SAMPLED": true,
}

// polledFor reports whether the mention starting at start follows "by" or
// "for" in a phrase that a participle of polling opens, within five words
// and no punctuation ("87% of the 1,000 adults quizzed by ICM for BBC News
// 24 said …"): the pollster and its client are no subject of what the
// people polled said.
func polledFor(toks []token, start int) bool {
	if start > 0 && toks[start-1].up == "THE" {
		start-- // "for the BBC"
	}
	if start < 2 || toks[start-1].up != "BY" && toks[start-1].up != "FOR" {
		return false
	}
	for k := start - 2; k >= 0 && k >= start-7; k-- {
		if polledWords[toks[k].up] {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// askNouns name a call on someone to act ("a demand for Turkey to
// recognise Cyprus").
var askNouns = map[string]bool{
	"DEMAND": true, "DEMANDS": true, "CALL": true, "CALLS": true, "APPEAL": true, "APPEALS": true,
	"REQUEST": true, "REQUESTS": true, "PLEA": true, "PLEAS": true, "PRESSURE": true,
}

// askedFor reports whether the verb at vs follows "to" after an actor
// (ms's mention ending right before "to") that follows "for" after a noun
// of asking ("despite an EU demand for Turkey to recognise Cyprus",
// "calls for Uganda to withdraw"): the act is only asked for, not done.
func askedFor(toks []token, inMention []int, ms []mention, vs int) bool {
	if vs < 4 || toks[vs-1].up != "TO" || inMention[vs-2] == 0 {
		return false
	}
	m := &ms[inMention[vs-2]-1]
	return m.start >= 2 && toks[m.start-1].up == "FOR" && askNouns[toks[m.start-2].up]
}
