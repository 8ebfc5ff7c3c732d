// Pronoun resolution: "he", "she", "we", "the two sides" within the
// article.

package code

import (
	"slices"
	"strings"

	"dyad/internal/news"
)

var groupPhrases = [][]string{
	{"THE", "TWO", "LEADERS"}, {"THE", "TWO", "SIDES"}, {"BOTH", "SIDES"}, {"THE", "TWO", "COUNTRIES"},
	{"BOTH", "COUNTRIES"}, {"THE", "TWO", "PRESIDENTS"}, {"BOTH", "LEADERS"}, {"THE", "TWO", "NATIONS"},
	{"BOTH", "PRESIDENTS"}, {"THE", "TWO", "GOVERNMENTS"}, {"THE", "TWO", "HEADS", "OF", "STATE"},
}

// groupFirst are the first words of groupPhrases, each once.
var groupFirst = func() []string {
	var out []string
	for _, g := range groupPhrases {
		if !slices.Contains(out, g[0]) {
			out = append(out, g[0])
		}
	}
	return out
}()

// pronouns adds mentions for "he", "she", "we" and "the two sides".
func (st *state) pronouns(sent string, toks []token, ms []mention) []mention {
	inMention := func(i int) bool {
		for _, m := range ms {
			if i >= m.start && i < m.end {
				return true
			}
		}
		return false
	}
	names := st.personNames(toks, ms)
	st.pron.chain(st.sentNo)
	st.pron.subj = [2]*member{}
	st.pron.subjSet = [2]bool{}
	st.pron.subjLead = [2]bool{}
	defer st.notePersons(ms, names)
	defer func() { st.pron.openEnd = len(toks) > 0 && !toks[len(toks)-1].punct }()
	var add []mention
	for i := 0; i < len(toks); i++ {
		if inMention(i) {
			continue
		}
		w := toks[i].up
		switch w {
		case "HE", "SHE", "HIM", "HER":
			if mem, ok := st.personFor(toks, ms, names, i, w); ok {
				mem.start, mem.end, mem.pronoun = i, i+1, true
				mem.explain = append(append([]string(nil), mem.explain...), "pronoun "+strings.ToLower(w)+" → "+mem.actor.Name)
				add = append(add, mention{start: i, end: i + 1, members: []member{mem}})
			}
			continue
		case "IT":
			// "it" as a subject: the last country or organisation
			if i+1 < len(toks) && (st.c.verbs.root.kid(toks[i+1].up) != nil || modal[toks[i+1].up]) {
				for k := len(ms) - 1; k >= 0; k-- {
					if ms[k].end <= i && len(ms[k].members) == 1 && !ms[k].members[0].person && ms[k].members[0].actor.Code != "" {
						if st.itRefuses(sent, toks, ms, ms[k]) {
							continue // "Ugandan rebels", "the Mexican committee": many, or a noun's modifier
						}
						if s := st.subjectFor(toks, ms, ms[k], kindBody); s != nil && clauseSubjectAt(toks, i) {
							k = *s // "offers by the Kabul government, insisting that it …": the subject
						}
						mem := ms[k].members[0]
						mem.ante = [2]int{mem.start, mem.end}
						mem.start, mem.end, mem.pronoun = i, i+1, true
						mem.explain = append(append([]string(nil), mem.explain...), "pronoun it → "+mem.actor.Name)
						add = append(add, mention{start: i, end: i + 1, members: []member{mem}})
						break
					}
				}
			}
			continue
		case "THEY":
			// "they": the last compound or pair named in this sentence,
			// or one of at most three named in the sentence before when
			// "they" opens this one. Farther back, "they" is more often
			// the people or things just spoken of ("officials",
			// "procedures") than a list of countries.
			var last []member
			for k := len(ms) - 1; k >= 0; k-- {
				if ms[k].end <= i && len(ms[k].members) > 1 {
					last = ms[k].members
					break
				}
			}
			if last == nil && st.sentNo-st.groupSent == 1 && len(st.lastGroup) <= 3 && opensClause(toks, i) {
				last = st.lastGroup
			}
			if len(last) > 1 && len(last) <= maxList {
				m := mention{start: i, end: i + 1}
				for _, p := range last {
					p.start, p.end, p.pronoun, p.pair = i, i+1, true, len(last) == 2 // a pair acts on itself
					p.explain = append(append([]string(nil), p.explain...), "pronoun they → "+p.actor.Name)
					m.members = append(m.members, p)
				}
				add = append(add, m)
			} else if p, ok := st.theyFor(toks, ms, i); ok {
				add = append(add, groupPronoun(p, i, "they"))
			}
			continue
		case "THEM":
			if p, ok := st.themFor(toks, ms, i); ok {
				add = append(add, groupPronoun(p, i, "them"))
			}
			continue
		case "WE", "I":
			sp := st.speaker
			if sp == nil && !st.c.set.TabariRules {
				sp = quoteSpeakerIn(toks, ms, i) // X said: "I …" / "I …," X said
			}
			if sp != nil {
				mem := *sp
				mem.start, mem.end, mem.pronoun = i, i+1, true
				if w == "WE" {
					mem.actor.Code = mem.actor.Country
				}
				add = append(add, mention{start: i, end: i + 1, members: []member{mem}})
			}
			continue
		}
		if !slices.Contains(groupFirst, w) {
			continue // no group phrase starts here
		}
		for _, g := range groupPhrases {
			if g[0] != w || i+len(g) > len(toks) {
				continue
			}
			ok := true
			for k, gw := range g {
				if toks[i+k].up != gw || inMention(i+k) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			countries := g[len(g)-1] == "COUNTRIES" || g[len(g)-1] == "NATIONS" || g[len(g)-1] == "GOVERNMENTS"
			pair := st.lastPair(ms, i, countries, !countries)
			if len(pair) < 2 && !countries {
				pair = st.lastPair(ms, i, false, false)
			}
			if g[len(g)-1] == "SIDES" && st.stalePair(pair) {
				// "Both sides agreed …" after a sentence naming India
				// and Pakistan: the countries just named, not a pair of
				// persons of other countries from sentences before
				if cp := st.lastPair(ms, i, true, false); len(cp) == 2 && !st.stalePair(cp) && !sameCountries(cp, pair) {
					pair = cp
				}
			}
			if len(pair) == 2 {
				m := mention{start: i, end: i + len(g)}
				for _, p := range pair {
					p.start, p.end, p.pronoun, p.pair = i, i+len(g), true, true
					p.explain = append(append([]string(nil), p.explain...), strings.ToLower(strings.Join(g, " "))+" → "+p.actor.Name)
					m.members = append(m.members, p)
				}
				add = append(add, m)
			}
			i += len(g) - 1
			break
		}
	}
	return mergeMentions(ms, add)
}

// opensClause reports whether token i opens the sentence or its clause
// ("They said", "But they", "…, and they").
func opensClause(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch w := toks[k].up; {
		case w == "BUT" || w == "AND" || w == "YET" || w == "SO" || w == "\"" || w == "“":
			continue
		case toks[k].punct:
			return w == "," || w == ";" || w == ":"
		default:
			return false
		}
	}
	return true
}

