package code

import "strings"

// A "they" opening a sentence right after a sentence whose subject was
// one plural actor (pronthey, issue 12): "The Ugandan rebels crossed the
// border. They attacked a Kenyan village." The resolver took "they" only
// for a compound or pair ("Kenya and Uganda"), so a plural role noun
// ("rebels", "MPs", "troops", "the police") left it unresolved. When the
// sentence before named another plural or a compound ("Kenyan MPs met
// Ugandan officials"), "they" stays unresolved, and so does a "they"
// in reported speech.

// leadGroup is a sentence's one plural actor when it was its subject.
type leadGroup struct {
	sent int
	mem  member
}

// doubleQuote reports whether token t is a double quotation mark.
func doubleQuote(t token) bool {
	switch t.up {
	case "\"", "“", "”", "''", "``":
		return true
	}
	return false
}

// quotesIn counts the quotation marks among toks[from:to].
func quotesIn(toks []token, from, to int) int {
	n := 0
	for k := from; k < to && k < len(toks); k++ {
		if doubleQuote(toks[k]) {
			n++
		}
	}
	return n
}

// noteThey records, after the sentence's countries are filled, its one
// plural actor when that actor is its subject: the first mention, of one
// member with a code, naming many (pluralMention, or a "they" resolved
// by this rule), not oblique, with no verb before it; and no other
// mention names many or a compound, and no quotation is left open.
func (st *state) noteThey(toks []token, ms []mention) {
	st.pron.they.sent = 0
	if st.c.set.TabariRules || len(ms) == 0 || quotesIn(toks, 0, len(toks))%2 == 1 {
		return
	}
	m := ms[0]
	if len(m.members) != 1 || m.members[0].actor.Code == "" || oblique(toks, m) || quotesIn(toks, 0, m.start) > 0 {
		return
	}
	p := m.members[0]
	if p.pronoun {
		if m.end-m.start != 1 || toks[m.start].up != "THEY" || st.pron.theyAt != st.sentNo {
			return
		}
	} else if !pluralMention(toks, m) {
		return
	}
	for j := 0; j < m.start; j++ {
		if st.isVerbAt(toks, j) {
			return
		}
	}
	for _, o := range ms[1:] {
		if len(o.members) > 1 {
			return // a compound or pair: "they" may be it
		}
		if len(o.members) == 1 && o.members[0].actor.Code != p.actor.Code && (pluralMention(toks, o) || o.members[0].pronoun && toks[o.start].up == "THEY") {
			return // another group competes
		}
	}
	for k := m.end + 1; k < len(toks); k++ {
		if speechVerbs[toks[k].up] && !toks[k-1].capital && pluralWord(toks[k-1].up) && !covered(ms, k-1) {
			return // "…, local sources said.": a group of speakers no actor names competes for the next "they"
		}
	}
	p.start, p.end, p.ante = 0, 0, [2]int{}
	st.pron.they = leadGroup{sent: st.sentNo, mem: p}
}

// theyFor is the group a "they" at i that opens its sentence stands for
// when the sentence just before had one plural actor, its subject; not
// inside a quotation.
func (st *state) theyFor(toks []token, ms []mention, i int) (member, bool) {
	l := st.pron.they
	if !st.opensAfter(toks, ms, i, l.sent) {
		return member{}, false
	}
	if quotesIn(toks, 0, len(toks))%2 == 1 {
		return member{}, false // the sentence opens or closes a quotation
	}
	st.pron.theyAt = st.sentNo
	return l.mem, true
}

// themFor is the group an object "them" at i stands for when the
// sentence just before had one plural actor, its subject, and nothing
// before "them" in this sentence names many: no mention that is plural,
// a compound or a pronoun, and no other word that looks plural ("Kenyan
// police arrested 20 men and questioned them"); not inside a quotation.
func (st *state) themFor(toks []token, ms []mention, i int) (member, bool) {
	l := st.pron.they
	if st.c.set.TabariRules || l.sent == 0 || l.sent != st.sentNo-1 || quotesIn(toks, 0, len(toks)) > 0 {
		return member{}, false
	}
	for _, m := range ms {
		if m.start >= i {
			break
		}
		if len(m.members) != 1 || m.members[0].pronoun || pluralMention(toks, m) {
			return member{}, false
		}
	}
	for k := 0; k < i; k++ {
		t := toks[k]
		if t.punct || t.capital || len(t.up) <= 3 || !pluralWord(t.up) || st.isVerbAt(toks, k) {
			continue
		}
		if !covered(ms, k) {
			return member{}, false
		}
	}
	return l.mem, true
}

// pluralWord reports whether an upper-case word looks like a plural noun.
func pluralWord(w string) bool {
	return collectivePlurals[w] || strings.HasSuffix(w, "MEN") ||
		strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS") && !strings.HasSuffix(w, "US") && !strings.HasSuffix(w, "IS")
}

// groupPronoun is the mention of a "they" or "them" (w) at i that stands
// for the group p.
func groupPronoun(p member, i int, w string) mention {
	p.start, p.end, p.pronoun = i, i+1, true
	p.explain = append(append([]string(nil), p.explain...), "pronoun "+w+" → "+p.actor.Name)
	return mention{start: i, end: i + 1, members: []member{p}}
}

// covered reports whether a mention covers token k.
func covered(ms []mention, k int) bool {
	for _, m := range ms {
		if k >= m.start && k < m.end {
			return true
		}
	}
	return false
}
