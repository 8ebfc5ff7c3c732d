// An organisation's officer: "Renault President Raymond Levy", "Chase
// Manhattan Corp president Thomas Labrecque" (reuters18, issue 17).
//
// A president, chairman or treasurer whose title follows a capitalised
// name the dictionaries do not know holds an office of that body (a firm,
// a bank, an association), not of a state. fillCountries gave such a
// title the article's most-mentioned country as a government role
// (USAGOV for Renault's president in a story about Renault and the
// United States); the body's country is not known, so the role is left
// without one, as a role after "foreign" is (foreignRoles).

package code

import "strings"

// officerLeadWords are capitalised words that may stand before a title
// without naming a body: a sentence's opening, a time, a rank.
var officerLeadWords = wordSet("THEN", "FORMER", "ACTING", "DEPUTY", "INTERIM", "OUTGOING", "INCOMING", "LATE",
	"MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "WHEN", "WHILE", "IF", "AFTER", "BEFORE", "SINCE",
	"MEANWHILE", "HOWEVER", "NOW")

// orgOfficer reports whether member m of a role without a country is an
// officer's title (partyOfficeWords, or "vice" and one of them) right
// after a capitalised word that is no actor mention, no function word and
// no time or rank word.
func orgOfficer(toks []token, ms []mention, m *member) bool {
	i := m.start
	if i >= len(toks) || i == 0 {
		return false
	}
	w := i
	for w+1 < m.end && rankWords[toks[w].up] {
		w++
	}
	if !partyOfficeWords[toks[w].up] {
		return false
	}
	for i > 0 && rankWords[toks[i-1].up] {
		i-- // "Vice President", "Executive Vice President": the title's own words
	}
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if !p.capital || p.punct || functionWords[p.up] || officerLeadWords[p.up] || timeWords[p.up] || months[p.up] != "" || strings.HasSuffix(p.up, "'S") {
		return false
	}
	// the body's name, back to the first word that is not capitalised:
	// none of it an actor ("Opec Conference President" is Opec's)
	for k := i - 1; k >= 0 && toks[k].capital && !toks[k].punct; k-- {
		if inMention(ms, k) {
			return false
		}
	}
	return true
}

// rankWords stand inside an officer's title before its head word.
var rankWords = wordSet("VICE", "EXECUTIVE", "SENIOR", "DEPUTY")

// inMention reports whether token k lies inside an actor mention.
func inMention(ms []mention, k int) bool {
	for j := range ms {
		if ms[j].start <= k && k < ms[j].end {
			return true
		}
		for n := range ms[j].members {
			if m := &ms[j].members[n]; m.start <= k && k < m.end {
				return true
			}
		}
	}
	return false
}
