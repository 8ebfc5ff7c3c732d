// Compound actors: mentions joined by "and", "," and "&".

package code

import "strings"

// joinCompounds merges mentions joined by "and", ",", "&" into compound
// mentions.
// With nor (TABARI's rules) "neither A nor B" is a compound too.
func joinCompounds(toks []token, ms []mention, isVerb func(int) bool, nor bool) []mention {
	if len(ms) < 2 {
		return ms
	}
	open := -1
	if !nor {
		open = openingComma(toks, ms)
	}
	out := ms[:1]
	for i, m := range ms[1:] {
		last := &out[len(out)-1]
		if m.start < last.end {
			continue // overlapping (a pronoun phrase inside a match)
		}
		gap := toks[last.end:m.start]
		if open >= last.end && open < m.start {
			out = append(out, m) // the comma closing an opening phrase ends no list
			continue
		}
		if !nor && commaApposition(toks, *last, m, ms[i+2:]) {
			// "the Sudanese foreign minister, Professor Ibrahim Ghandour,":
			// one person named twice, not a list of two
			if !last.members[0].named && m.members[0].named {
				last.members[0].actor.Name = m.members[0].actor.Name
			}
			last.end = m.end
			continue
		}
		if !nor && acronymAgain(toks, *last, m, gap) && (functionWords[toks[m.end+1].up] || isVerb(m.end+1)) {
			// "China and the Eurasian Economic Union (EAEU) signed": the
			// last member named again by its acronym, no member of its own
			last.end = m.end + 1
			continue
		}
		join := false
		switch len(gap) {
		case 1:
			join = gap[0].up == "AND" || gap[0].up == "," || gap[0].up == "&" || nor && gap[0].up == "NOR"
		case 2:
			join = gap[0].up == "," && gap[1].up == "AND" || gap[0].up == "AND" || gap[0].up == "," && gap[1].up == "THE"
			if gap[0].up == "AND" {
				join = gap[1].up == "HIS" || gap[1].up == "HER" || gap[1].up == "THE"
			}
		case 3:
			join = gap[0].up == "AND" && (gap[1].up == "HIS" || gap[1].up == "HER" || gap[1].up == "THEIR")
		}
		if len(gap) == 0 {
			out = append(out, m) // adjacent mentions that did not group
			continue
		}
		listGoesOn := gap[0].up == "AND" || gap[0].up == "," && (len(gap) > 1 && gap[1].up == "AND" ||
			m.end < len(toks) && (toks[m.end].up == "," || toks[m.end].up == "AND"))
		if !join && len(gap) >= 2 && len(gap) <= 5 && listGoesOn {
			// "Fornost and the evil awful Gondor", "Mordor, the awful
			// Fornost, and good Gondor": adjectives between
			join = true
			for k := 1; k < len(gap); k++ {
				g := gap[k]
				if g.up == "AND" && k == 1 && gap[0].up == "," {
					continue
				}
				if g.punct || g.capital || isVerb(last.end+k) || functionWords[g.up] && g.up != "THE" || clauseStops[g.up] || clauseBreak[g.up] || isNum(g.up, 1, 9) {
					join = false
					break
				}
			}
		}
		if join && !nor && attributionAfter(toks, m, gap) {
			out = append(out, m) // "Kenya criticised Uganda, officials said": the tag's speaker
			continue
		}
		if join && !nor && speechTagAfter(toks, *last, m, gap) {
			out = append(out, m) // "… by the likes of China, he told MPs": the speaker of a tag
			continue
		}
		if join && !nor && commaPairOnly(toks, *last, m, gap) && placeOnly(*last) && fronted(toks, *last, isVerb) {
			// "At their meeting in London, G7 ministers backed …": a
			// fronted phrase ends in a place, a venue, and the actor
			// after the comma is the clause's subject alone
			*last = m
			continue
		}
		if join {
			last.end = m.end
			last.members = append(last.members, m.members...)
			continue
		}
		out = append(out, m)
	}
	return out
}

