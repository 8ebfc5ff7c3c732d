// A person whose title names no country, placed by the party an
// apposition names beside the name.

package code

// appositionWords may stand between a name's comma and the party its
// apposition names ("Jane Doe, the top Democrat on …", "John Roe, a
// senior Republican, …").
var appositionWords = map[string]bool{"THE": true, "A": true, "AN": true, "TOP": true, "SENIOR": true, "RANKING": true, "LEADING": true, "VETERAN": true, "PROMINENT": true, "FELLOW": true}

// partyBeside is the country of a place named after the name and "of"
// (placeAfter) or of a party named in an apposition right
// after the member's name ("Rep. Jane Doe, the top Democrat on the
// committee, …"): the person is of that party's country, not of the
// country the article names most. "" when no party follows the name so.
func partyBeside(toks []token, ms []mention, m *member) string {
	if !m.named || m.end >= len(toks) {
		return ""
	}
	if toks[m.end].up == "OF" {
		return placeAfter(ms, m)
	}
	if partyStateTag(toks, m.end) {
		return "USA"
	}
	if toks[m.end].up != "," {
		return ""
	}
	for k := range ms {
		for j := range ms[k].members {
			n := &ms[k].members[j]
			if n == m || n.start <= m.end || n.start-m.end > 4 || n.entry == nil || !partyEntry(n.entry) {
				continue
			}
			if c := countryOf(n.actor.Code); c != "" && betweenApposition(toks, m.end+1, n.start) {
				return c
			}
		}
	}
	return ""
}

// betweenApposition: the words from i to j are an apposition's article
// and modifiers only.
func betweenApposition(toks []token, i, j int) bool {
	for ; i < j; i++ {
		if !appositionWords[toks[i].up] {
			return false
		}
	}
	return true
}

// placeAfter is the country of a place named right after the member's
// name and "of" ("Rep. Ann Poe of California", "Senator John Roe of
// Kenya"): a country or a place of one country, coded as that country
// alone. "" when none follows so.
func placeAfter(ms []mention, m *member) string {
	for k := range ms {
		for j := range ms[k].members {
			n := &ms[k].members[j]
			if n.start == m.end+1 && len(n.actor.Code) == 3 && n.actor.Code == n.actor.Country && !n.person {
				return n.actor.Country
			}
		}
	}
	return ""
}

// partyStateTag: the tokens from i are the US press's tag of a member of
// Congress, a party's initial and a state after a bracket or a comma
// ("Sen. John Roe (R-Texas)", "Rep. Ann Poe, D-Calif., said").
func partyStateTag(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].up != "(" && toks[i].up != "," {
		return false
	}
	w := toks[i+1].up
	return len(w) >= 4 && (w[0] == 'D' || w[0] == 'R') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z' && toks[i+1].capital
}
