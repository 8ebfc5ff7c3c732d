// Persons the dictionaries lack that a "he" or "she" may stand for
// (coref14, issue 17): a person named by a common given name and a
// surname ("Peter Wafula"), and a person named as someone's kin or
// spokesman ("the Kenyan president's wife").
//
// A pronoun agrees with the nearest person named before it that its sex
// allows, whether or not a dictionary codes that person. personFor
// passes over a candidate when a person the dictionaries lack was named
// after it (namedPerson, not known); these two kinds of person were not
// found, so "he" after "But Wafula is no ideologue" fell back to the
// last president the dictionaries knew, and "she" after "the Kenyan
// president's wife praised …" to the president.

package code

// kinNouns name a person through another ("X's wife"): the sex they give
// (0: either). The possessed is another person than the possessor.
var kinNouns = map[string]byte{
	"WIFE": 'f', "WIDOW": 'f', "HUSBAND": 'm', "WIDOWER": 'm', "SON": 'm', "DAUGHTER": 'f', "FATHER": 'm',
	"MOTHER": 'f', "BROTHER": 'm', "SISTER": 'f', "SPOKESMAN": 'm', "SPOKESWOMAN": 'f', "SPOKESPERSON": 0,
}

// givenNamed finds persons the dictionaries lack named by a common given
// name (givenNames) and one capitalised word, no mention covering either
// and no capitalised word after them ("strategist Peter Wafula is …",
// not "Peter Wafula Road" nor a known person's surname): their surname is
// kept (noteUnknown) so that it names them again standing alone
// (unknownAgain), and the given name tells their sex.
func (st *state) givenNamed(toks []token, covered func(int) (*mention, bool)) []namedPerson {
	var out []namedPerson
	for k := 0; k+1 < len(toks); k++ {
		g, s := toks[k], toks[k+1]
		sex := givenNames[g.up]
		if sex == 0 || !g.capital || !g.lower || !s.capital || !s.lower || s.punct || functionWords[s.up] || bodyNouns[s.up] || orgHead(s.up) {
			// a body's head word; a surname in -s is no plural (bodyWord's "Wafulas")
			continue
		}
		if _, title := titles[s.up]; title {
			continue
		}
		if k+2 < len(toks) && toks[k+2].capital && !toks[k+2].punct {
			continue // a longer name ("Peter Wafula Road", "Peter Otieno Wafula")
		}
		if _, ok := covered(k); ok {
			continue
		}
		if _, ok := covered(k + 1); ok {
			continue
		}
		if st.pron.known[s.up] != "" || st.pron.known[g.up] != "" {
			continue
		}
		st.pron.noteUnknown(s.up)
		out = append(out, namedPerson{at: k, sex: sex, subject: st.subjectAt(toks, k)})
	}
	return out
}

// kinNamed finds persons named through a coded person's possessive and a
// kin or spokesman noun no mention covers ("the Kenyan president's
// wife", "Mr Okello's spokesman"): a person the dictionaries lack, after
// the possessor. The possessor is noted (of) so that the sentence does
// not count as one that last named it for "he" and "she" (notePersons):
// "The president's wife praised the court. Officials said she …" is the
// wife.
func (st *state) kinNamed(toks []token, ms []mention, covered func(int) (*mention, bool)) []namedPerson {
	var out []namedPerson
	for _, m := range ms {
		if len(m.members) != 1 || !m.members[0].person || m.members[0].pronoun || m.end+1 >= len(toks) {
			continue
		}
		if p := toks[m.end].up; p != "'S" && p != "’S" {
			continue
		}
		n := toks[m.end+1]
		sex, kin := kinNouns[n.up]
		if !kin || n.capital {
			continue
		}
		if _, ok := covered(m.end + 1); ok {
			continue
		}
		out = append(out, namedPerson{at: m.end + 1, sex: sex, subject: st.subjectAt(toks, m.start), of: m.members[0].actor.Name})
	}
	return out
}

// possessorOnly reports whether the person named name stands in the
// sentence only as the possessor of a kin or spokesman noun (kinNamed).
func possessorOnly(names []namedPerson, name string) bool {
	for _, n := range names {
		if n.of == name {
			return true
		}
	}
	return false
}

// planNouns name a plan or an attempt of its possessor's to act
// ("his bid to", "her plan to"); other nouns before "to" ("his
// reluctance to", "his commitment to") name no act of the infinitive.
var planNouns = wordSet("BID", "PLAN", "PLANS", "ATTEMPT", "ATTEMPTS", "EFFORT", "EFFORTS", "DECISION", "PROPOSAL",
	"OFFER", "PLEDGE", "PROMISE", "DRIVE", "MOVE", "CAMPAIGN", "INTENTION", "READINESS", "WILLINGNESS")

// possessorSubject is the subject of an infinitive after a possessive
// pronoun and its noun ("said his bid to withdraw from Sudan", "her plan
// to visit Uganda"): the plan is its possessor's, and "his" or "her"
// agrees with the nearest person named before it in the sentence whose
// sex the pronoun allows, not with the sentence's subject or the one a
// conjunction carries ("Mr Okello argued that Mr Museveni was committed
// to the talks and said his bid to withdraw from Sudan …": Museveni's
// bid). ok is false when the words are not of that shape or the
// sentence names no such person before the pronoun (the subject stands);
// a nil subject with ok true when the nearest such person is one no
// mention codes.
func (st *state) possessorSubject(toks []token, ms []mention, inMention []int, vs int) (*mention, bool) {
	if vs < 3 || toks[vs-1].up != "TO" {
		return nil, false
	}
	p := vs - 3
	if !planNouns[toks[vs-2].up] || toks[vs-2].capital {
		return nil, false
	}
	sex := byte(0)
	switch toks[p].up {
	case "HIS":
		sex = 'm'
	case "HER":
		sex = 'f'
	default:
		return nil, false
	}
	for k := p + 1; k < vs-1; k++ {
		if toks[k].punct || toks[k].capital || inMention[k] != 0 {
			return nil, false
		}
	}
	// a person named by a title and a capitalised word that no mention
	// covers ("Mr Museveni" the dictionaries did not resolve) is nearer:
	// the possessor is that person, no actor (nil, true)
	for k := p - 2; k >= 0; k-- {
		if inMention[k] != 0 {
			break
		}
		if s, title := titles[toks[k].up]; title && (s == 0 || s == sex) && toks[k+1].capital && !toks[k+1].punct && inMention[k+1] == 0 {
			return nil, true
		}
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end > p || len(m.members) != 1 {
			continue
		}
		mem := m.members[0]
		if !mem.person || mem.body || mem.actor.Code == "" {
			continue
		}
		if s := st.sexOf(mem); s != 0 && s != sex {
			continue
		}
		return m, true
	}
	return nil, false
}
