package code

// objectSubject returns the index in ms of the sentence's subject when
// the mention at last, the sentence's last person, is the direct object
// of the subject's verb ("the Pakistani president met Prime Minister
// Tony Blair at 10 Downing Street"), else -1: a "he" opening the next
// sentence takes up the subject, as after an oblique person (noteCarry).
// The object follows the verb at once (an article may stand between);
// the subject is the sentence's first mention, not oblique, with no verb
// before it, and nothing but words stands between it and the verb: no
// punctuation, clause break or speech verb ("X said Y …", "X told Y"
// name the addressee, who is often the one the next sentence follows).
func (st *state) objectSubject(toks []token, ms []mention, last int) int {
	if last <= 0 {
		return -1
	}
	v := ms[last].start - 1
	if v >= 0 && (toks[v].up == "THE" || toks[v].up == "A" || toks[v].up == "AN") {
		v--
	}
	if v < 0 || !st.isVerbAt(toks, v) || speechVerbs[toks[v].up] || speechTags[toks[v].up] {
		return -1
	}
	s := ms[0]
	if s.end > v || oblique(toks, s) || len(s.members) != 1 || s.members[0].actor.Code == "" {
		return -1
	}
	for j := 0; j < s.start; j++ {
		if st.isVerbAt(toks, j) {
			return -1
		}
	}
	for j := s.end; j < v; j++ {
		if toks[j].punct || clauseBreak[toks[j].up] || clauseStops[toks[j].up] || st.isVerbAt(toks, j) {
			return -1
		}
	}
	return 0
}

// copulas before a sentence's closing person make that person the
// complement of a subject that is no mention.
var copulas = map[string]bool{"WAS": true, "IS": true}

// noteComplement records, after a sentence, its last person when that
// person is only the complement of a copula closing the sentence and the
// subject before the copula names no actor but holds "his" or "her"
// ("Mr Okello joined the army. One of his fellow pupils was Yoweri
// Museveni."): the possessive is the one the story follows, and a "he"
// opening the next sentence is not the complement.
func (st *state) noteComplement(toks []token, ms []mention) {
	if st.c.set.TabariRules || len(ms) == 0 {
		return
	}
	m := ms[len(ms)-1]
	if len(m.members) != 1 || !m.members[0].person || m.members[0].pronoun || m.members[0].body || m.members[0].actor.Code == "" {
		return
	}
	v := m.start - 1
	if v <= 0 || !copulas[toks[v].up] || m.end < len(toks) && !toks[m.end].punct {
		return
	}
	if len(ms) > 1 && ms[0].start < v {
		return // the subject names an actor
	}
	for j := 0; j < v; j++ {
		if toks[j].up == "HIS" || toks[j].up == "HER" {
			st.pron.compl, st.pron.complSent = m.members[0].actor.Name, st.sentNo
			return
		}
	}
}

// complementOnly reports whether mem, a pronoun's candidate from an
// earlier sentence, is the complement noteComplement kept and not named
// since: left unresolved ("… was Yoweri Museveni. At army headquarters,
// he was posted …" is the one "his" stood for, and so is a later "him").
func (st *state) complementOnly(mem member) bool {
	return st.pron.compl != "" && mem.actor.Name == st.pron.compl && st.pron.seen[mem.actor.Name] <= st.pron.complSent
}

// contractedPerson are "he" and "she" with an auxiliary the tokenizer
// keeps in one token ("the authorities he'd been spying for"): a clause
// they open has its subject.
var contractedPerson = map[string]bool{"HE'D": true, "SHE'D": true, "HE’D": true, "SHE’D": true,
	"HE'LL": true, "SHE'LL": true, "HE’LL": true, "SHE’LL": true}

// unresolvedSubject reports whether the verb at vs has its own subject,
// a "he" or "she" the pronouns left unresolved, right before it (only
// auxiliaries and adverbs between), after the clause's first actor m,
// a body or a country, which "he" and "she" never stand for: "he made
// contact with the British authorities he'd been spying for" (the
// authorities are not the spies).
func (st *state) unresolvedSubject(toks []token, ms []mention, m mention, vs int) bool {
	if st.c.set.TabariRules || len(m.members) != 1 || m.members[0].person && !m.members[0].body {
		return false
	}
	g := vs - 1
	for g > m.end && (modal[toks[g].up] || passiveAux[toks[g].up] || beForms[toks[g].up] || clauseAdverbs[toks[g].up]) {
		g--
	}
	if g < m.end || !(toks[g].up == "HE" || toks[g].up == "SHE" || contractedPerson[toks[g].up]) {
		return false
	}
	for _, o := range ms {
		if o.start <= g && g < o.end {
			return false // resolved: a mention covers it
		}
	}
	return true
}

// speechTagAfter reports whether mention m, a resolved pronoun after
// mention last and a comma alone, is the speaker of a speech tag that
// follows it ("Otherwise it would be overtaken by the likes of China, he
// told MPs"): the clause before the comma is what was said, and its last
// actor is no member of a list with the speaker. (A name after the comma
// is left to the list rules: "Kenyan rebels killed five soldiers,
// officials said" keeps its guard.) Only a tag that names its addressee
// ("told", "tells"): after "…, he said" the split let "were to blame for
// cuts in Japan, he said" code the blame, and "Toyota, he said, expects"
// lose its subject.)
func speechTagAfter(toks []token, last, m mention, gap []token) bool {
	if len(gap) != 1 || gap[0].up != "," || m.end >= len(toks) || !tellTags[toks[m.end].up] || !m.members[0].pronoun {
		return false
	}
	return commaPairOnly(toks, last, m, gap)
}

// tagSubjectStart is the start of the resolved pronoun right before the
// speech tag at vs when a comma stands before it ("… the likes of China,
// he told MPs"), else -1: the tag's clause starts there.
func tagSubjectStart(toks []token, ms []mention, vs int) int {
	if vs >= len(toks) || !speechTags[toks[vs].up] {
		return -1
	}
	for _, m := range ms {
		if m.end == vs && m.start > 0 && toks[m.start-1].up == "," && len(m.members) == 1 && m.members[0].pronoun {
			return m.start
		}
	}
	return -1
}

// tellTags are speech tags that name an addressee after them.
var tellTags = map[string]bool{"TOLD": true, "TELLS": true}