// lastPair is the two most recent distinct actors (distinct countries when
// countries is set; their country codes then).
func (st *state) lastPair(ms []mention, i int, countries, persons bool) []member {
	var cands []member
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].end <= i {
			for j := len(ms[k].members) - 1; j >= 0; j-- {
				cands = append(cands, ms[k].members[j])
			}
		}
	}
	for k := len(st.history) - 1; k >= 0 && k >= len(st.history)-60; k-- {
		cands = append(cands, st.history[k])
	}
	var out []member
	seen := map[string]bool{}
	for _, m := range cands {
		if m.actor.Code == "" || m.actor.Country == "" || persons && !m.person {
			continue
		}
		key := m.actor.Country
		if seen[key] {
			continue
		}
		seen[key] = true
		if countries && m.actor.Code != m.actor.Country {
			m.actor.Code = m.actor.Country
			m.actor.Name = st.countryName(m.actor.Country)
			m.person = false
		}
		out = append([]member{m}, out...)
		if len(out) == 2 {
			break
		}
	}
	return out
}

// mergeMentions merges add into ms, both in start order, keeping that
// order (a mention of ms first at equal starts).
func mergeMentions(ms, add []mention) []mention {
	if len(add) == 0 {
		return ms
	}
	out := make([]mention, 0, len(ms)+len(add))
	a, b := 0, 0
	for a < len(ms) || b < len(add) {
		if b >= len(add) || a < len(ms) && ms[a].start < add[b].start {
			out = append(out, ms[a])
			a++
		} else {
			out = append(out, add[b])
			b++
		}
	}
	return out
}