// commaApposition reports whether mention m, after mention last and a
// comma, names the same one person again: each is one person of one
// country (a role or a name; the second may be a title and a name with
// no country yet), and m does not go on to a list ("and",
// "or", or a comma and another actor after it: "President A, Vice
// President B and …").
func commaApposition(toks []token, last, m mention, rest []mention) bool {
	if m.start != last.end+1 || toks[last.end].up != "," || len(last.members) != 1 || len(m.members) != 1 {
		return false
	}
	a, b := last.members[0], m.members[0]
	if !a.person || !b.person || a.pronoun || b.pronoun || a.actor.Country == "" || len(a.actor.Code) <= 3 {
		return false
	}
	// the second of one country, or a title and a name that the text
	// places nowhere yet ("Professor Sam Okello")
	if !(b.actor.Country == a.actor.Country && len(b.actor.Code) > 3 || b.needCountry && b.actor.Code == "" && b.named) {
		return false
	}
	if m.end < len(toks) {
		switch toks[m.end].up {
		case "AND", "OR", "&":
			return false
		case ",":
			if len(rest) > 0 && rest[0].start == m.end+1 {
				return false
			}
		}
	}
	return true
}

// commaPairOnly reports whether mentions last and m are joined by a
// comma alone ("," or ", the") into a list that neither began before
// last nor goes on after m: news writes a list of two with "and" ("Kenya
// and Uganda"), so a place and an actor with only a comma between them
// are a fronted phrase and the clause's subject ("In Edinburgh, the
// prime minister said"), not a compound; a list of three ("Britain,
// France and Germany") goes on.
func commaPairOnly(toks []token, last, m mention, gap []token) bool {
	if gap[0].up != "," || len(gap) > 1 && gap[1].up == "AND" || len(last.members) > 1 {
		return false
	}
	if m.end < len(toks) {
		switch toks[m.end].up {
		case ",", "AND", "OR", "&":
			return false
		}
	}
	return true
}

// placeOnly reports whether mention m is one country or place named
// alone (a bare country code: no role, no person, no pronoun), as a
// venue is ("in London", "with Russia").
func placeOnly(m mention) bool {
	if len(m.members) != 1 {
		return false
	}
	a := m.members[0]
	return !a.person && !a.pronoun && len(a.actor.Code) == 3 && a.actor.Code == a.actor.Country
}

// fronted reports whether mention m stands after a preposition of place
// or a participle in -ing ("in London", "Before visiting Israel") in a
// phrase before its sentence's first verb (such a participle may come
// before it): "… an arms sale to Iran, the New York Times reported" ends
// a clause, and Iran is its verb's target; "Deutsche Boerse, the German
// stock exchange, said" opens with the subject.
func fronted(toks []token, m mention, isVerb func(int) bool) bool {
	if m.start == 0 || !venueWords[toks[m.start-1].up] && !strings.HasSuffix(toks[m.start-1].up, "ING") {
		return false // "Deutsche Boerse, the German stock exchange, said": the subject
	}
	for k := 0; k < m.start; k++ {
		if isVerb(k) && !strings.HasSuffix(toks[k].up, "ING") {
			return false
		}
	}
	return true
}

// venueWords are the prepositions before a place that a fronted phrase
// ends in.
var venueWords = map[string]bool{"IN": true, "AT": true, "FROM": true, "TO": true, "WITH": true, "NEAR": true, "OUTSIDE": true, "INSIDE": true, "ACROSS": true, "THROUGHOUT": true, "AROUND": true}

// acronymAgain reports whether mention m is the last member of mention
// last named again by its acronym in parentheses right after it, closing
// the list ("Kenya and the African Union (AU) signed"): one upper-case
// word between "(" and ")", one actor with that member's code, and no
// comma or "and" after it (a list going on past the acronym, "Saudi
// Arabia, the United Arab Emirates (UAE), Kuwait and Qatar -", is left
// as it was; so is a noun going on, "other African Union (AU) leaders":
// the caller wants a function word or a verb after it). A full name in
// parentheses after an acronym ("the IMF (International Monetary Fund)")
// stays a mention of its own: later heads ("the Fund") are read from it.
func acronymAgain(toks []token, last, m mention, gap []token) bool {
	if len(gap) != 1 || gap[0].up != "(" || m.end != m.start+1 || toks[m.start].lower || m.end+1 >= len(toks) || toks[m.end].up != ")" || len(m.members) != 1 {
		return false
	}
	if nx := toks[m.end+1].up; nx == "," || nx == "AND" || nx == "&" || nx == "OR" {
		return false
	}
	return last.members[len(last.members)-1].actor.Code == m.members[0].actor.Code
}
