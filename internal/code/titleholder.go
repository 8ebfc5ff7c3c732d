package code

import "strings"

// titleHolderOther reports whether a bare title of a one-holder office
// ("the prime minister", "the chancellor", "the premier": office.go's
// officeTitles) and a person named with a code of its own (both coded
// alike, say GBRGOV) are two people: on the sentence's date exactly one
// person the article names held that office, and that person's surname
// is not the named person's ("the prime minister told Mr Brown" in a
// 2005 story that names Tony Blair; "Mr Blair told the chancellor" in one
// that names Gordon Brown). When the named person held the office, or no
// one or two persons the article names did, they stay one actor; a
// target that is the subject of its own verb ("refused to deny claims
// the prime minister had reneged") is none acted on (targetSubject).
func (st *state) titleHolderOther(toks []token, a, b member) bool {
	if st.date == "" || st.text == "" || st.targetSubject(toks, b) {
		return false
	}
	for _, p := range [][2]member{{a, b}, {b, a}} {
		title, named := p[0], p[1]
		if !named.person || named.pronoun || named.body || !named.named && !named.aliased {
			continue
		}
		t := bareOfficeTitle(toks, title)
		if t == "" {
			continue
		}
		holder := st.titleHolder(t)
		sh, sn := surname(holder), surname(named.actor.Name)
		return sh != "" && sn != "" && sh != sn
	}
	return false
}

// bareOfficeTitle is the office title a member is made of ("the prime
// minister"): "the" and the title and nothing else, not a pronoun, a
// body or a title of another's office ("the deputy prime minister",
// "the shadow chancellor" are no "the" right before the title); "" else.
func bareOfficeTitle(toks []token, m member) string {
	if m.pronoun || m.named || m.aliased || m.body || m.start < 1 || m.end > len(toks) {
		return ""
	}
	s := m.start
	if toks[s].up != "THE" {
		if toks[s-1].up != "THE" {
			return ""
		}
	} else {
		s++
	}
	var ws []string
	for k := s; k < m.end; k++ {
		ws = append(ws, strings.ToLower(toks[k].up))
	}
	w := strings.Join(ws, " ")
	for _, t := range officeTitles {
		if w == t {
			return t
		}
	}
	return ""
}

// titleHolder is the name of the one person the article names who held
// the office of that title on the sentence's date; "" when none or
// several did.
func (st *state) titleHolder(title string) string {
	officesOnce.Do(loadOffices)
	holder := -1
	for _, t := range offices.terms {
		if t.title != title && !(title == "premier" && t.title == "prime minister") || t.from > st.date || t.to < st.date || t.person == holder {
			continue
		}
		named := false
		for _, n := range offices.names[t.person] {
			if wordIndex(st.text, n) >= 0 {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		if holder >= 0 {
			return ""
		}
		holder = t.person
	}
	if holder < 0 {
		return ""
	}
	return offices.names[holder][0]
}