// pronState keeps what "he" and "she" need across an article's sentences:
// the sex a title gave each person ("Mr", "Ms"), the sentence each known
// person was last named in, and the last sentence that named a person the
// dictionaries do not know ("Mr Dalton", "lecturer Doug Smith").
type pronState struct {
	sex      map[string]byte // actor name → 'm' or 'f'
	seen     map[string]int  // actor name → sentence last named
	subjSent [3]int          // the same, for persons named as a subject
	nameSent [3]int          // by sex index (0 m, 1 f, 2 unknown): last sentence with an unknown person
	subj     [2]*member      // this sentence's "he" / "she" as resolved (nil: left unresolved)
	subjSet  [2]bool
	// the sentence's "he" / "she" came before any person it names (it
	// leads the sentence), and the sentence's number
	subjLead [2]bool
	subjAt   [2]int
	subjNo   int
	// the sentence before's leading "he" / "she" as resolved (prevLead:
	// there was one), or of the one before it when that named no one
	// ("They will have to throw me out."); the sentence it led
	prevSubj [2]*member
	prevLead [2]bool
	prevNo   int
	// the last sentence that named a person or had a "he" or "she"
	personSent int
	known      map[string]string // words of known persons' names → the person's actor name
	// the sentence a known person was last named in by a name no
	// mention covered (namedPerson.owner)
	ownerSeen map[string]int
	heard     map[string]int // person's actor name → the last sentence the history has it from
	openEnd   bool           // the sentence before ended with no punctuation (a line cut as a headline)
	// the subject a sentence's last person stood behind: that person was
	// oblique ("taken for granted by Tony Blair", "in James Callaghan's
	// administration") and the sentence's subject a person
	carry     *member
	carryOver string // the oblique person's name
	carrySent int    // the sentence both were named in
	// a person named only as the complement after "his …" and a copula
	// ("One of his fellow pupils was Vladimir Putin"), and its sentence
	compl     string
	complSent int
	// surnames of persons the dictionaries lack (unknownname.go)
	unknown map[string]bool
	lead    leadPerson // the sentence before's one person, its subject (pronoun_lead.go)
	they    leadGroup  // the sentence before's one plural actor, its subject (pronoun_they.go)
	theyAt  int        // the sentence whose opening "they" theyFor resolved
}

// titles before a person's name, with the sex they give ('m', 'f', or 0).
var titles = map[string]byte{
	"MR": 'm', "MR.": 'm', "SIR": 'm', "LORD": 'm', "KING": 'm', "PRINCE": 'm', "MRS": 'f', "MRS.": 'f',
	"MS": 'f', "MS.": 'f', "MISS": 'f', "LADY": 'f', "DAME": 'f', "QUEEN": 'f', "PRINCESS": 'f', "BARONESS": 'f',
	"DR": 0, "DR.": 0, "PROF": 0, "PROF.": 0, "PROFESSOR": 0, "REV": 0, "REV.": 0,
}

