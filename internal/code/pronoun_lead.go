package code

// A "he" or "she" opening a sentence right after a sentence whose subject
// was its one person (pronlead, issue 17): "Foreign Minister Jane Otieno
// of Kenya arrived in Kampala. She met President Museveni." The person's
// country is given only by "of Kenya", which fills the role's code after
// the pronouns of the sentence were resolved, so the pronoun check took
// her for a person no dictionary knows and left "she" unresolved.

// leadPerson is a sentence's one person when it was its subject.
type leadPerson struct {
	sent    int
	mem     member
	unknown int // persons the sentence named that no mention covers
}

// pronounOpeners may stand before a pronoun that opens its sentence.
var pronounOpeners = map[string]bool{"BUT": true, "AND": true, "LATER": true, "THEN": true, "YET": true,
	"SO": true, "MEANWHILE": true, "HOWEVER": true, "ALSO": true, ",": true}

// noteLeadNames counts, in the sentence's pronoun pass, the persons it
// names by a title or as a speaker that no mention covers.
func (st *state) noteLeadNames(ms []mention, names []namedPerson) {
	n := 0
	for _, p := range names {
		covered := false
		for _, m := range ms {
			if p.at >= m.start && p.at < m.end {
				covered = true
				break
			}
		}
		if !covered {
			n++
		}
	}
	st.pron.lead = leadPerson{sent: st.sentNo, unknown: n}
}

// noteLead records, after the sentence's countries are filled, its one
// person when that person is its subject: the first mention, not
// oblique, with no verb before it, and no other person named.
func (st *state) noteLead(toks []token, ms []mention) {
	if st.c.set.TabariRules || st.pron.lead.sent != st.sentNo {
		return
	}
	var who *member
	from, first := leadStart(toks, ms)
	for k, m := range ms {
		if len(m.members) != 1 || m.start < from {
			continue
		}
		p := m.members[0]
		if !p.person || p.body || p.actor.Code == "" {
			continue
		}
		if p.pronoun && !sameLead(who, p) || !p.pronoun && who != nil && who.actor.Name != p.actor.Name {
			st.pron.lead.sent = 0 // a pronoun or a second person: not sure
			return
		}
		if who == nil {
			if k != first || oblique(toks, m) {
				st.pron.lead.sent = 0
				return
			}
			for j := from; j < m.start; j++ {
				if st.isVerbAt(toks, j) {
					st.pron.lead.sent = 0
					return
				}
			}
			q := p
			who = &q
		}
	}
	if who == nil || st.pron.lead.unknown > 0 {
		st.pron.lead.sent = 0
		return
	}
	st.pron.lead.mem = *who
}

// leadFor is the person a subject pronoun at i that opens its sentence
// stands for when the sentence just before had one person, its subject,
// of no other sex.
func (st *state) leadFor(toks []token, ms []mention, i int, sex byte) (member, bool) {
	l := st.pron.lead
	if !st.opensAfter(toks, ms, i, l.sent) {
		return member{}, false
	}
	if s := st.sexOf(l.mem); s != 0 && s != sex {
		return member{}, false
	}
	p := l.mem
	p.ante = [2]int{}
	return p, true
}

// opensAfter reports whether the pronoun at i opens its sentence (only
// openers such as "But" or "And" before it, no mention) and the sentence
// just before is sent, the one whose subject was noted.
func (st *state) opensAfter(toks []token, ms []mention, i, sent int) bool {
	if st.c.set.TabariRules || sent == 0 || sent != st.sentNo-1 {
		return false
	}
	for k := 0; k < i; k++ {
		if !pronounOpeners[toks[k].up] {
			return false
		}
	}
	for _, m := range ms {
		if m.start < i {
			return false
		}
	}
	return true
}