// roleNouns before a capitalised name make it a person's name ("chief
// executive Doug Smith", "reporter Oliver Finegold").
var roleNouns = map[string]bool{
	"EXECUTIVE": true, "SPOKESMAN": true, "SPOKESWOMAN": true, "DIRECTOR": true, "CHAIRMAN": true,
	"CHAIRWOMAN": true, "REPORTER": true, "ANALYST": true, "LECTURER": true, "WORKER": true, "ECONOMIST": true,
	"BROKER": true, "MANAGER": true, "FOUNDER": true, "BOSS": true, "CANDIDATE": true, "JOURNALIST": true,
	"LAWYER": true, "PROFESSOR": true, "CORRESPONDENT": true, "EDITOR": true, "AUTHOR": true, "ACTOR": true,
	"ACTRESS": true, "SINGER": true, "STAR": true, "PLAYER": true, "COACH": true, "PARTNER": true,
	"WIFE": true, "HUSBAND": true, "SON": true, "DAUGHTER": true, "FATHER": true, "MOTHER": true,
	"BROTHER": true, "SISTER": true, "CAMPAIGNER": true, "ACTIVIST": true, "RESEARCHER": true, "TRADER": true,
	"INVESTOR": true, "OFFICER": true, "PRESENTER": true, "COMEDIAN": true, "DESIGNER": true, "STRATEGIST": true,
}

// namedPerson is a person the sentence names: its first token, and the
// sex its title gives.
type namedPerson struct {
	at      int
	sex     byte
	known   bool // a dictionary mention covers it
	subject bool // no verb or preposition just before it
	// a known person's name that no mention covers here ("Lord
	// Callaghan" after "Former Labour prime minister Lord Callaghan"):
	// that person's actor name
	owner string
	// a person named through a coded person's possessive ("the
	// president's wife"): the possessor's actor name (kinNamed)
	of string
}

// objectPreps before a name make it an object, not a subject.
var objectPreps = map[string]bool{
	"TO": true, "BY": true, "WITH": true, "FROM": true, "OF": true, "FOR": true, "AGAINST": true, "ABOUT": true,
	"ON": true, "AT": true, "IN": true,
}

// personNames finds the persons this sentence names by a title or a role
// noun, known to the dictionaries or not.
func (st *state) personNames(toks []token, ms []mention) []namedPerson {
	covered := func(i int) (*mention, bool) {
		for k := range ms {
			if i >= ms[k].start && i < ms[k].end {
				return &ms[k], true
			}
		}
		return nil, false
	}
	// the words of a known person's mention and the three after it (or
	// after its comma) are that person's names ("Yukos boss Mikhail
	// Khodorkovsky": a later "Mr Khodorkovsky" is known)
	if st.pron.known == nil {
		st.pron.known = map[string]string{}
	}
	for _, m := range ms {
		if len(m.members) != 1 || !m.members[0].person || m.members[0].pronoun || m.members[0].actor.Code == "" {
			continue
		}
		end := m.end + 3
		if m.end < len(toks) && toks[m.end].up == "," {
			end++ // "the chairman of the Federal Reserve Board, Paul Volcker"
		}
		for k := m.start; k < end && k < len(toks); k++ {
			if k == m.end && toks[k].up == "," {
				continue
			}
			if k >= m.end && (toks[k].punct || !toks[k].capital) {
				break
			}
			if toks[k].capital && !toks[k].punct && !functionWords[toks[k].up] {
				st.pron.known[toks[k].up] = m.members[0].actor.Name
			}
		}
	}
	var out []namedPerson
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].punct {
			continue
		}
		sex, title := titles[toks[k].up]
		role := !title && !toks[k].capital && roleNouns[toks[k].up]
		if !title && !role {
			continue
		}
		at := k + 1
		if title && toks[at].up == "." && toks[at].start == toks[k].end && at+1 < len(toks) {
			at++ // "Mr. Cruz": the title's dot is split off
		}
		n := toks[at]
		if !n.capital || n.punct || functionWords[n.up] || role && (k+2 >= len(toks) || !toks[k+2].capital || toks[k+2].punct) {
			continue
		}
		owner := st.pron.known[n.up]
		pn := namedPerson{at: at, sex: sex, known: owner != "", owner: owner, subject: st.subjectAt(toks, k)}
		if m, ok := covered(at); ok && len(m.members) == 1 && m.members[0].person && m.members[0].actor.Code != "" {
			pn.known, pn.owner = true, ""
			if sex != 0 {
				if st.pron.sex == nil {
					st.pron.sex = map[string]byte{}
				}
				st.pron.sex[m.members[0].actor.Name] = sex
			}
		}
		out = append(out, pn)
	}
	out = append(out, st.unknownSpeakers(toks, covered)...)
	if !st.c.set.TabariRules {
		out = append(out, st.givenNamed(toks, covered)...)
		out = append(out, st.kinNamed(toks, ms, covered)...)
		out = append(out, st.invertedSpeakers(toks, covered)...)
		out = append(out, st.unknownAgain(toks, covered)...)
	}
	// a person of the dictionaries named by a role alone (a role word and
	// a name, resolved to no code yet) is a person too
	for _, m := range ms {
		if len(m.members) == 1 && m.members[0].person && m.members[0].actor.Code == "" && m.members[0].named {
			out = append(out, namedPerson{at: m.start, subject: st.subjectAt(toks, m.start)})
		}
	}
	return out
}

// subjectAt reports whether the name phrase starting at token k is not
// an object: no verb or preposition among the three words before it
// ("told committee chairman Fernand St Germain" is an object).
func (st *state) subjectAt(toks []token, k int) bool {
	if afterInvertedTag(toks, k) && !st.c.set.TabariRules {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].punct {
			break
		}
		if objectPreps[toks[j].up] || st.isVerbAt(toks, j) {
			return false
		}
	}
	return true
}

// notePersons records, after a sentence, where its known and unknown
// persons were named.
func (st *state) notePersons(ms []mention, names []namedPerson) {
	st.noteLeadNames(ms, names)
	if st.pron.seen == nil {
		st.pron.seen = map[string]int{}
	}
	for _, m := range ms {
		if len(m.members) == 1 && m.members[0].person && !m.members[0].pronoun && m.members[0].actor.Code != "" && !possessorOnly(names, m.members[0].actor.Name) {
			st.pron.seen[m.members[0].actor.Name] = st.sentNo
		}
	}
	if len(names) > 0 || st.pron.subjSet[0] || st.pron.subjSet[1] {
		st.pron.personSent = st.sentNo
	}
	for _, m := range ms {
		if len(m.members) == 1 && m.members[0].person && !m.members[0].body {
			st.pron.personSent = st.sentNo
		}
	}
	for _, n := range names {
		if si := sexIndex(n.sex); n.sex != 0 && st.pron.subjLead[si] && n.at > st.pron.subjAt[si] {
			// "Asked if she was a member, Ms Kelly said": the leading
			// pronoun pointed ahead; it starts no chain
			st.pron.subjLead[si] = false
		}
		if n.owner != "" {
			if st.pron.ownerSeen == nil {
				st.pron.ownerSeen = map[string]int{}
			}
			st.pron.ownerSeen[n.owner] = st.sentNo
		}
		if !n.known {
			st.pron.nameSent[sexIndex(n.sex)] = st.sentNo
			if n.subject {
				st.pron.subjSent[sexIndex(n.sex)] = st.sentNo
			}
		}
	}
}

func sexIndex(s byte) int {
	switch s {
	case 'm':
		return 0
	case 'f':
		return 1
	}
	return 2
}

// personFor resolves "he", "she", "him" or "her" at token i: the last
// person named before it, unless
//   - a person the dictionaries do not know was named after that one
//     (in this sentence, or in a later sentence than it): "Mr Dalton lived
//     in Belgium, where he …" — he is Mr Dalton, whom no
//     dictionary codes, not an earlier president;
//   - the titles say the sexes differ ("Ms Hewitt … he");
//   - the person is a country or a place ("American"): only persons, or
//     an actor with a role (IRNGOV), are "he"; a role that names a body
//     or many ("the British Government", "ministers") is not;
//
// and a second "he" of the sentence is its first ("He visited Netanyahu,
// where he met reporters": the visitor met them).
func (st *state) personFor(toks []token, ms []mention, names []namedPerson, i int, w string) (member, bool) {
	sex := byte('m')
	if w == "SHE" || w == "HER" {
		sex = 'f'
	}
	si := sexIndex(sex)
	subject := w == "HE" || w == "SHE"
	if subject && st.pron.subjSet[si] {
		if p := st.pron.subj[si]; p != nil {
			return *p, true
		}
		return member{}, false
	}
	mem, at, ok := st.lastPersonAt(ms, i)
	if ok && subject && at >= 0 && tagPronoun(toks, i) && !st.c.set.TabariRules {
		// "This is the record Mr Blair will have to defend, he said": the
		// speaker of the clause before, not a person it names
		mem, at, ok = st.speakerBefore(ms, i)
	}
	lead := subject && !st.personBeforeAt(toks, ms, names, i)
	if lead && st.pron.prevLead[si] && (!ok || at < 0) && !st.c.set.TabariRules {
		// "When he refused to support Harold Wilson …, he said … . When
		// home secretary, he ordered …": a "he" leading its sentence after
		// one that led the sentence before is the same person, not the
		// one that sentence named after it (left unresolved with it)
		st.pron.subjSet[si], st.pron.subjLead[si], st.pron.subjAt[si], st.pron.subjNo = true, true, i, st.sentNo
		if p := st.pron.prevSubj[si]; p != nil {
			m := *p
			m.ante = [2]int{}
			st.pron.subj[si] = &m
			return m, true
		}
		if ok {
			// left unresolved before: a known person named again since
			// by a name alone is still the one
			if p, _, found := st.ownerNamed(names, mem, -1, i, sex, subject); found {
				st.pron.subj[si] = &p
				return p, true
			}
		}
		return member{}, false
	}
	if ok && !subject && at >= 0 && objectPronoun(toks, i) && st.subjectOfClause(toks, mem, i) {
		// "King Abdullah paid for him", "Chirac told Blair to thank
		// him": an object pronoun is not the subject of its own clause;
		// it is the person named before that subject
		mem, at, ok = st.personBefore(ms, at)
	}
	if ok && subject && at >= 0 {
		for k := range ms {
			if ms[k].start == at && len(ms[k].members) == 1 {
				if s := st.subjectFor(toks, ms, ms[k], kindPerson); s != nil {
					mem, at = ms[*s].members[0], ms[*s].start // "rejected Donald Trump's offer and he also accused …"
				} else if s := st.participleSpeaker(toks, ms, ms[k], i); s != nil {
					mem, at = ms[*s].members[0], ms[*s].start // "rejected …, saying he would file …"
				}
				break
			}
		}
	}
	if ok && at >= 0 && mem.end > mem.start {
		mem.ante = [2]int{mem.start, mem.end} // named in this sentence
	}
	if ok {
		if p, pat, found := st.ownerNamed(names, mem, at, i, sex, subject); found {
			mem, at = p, pat
		}
	}
	if ok {
		if s := st.sexOf(mem); s != 0 && s != sex {
			// "Mr Okello credited Ms Atieno's victory. He …": the subject
			// carried past an oblique person of the other sex, else none
			if c := st.carried(toks, mem, i, sex); subject && at < 0 && c.actor.Name != mem.actor.Name {
				mem = c
			} else {
				ok = false
			}
		}
	}
	if ok {
		for _, n := range names {
			if n.known || n.at >= i || n.sex != 0 && n.sex != sex || subject && !n.subject {
				continue
			}
			if at < 0 || n.at > at {
				ok = false // a person named after the candidate, whom no dictionary codes
			}
		}
		if ok && at < 0 {
			last := st.pron.seen[mem.actor.Name]
			ns := st.pron.nameSent
			if subject {
				ns = st.pron.subjSent // "he" is rarely a person only named as an object
			}
			if ns[si] > last || ns[2] > last {
				ok = false
			}
		}
	}
	if ok && subject && at < 0 {
		mem = st.carried(toks, mem, i, sex)
	}
	if ok && at < 0 && st.complementOnly(mem) {
		ok = false
	}
	if !ok && subject {
		mem, ok = st.leadFor(toks, ms, i, sex)
	}
	if subject {
		st.pron.subjSet[si], st.pron.subjLead[si], st.pron.subjAt[si], st.pron.subjNo = true, lead, i, st.sentNo
		if ok {
			m := mem
			st.pron.subj[si] = &m
		}
	}
	return mem, ok
}

// objectPronoun reports whether the pronoun at i is an object: "him", or
// "her" not followed by a noun it possesses (followed by punctuation, a
// preposition, "to" or nothing).
func objectPronoun(toks []token, i int) bool {
	switch toks[i].up {
	case "HIM":
		return true
	case "HER":
		if i+1 >= len(toks) || toks[i+1].punct {
			return true
		}
		switch toks[i+1].up {
		case "TO", "FOR", "WITH", "IN", "ON", "AT", "FROM", "OF", "BY", "AS", "AND", "OR", "BUT", "THAT", "ABOUT", "OVER", "AFTER", "BEFORE":
			return true
		}
	}
	return false
}

// subjectOfClause reports whether the person m, named before the pronoun
// at i in this sentence, is the subject of the pronoun's clause: a verb
// follows it before the pronoun, with no punctuation and no word that
// opens another clause (and, that, who, which, while, …) between them.
func (st *state) subjectOfClause(toks []token, m member, i int) bool {
	if m.end <= m.start || m.end > i || i > len(toks) {
		return false
	}
	verb := false
	for k := m.end; k < i; k++ {
		t := toks[k]
		if t.punct || clauseBreak[t.up] || clauseStops[t.up] || t.up == "OR" || t.up == "AS" || t.up == "IF" || t.up == "BECAUSE" {
			return false
		}
		if !verb && st.isVerbAt(toks, k) {
			verb = true
		}
	}
	return verb
}

// personBefore is the person named before the one at token at: earlier
// in this sentence, else in the article's history.
func (st *state) personBefore(ms []mention, at int) (member, int, bool) {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end <= at && len(m.members) == 1 && m.members[0].person && !m.members[0].body && m.members[0].actor.Code != "" {
			return m.members[0], m.start, true
		}
	}
	for k := len(st.history) - 1; k >= 0 && k >= len(st.history)-40; k-- {
		if h := st.history[k]; h.person && !h.body && h.actor.Code != "" && !h.pronoun {
			return h, -1, true
		}
	}
	return member{}, 0, false
}

// lastPersonAt is lastPerson with where it was found: its token in this
// sentence, or -1 for an earlier sentence.
func (st *state) lastPersonAt(ms []mention, i int) (member, int, bool) {
	if m, at, ok := st.personBefore(ms, i); ok {
		return m, at, true
	}
	// no person known: the sentence's first actor when it has a role
	// ("Iran's foreign minister … he"); a bare country is not "he", nor
	// an organisation's entry that names no person ("The BBC said he
	// …": BBC [MED])
	if len(ms) > 0 && ms[0].end <= i && len(ms[0].members) == 1 {
		if a := ms[0].members[0].actor; a.Code != "" && a.Code != a.Country && !ms[0].members[0].body && ms[0].members[0].person {
			return ms[0].members[0], ms[0].start, true
		}
	}
	return member{}, 0, false
}

// noteAntecedents keeps, for an event whose source or target is a
// pronoun ("Russia said it had expelled …", "Netanyahu says he will
// …"), the words of its antecedent when the same sentence names it: the
// gates judge the event on the pronoun (its place in the clause), and
// the evidence then shows the name (showAntecedents).
func (st *state) noteAntecedents(id string, toks []token, src, tgt member, evd news.Evidence) {
	span := func(m member, old *news.Span) *news.Span {
		if !m.pronoun || m.ante[1] <= m.ante[0] || m.ante[1] > len(toks) {
			return old
		}
		return &news.Span{Start: toks[m.ante[0]].start, End: toks[m.ante[1]-1].end}
	}
	s, t := span(src, evd.SourceSpan), span(tgt, evd.TargetSpan)
	if s == evd.SourceSpan && t == evd.TargetSpan || s != nil && t != nil && *s == *t {
		return
	}
	if st.ante == nil {
		st.ante = map[string][2]*news.Span{}
	}
	st.ante[id] = [2]*news.Span{s, t}
}

// showAntecedents puts the antecedents noted for the kept events of a
// sentence into their evidence, and forgets the sentence's notes.
func (st *state) showAntecedents(evs []news.Event) {
	if len(st.ante) == 0 {
		return
	}
	for i := range evs {
		if a, ok := st.ante[evs[i].ID]; ok && len(evs[i].Evidence) > 0 {
			evs[i].Evidence[0].SourceSpan, evs[i].Evidence[0].TargetSpan = a[0], a[1]
		}
	}
	clear(st.ante)
}

// the kinds of subject a pronoun takes up (subjectFor)
const (
	kindAny = iota
	kindPerson
	kindBody
)

// obliquePreps before a mention make it a phrase's object, not a
// clause's subject.
var obliquePreps = map[string]bool{"BY": true, "OF": true, "IN": true, "FROM": true, "WITH": true, "TO": true,
	"FOR": true, "AT": true, "ON": true, "AGAINST": true, "INTO": true, "NEAR": true, "BETWEEN": true}

// oblique reports whether mention m is no clause's subject: the object
// of a preposition ("offers by the Kabul government", "the province of
// Adana") or a possessor ("Donald Trump's offer").
func oblique(toks []token, m mention) bool {
	k := m.start - 1
	if k >= 0 && (toks[k].up == "THE" || toks[k].up == "A" || toks[k].up == "AN") {
		k--
	}
	if k >= 0 && obliquePreps[toks[k].up] {
		return true
	}
	return m.end < len(toks) && (toks[m.end].up == "'S" || toks[m.end].up == "’S")
}

// subjectFor returns the index in ms of the sentence's subject when the
// nearest candidate c for a subject pronoun is oblique (-1 → nil): a
// subject pronoun opening a later clause takes up the subject, not a
// phrase's object or a possessor ("The Taliban spurned offers of talks
// by the Kabul government, insisting that it will only negotiate with
// Washington", "Iran's leader rejected Donald Trump's offer and he also
// accused …"). The subject is the sentence's first mention that is not
// oblique, with no verb before it, of the pronoun's kind (a person or
// role for "he", a body or country for "it", either when no pronoun
// says), before c, with no speech verb between them.
func (st *state) subjectFor(toks []token, ms []mention, c mention, kind int) *int {
	if st.c.set.TabariRules || !oblique(toks, c) {
		return nil
	}
	k := st.firstSubject(toks, ms, c)
	if k < 0 {
		return nil
	}
	p := ms[k].members[0]
	if kind != kindBody && (p.person || p.actor.Code != p.actor.Country) && !p.body || kind != kindPerson && !officeHolder(p) {
		return &k
	}
	return nil
}

// firstSubject returns the index in ms of the sentence's subject before
// c: its first mention that is not oblique, with no verb before it, of
// one member with a code, and no speech verb between it and c ("X said
// in Amsterdam the formula … and would give": another clause's
// subject); -1 when there is none.
func (st *state) firstSubject(toks []token, ms []mention, c mention) int {
	for k := range ms {
		m := ms[k]
		if m.start >= c.start {
			return -1
		}
		for j := 0; j < m.start; j++ {
			if st.isVerbAt(toks, j) {
				return -1
			}
		}
		if oblique(toks, m) || len(m.members) != 1 || m.members[0].actor.Code == "" {
			continue
		}
		for j := m.end; j < c.start; j++ {
			if speechVerbs[toks[j].up] || speechTags[toks[j].up] {
				return -1
			}
		}
		return k
	}
	return -1
}

// officeHolder reports whether a member is one person holding an office
// in time (an entry with dated codes, "Mwai Kibaki"), not a group the
// dictionary lists as a person ("the Taliban"): "it" is never such a
// person.
func officeHolder(p member) bool {
	if p.aliased {
		return true
	}
	if p.entry == nil {
		return p.named && !p.bare
	}
	for _, c := range p.entry.Codes {
		if c.From != "" || c.To != "" {
			return true
		}
	}
	return false
}

// clauseSubjectAt reports whether the pronoun at i opens a clause (after
// "that", "and", "after", a comma, a speech verb or a participle):
// "insisting that it will", "after it convicted him", not "see it
// falling".
func clauseSubjectAt(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	w := toks[i-1].up
	return toks[i-1].punct || clauseBreak[w] || clauseStops[w] || speechVerbs[w] || strings.HasSuffix(w, "ING")
}
