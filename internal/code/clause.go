// Clause splitting: the boundaries that delimit a verb's clause, the
// rules that pick its source before and its target after, and the clause
// structure around a verb (relative clauses, passives, participles,
// speech tags after a comma, complements, object case).

package code

import "strings"

var adverbs = map[string]bool{"JOINTLY": true, "ALSO": true, "HAVE": true, "HAS": true, "HAD": true, "WILL": true, "SHOULD": true,
	"OFFICIALLY": true, "FIRMLY": true, "TODAY": true, "ON": true, "AGAIN": true, "WOULD": true, "CAN": true, "TO": true, "DECIDED": true, "AGREED": true, "NEED": true, "MUST": true}

// adjacentSubject: the mention is the verb's subject (only auxiliaries,
// adverbs and words of time between: "Britain and France on Wednesday
// signed"; a form of "be" only before a verb in -ing, the progressive:
// "Britain and France are holding talks", "have been negotiating").
func adjacentSubject(toks []token, m *mention, vs int) bool {
	if vs-m.end > 3 {
		return false
	}
	progressive := strings.HasSuffix(toks[vs].up, "ING")
	for g := m.end; g < vs; g++ {
		w := toks[g].up
		if !adverbs[w] && !strings.HasSuffix(w, "LY") && !timeWords[w] && !(progressive && beForms[w]) {
			return false
		}
	}
	return true
}

var clauseBreak = map[string]bool{"AND": true, "BUT": true, ";": true, "WHILE": true, "WHEREAS": true, "AFTER": true, "BEFORE": true, "WHEN": true, "THAT": true, "WHICH": true, "WHO": true}

var clauseStops = map[string]bool{";": true, ":": true, "\"": true, "WHICH": true, "WHILE": true, "WHEREAS": true, "BUT": true,
	"AFTER": true, "BEFORE": true, "WHEN": true, "BECAUSE": true, "ALTHOUGH": true, "UNTIL": true, "WHETHER": true}

var determiners = map[string]bool{"THE": true, "A": true, "AN": true, "THEIR": true, "HIS": true, "ITS": true, "HER": true, "OUR": true, "THIS": true, "THAT": true}

// sourceBefore is the verb's subject: the possessor of a verbal noun
// ("Putin's visit"), else the first mention of the verb's clause (TABARI's
// rule: "Gollum, accompanying Radagast, called on …"), else the nearest
// mention before the verb.
func (st *state) sourceBefore(toks []token, ms []mention, vs int) *mention {
	if !st.c.set.TabariRules {
		if m := quotedSpeaker(toks, ms, vs); m != nil {
			return m // "quoted the Ugandan president as criticising Kenya": the one quoted (quotedas.go)
		}
	}
	// the clause starts after the last boundary before the verb
	start := 0
	for g := vs - 1; g >= 0; g-- {
		w := toks[g].up
		if (clauseStops[w] || clauseBreak[w] || speechVerbs[w] || reportingParticiple(toks, g)) && !abbreviationAt(toks, g) && !st.quotedWord(toks, g) {
			start = g + 1
			break
		}
	}
	// "At their meeting in London, G7 ministers backed …": the subject
	// comes after the opening phrase
	opening := 0
	if c := openingCommaBefore(toks, ms, vs); !st.c.set.TabariRules && c >= 0 && c < vs {
		opening = c + 1
		if start < opening {
			start = opening
		}
	}
	// "… were killed as Syrian forces shelled …": a subordinator before
	// the verb's adjacent subject opens its clause (a named subject: a
	// pronoun's antecedent is less sure in such a clause)
	if !st.c.set.TabariRules {
		for k := len(ms) - 1; k >= 0; k-- {
			m := &ms[k]
			if m.end > vs {
				continue
			}
			if m.start > start && !m.members[0].pronoun && subordinateBefore(toks, m.start) && adjacentSubject(toks, m, vs) {
				start = m.start
			}
			break
		}
	}
	if s := tagSubjectStart(toks, ms, vs); s > start && !st.c.set.TabariRules {
		start = s // "…, he told MPs": the speaker after the comma
	}
	// "Putin's (next) visit": the possessor of a verbal noun is its source
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end < vs && m.end >= vs-3 && toks[m.end].up == "'S" {
			if st.unresolvedSubject(toks, ms, *m, vs) {
				return nil // "in an interview with Russia's network RT he blasted …" (pron18)
			}
			return m
		}
		if m.end <= vs-3 {
			break
		}
	}
	var nearest *mention
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end > vs {
			continue
		}
		if m.start < start {
			break
		}
		nearest = m // keep going back: the first actor of the clause
	}
	if p := st.subjectPronounAt(toks, ms, vs); nearest != nil && p != nil && p.start >= start && !st.c.set.TabariRules && oblique(toks, *nearest) && !named(toks, p.members[0], *nearest) {
		nearest = p
	}
	if nearest != nil {
		if st.unresolvedSubject(toks, ms, *nearest, vs) {
			return nil
		}
		return nearest
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end > vs {
			continue
		}
		if m.start < opening {
			return nil
		}
		for g := m.end; g < vs; g++ {
			if clauseStops[toks[g].up] && !st.quotedWord(toks, g) {
				return nil
			}
		}
		if subjectless(toks, start, vs) {
			kind := pronounKind(toks, start, vs)
			if kind == kindBody && st.itRefuses("", toks, ms, *m) {
				continue // "detained Ugandan rebels, and it accused …": not them
			}
			if s := st.subjectFor(toks, ms, *m, kind); s != nil {
				return &ms[*s] // "offers by the Kabul government, insisting that it will …"
			}
			if p := m.members[0]; kind == kindPerson && (!p.person || p.body) && !st.c.set.TabariRules {
				// "it was put to Mr Kinnock that he had referred to …": a
				// "he" or "she" the pronouns left unresolved opens the
				// clause, and the actor before it is a body or a country,
				// which "he" and "she" never stand for
				return nil
			}
		}
		return m
	}
	return nil
}

// subjectless reports whether the clause from start to the verb at vs
// names no subject of its own: nothing but a subject pronoun first,
// auxiliaries and adverbs ("and has since met", "that it will only",
// "after it"), and is no relative clause ("…, who afterwards appealed").
func subjectless(toks []token, start, vs int) bool {
	if start > 0 && (toks[start-1].up == "WHO" || toks[start-1].up == "WHICH" || toks[start-1].up == "WHOSE") {
		return false
	}
	for g := start; g < vs; g++ {
		w := toks[g].up
		switch {
		case g == start && (w == "HE" || w == "SHE" || w == "IT" || w == "THEY"):
		case modal[w] || passiveAux[w] || beForms[w] || clauseAdverbs[w] || strings.HasSuffix(w, "LY"):
		default:
			return false
		}
	}
	return true
}

// clauseAdverbs may stand between a clause's subject and its verb.
var clauseAdverbs = map[string]bool{"ALSO": true, "THEN": true, "SINCE": true, "STILL": true, "NOT": true, "NEVER": true,
	"AFTERWARDS": true, "LATER": true, "JUST": true, "ALREADY": true, "EVEN": true, "NOW": true, "SOON": true, "ONCE": true, "AGAIN": true}

// pronounKind is the kind of subject a pronoun opening the clause from
// start to the verb at vs takes up: "he"/"she" a person, "it" a body,
// none either.
func pronounKind(toks []token, start, vs int) int {
	for g := start; g < vs && g < start+2; g++ {
		switch toks[g].up {
		case "HE", "SHE":
			return kindPerson
		case "IT":
			return kindBody
		}
	}
	return kindAny
}

// subordinateBefore reports whether the word before token i opens a
// subordinate clause that clauseStops does not end: "as", "since",
// "though", "unless", "once" (not "such as", "as well as").
func subordinateBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].up {
	case "AS":
		return !(i >= 2 && (toks[i-2].up == "SUCH" || toks[i-2].up == "WELL" || toks[i-2].up == "SAME"))
	case "SINCE", "THOUGH", "UNLESS", "ONCE":
		return true
	case "WHY", "HOW", "WHERE":
		// an indirect question has its own subject: "Kenya knows why
		// Uganda attacked Tanzania" is Uganda's attack, not Kenya's
		return true
	case "THE":
		// … and after its article ("understood why the U.S. attacked")
		return i >= 2 && (toks[i-2].up == "WHY" || toks[i-2].up == "HOW" || toks[i-2].up == "WHERE")
	}
	return false
}

// targetAfter is the first mention after the verb within the clause and a
// few words, unless it is the subject of a following clause.
func (st *state) targetAfter(toks []token, ms []mention, ve int) *mention {
	for k := range ms {
		m := &ms[k]
		if m.start < ve {
			continue
		}
		if m.start-ve > 10 && (st.c.set.TabariRules || m.start-ve-dashAside(toks, ve, m.start) > 10) {
			return nil
		}
		for g := ve; g < m.start; g++ {
			if (clauseStops[toks[g].up] || toks[g].up == ".") && (st.c.set.TabariRules || !quotedVerbEnd(toks, ve, g) || !st.quotedWord(toks, g)) {
				return nil
			}
		}
		if !st.c.set.TabariRules && st.insideObjectRelative(toks, ve, m.start) {
			return nil // "vetoed a bill that would allow Uganda to …": the relative clause's actor
		}
		if !st.c.set.TabariRules && st.insideWhoClause(toks, ms, ve, m.start) {
			return nil // "met the envoy, who had visited Uganda": the relative clause's actor (whoobject.go)
		}
		if !st.c.set.TabariRules && strings.HasPrefix(st.curCode, "07") && m.end < len(toks) && (toks[m.end].up == "AID" || toks[m.end].up == "ASSISTANCE") {
			continue // "$1 billion in Kenyan military aid to Uganda": the aid's giver, not its target
		}
		if !st.c.set.TabariRules && strings.HasPrefix(st.curCode, "01") && venueAgent(toks, ve, m.start) {
			return nil // "speaking at a seminar organised by the EOC": the organiser, not whom he spoke to
		}
		// "Putin's visit": the possessor of a verbal noun is that
		// noun's subject, not this verb's target; but a verb that judges
		// another's act has its author as target ("criticised Uganda's
		// plan", "welcomed Putin's offer": CAMEO codes the author)
		if m.end+1 < len(toks) && toks[m.end].up == "'S" && !judging(st.curCode) {
			for k := m.end + 1; k < len(toks) && k <= m.end+3; k++ {
				if st.c.verbs.root.kid(toks[k].up) != nil { // an exact verb form, not a stem
					if st.addressedTo(toks, ve, m.start, k) {
						break // "conceded to Uganda's demands": the demand's author
					}
					return nil
				}
				if toks[k].punct || functionWords[toks[k].up] {
					break
				}
			}
		}
		// subject of a clause joined by "and": "MPs warned against
		// disunity and Michael Howard may take up the theme" ("and the
		// Tories would extend": an article between; a preposition ends
		// the search, "and the U.S. in exchange for", rejudge17)
		if conj := m.start - 1 - boolInt(m.start-1 > ve && toks[m.start-1].up == "THE"); conj >= ve && (toks[conj].up == "AND" || toks[conj].up == "OR") {
			for k := m.end; k < len(toks) && k <= m.end+3 && !prepositions[toks[k].up]; k++ {
				if modal[toks[k].up] || st.isVerbAt(toks, k) {
					return nil
				}
				if toks[k].punct {
					break
				}
			}
		}
		// an apposition between dashes after the mention: "…, Ghana - the
		// world's second largest producer - announced": the verb after it
		// decides as it does right after the name
		if !st.c.set.TabariRules && m.end < len(toks) && isDash(toks[m.end].up) {
			for k := m.end + 1; k < len(toks) && k <= m.end+12; k++ {
				if isDash(toks[k].up) {
					if v := k + 1; v < len(toks) && st.isVerbAt(toks, v) {
						for g := ve; g < m.start; g++ {
							if toks[g].up == "," {
								return nil
							}
						}
					}
					break
				}
				if toks[k].up == "." || toks[k].up == ";" {
					break
				}
			}
		}
		// subject of a complement clause: "said China will …"
		nx := m.end
		for nx < len(toks) && (modal[toks[nx].up]) {
			nx++
		}
		speech := speechVerbs[toks[ve-1].up] || strings.HasPrefix(st.curCode, "01")
		if speech && nx > m.end && nx < len(toks) {
			return nil
		}
		if nx < len(toks) && st.isVerbAt(toks, nx) {
			if speechVerbs[toks[nx].up] || speech && presentVerb(toks[nx].up) {
				return nil
			}
			for g := ve; g < m.start; g++ {
				if toks[g].up == "," {
					return nil // ", Xi said": the subject of another clause
				}
			}
		}
		if !st.c.set.TabariRules && speechTagAt(toks, m.end) && len(m.members) > 1 {
			if last := m.members[len(m.members)-1]; last.start > m.start && toks[last.start-1].up == "," {
				// "… wounded another in northwest Syria, Turkey's
				// defence ministry announced": the name after the
				// list's last comma is the speech tag's speaker, not a
				// member of the list
				cut := *m
				cut.members = m.members[: len(m.members)-1 : len(m.members)-1]
				cut.end = last.start - 1
				return &cut
			}
		}
		if !st.c.set.TabariRules && speechTagAt(toks, m.end) {
			for g := ve; g < m.start; g++ {
				if toks[g].up == "," {
					// "…, an Ethiopian mediator said on Tuesday": the
					// actor is in the speech tag (the speaker or its
					// nationality), not the reported verb's target
					return nil
				}
			}
		}
		return m
	}
	return nil
}

// tagVerbs close a reported clause as its speech tag ("…, the ministry
// announced", "…, a mediator said on Tuesday").
var tagVerbs = map[string]bool{"SAID": true, "SAYS": true, "TOLD": true, "ADDED": true, "ANNOUNCED": true, "ANNOUNCES": true,
	"REPORTED": true, "REPORTS": true, "CONFIRMED": true, "CONFIRMS": true, "STATED": true, "STATES": true, "NOTED": true,
	"CLAIMED": true, "CLAIMS": true, "INSISTED": true, "INSISTS": true, "STRESSED": true, "WARNED": true, "WARNS": true}

// speechTagAt: the words from i end a sentence's speech tag — at most
// two lower-case words that are no function words ("mediator", "defence
// officials"), a speech verb (tagVerbs), then the sentence's end, a
// comma, or a word of time ("on Tuesday", "last week"): the actor before
// i is the tag's speaker.
func speechTagAt(toks []token, i int) bool {
	for k := i; k < len(toks) && k <= i+2; k++ {
		if tagVerbs[toks[k].up] {
			n := k + 1
			return n >= len(toks) || toks[n].punct || timeWords[toks[n].up] || toks[n].up == "ON" || toks[n].up == "LAST" ||
				toks[n].up == "EARLIER" || toks[n].up == "LATER" || toks[n].up == "IN" && n+2 < len(toks) && toks[n+2].up == "STATEMENT"
		}
		if toks[k].punct || toks[k].capital || functionWords[toks[k].up] {
			return false
		}
	}
	return false
}

var modal = map[string]bool{"SHOULD": true, "WILL": true, "WOULD": true, "CAN": true, "COULD": true, "MUST": true, "MAY": true, "MIGHT": true, "HAS": true, "HAVE": true, "HAD": true, "IS": true, "ARE": true, "WAS": true, "WERE": true, "NEED": true, "NEEDS": true}

var speechVerbs = map[string]bool{"SAID": true, "SAYS": true, "SAY": true, "TOLD": true, "ADDED": true, "NOTED": true, "STRESSED": true, "SAW": true, "THOUGHT": true, "KNEW": true}

func presentVerb(w string) bool { return strings.HasSuffix(w, "S") || strings.HasSuffix(w, "ED") }

func (st *state) isVerbAt(toks []token, i int) bool {
	_, n := st.c.verbs.longest(toks, i, nil)
	return n > 0
}

// anyAfter is the first mention after position i in the sentence.
func (st *state) anyAfter(ms []mention, i int) *mention {
	for k := range ms {
		if ms[k].start >= i {
			return &ms[k]
		}
	}
	return nil
}

// judging reports whether a code is one of a reaction to another's act
// (approve 05, demand 10, disapprove 11, reject 12, and a denial of its
// charge, 016: "Kenya denied Uganda's claims", "refuted Uganda's
// claims"), whose target is the act's author.
func judging(code string) bool {
	if code == "016" {
		return true
	}
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "05", "10", "11", "12":
		return true
	}
	return false
}

// goingTo reports whether the verb phrase toks[i:i+n] is "going to", which
// before a verb marks a future ("is going to export"), not movement.
func goingTo(toks []token, i, n int) bool {
	return n == 2 && toks[i].up == "GOING" && toks[i+1].up == "TO"
}

// pluralAfterTo reports whether the one-word verb at toks[i] stands right
// after "to" with an -s ending: an infinitive has its base form, so "to
// demands", "to talks" is a preposition and a plural noun. Base forms
// that end in s ("to press", "to discuss", "to focus") are not plurals;
// "agreed to talks" keeps the dictionaries' event noun (036).
func pluralAfterTo(toks []token, i, n int) bool {
	if n != 1 || i == 0 || toks[i-1].up != "TO" {
		return false
	}
	w := toks[i].up
	return len(w) > 3 && w != "TALKS" && strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS") && !strings.HasSuffix(w, "US") && !strings.HasSuffix(w, "IS")
}

func isDash(w string) bool { return w == "-" || w == "—" || w == "–" || w == "--" }

// pastParticiple guesses whether a verb form is a past participle.
// relativeBy reports whether a participle right after a noun, then "by"
// and an actor, is a reduced relative clause, a passive whose agent is
// the by-phrase: "Kenyan rebels backed by Uganda" (Uganda backs the
// rebels; also with an -ly adverb between: "a civilian allegedly killed
// by troops"), "the spending planned by the Tories" (noun: the Tories plan a
// thing, no actor). The comma case is reducedPassive.
func relativeBy(toks []token, inMention []int, vs, ve int) (ok, noun bool) {
	if vs == 0 || ve-vs != 1 || ve >= len(toks) || toks[ve].up != "BY" || !pastParticiple(toks[vs].up) {
		return false, false
	}
	k := ve + 1
	for k < len(toks) && (toks[k].up == "THE" || toks[k].up == "A" || toks[k].up == "AN") {
		k++
	}
	if k >= len(toks) || inMention[k] == 0 {
		return false, false // the agent is no actor
	}
	p := toks[vs-1]
	if inMention[vs-1] != 0 {
		return true, false
	}
	if vs >= 2 && inMention[vs-2] != 0 && !p.capital && len(p.up) > 4 && strings.HasSuffix(p.up, "LY") {
		return true, false // "an Iraqi civilian allegedly killed by UK troops": an adverb between
	}
	if p.punct || p.capital || functionWords[p.up] || beForms[p.up] || haveForms[p.up] || strings.HasSuffix(p.up, "LY") {
		return false, false
	}
	return true, true
}

// orderWords order their object to act ("ordered Uganda to withdraw").
var orderWords = map[string]bool{"ORDER": true, "ORDERS": true, "ORDERED": true, "ORDERING": true,
	"TELL": true, "TELLS": true, "TOLD": true, "TELLING": true}

// haveForms are the auxiliaries of the perfect.
var haveForms = map[string]bool{"HAVE": true, "HAS": true, "HAD": true, "HAVING": true, "'VE": true}

func pastParticiple(w string) bool {
	if strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "EN") || strings.HasSuffix(w, "WN") {
		return true
	}
	switch w {
	case "SHOT", "HIT", "HELD", "MET", "CAUGHT", "BOUGHT", "SOLD", "LED", "FOUGHT", "STRUCK", "HURT", "SENT", "BUILT", "PUT", "SET", "LEFT", "BROUGHT", "SEEN", "KEPT",
		"TOLD": // "was told that …": the subject is the one told, not the teller
		return true
	}
	return false
}

// passiveAdverbs may stand between a passive's auxiliary and its
// participle, as the adverbs in -ly do ("were also ambushed", "was later
// released").
var passiveAdverbs = map[string]bool{
	"ALSO": true, "LATER": true, "THEN": true, "NOW": true, "ALREADY": true, "JUST": true, "STILL": true,
	"AGAIN": true, "EVEN": true, "SOON": true, "OFTEN": true, "ONCE": true, "FIRST": true, "ALWAYS": true,
	"BEING": true, "SINCE": true,
}

// chargedWith reports whether the words from ve (after a verb of charge
// or accusation) to the target at t are a noun no actor covers, then
// "with" or "of" and a gerund: "charged nine suppliers with helping
// Ahold …", "accused the officials of shielding Uganda". The one charged
// is that noun; the actor after the gerund is the object of the act.
func chargedWith(toks []token, inMention []int, ve, t int) bool {
	w := -1
	for j := ve; j < t && j < len(toks); j++ {
		if inMention[j] != 0 || toks[j].punct || objectPronouns[toks[j].up] || toks[j].up == "IT" {
			return false // "accusing it of firing across the border into Lebanon": "it" stands for an actor
		}
		if toks[j].up == "WITH" || toks[j].up == "OF" {
			w = j
			break
		}
	}
	return w > ve && w+1 < t && strings.HasSuffix(toks[w+1].up, "ING")
}

// ownAct reports whether the words from ve (after a verb) to the target
// at t are the source's own act: a possessive pronoun first, then a noun
// and an infinitive before the target ("its decision to expel …", "his
// own plan to build a road to …"). "its neighbour Uganda" is not.
func ownAct(toks []token, ve, t int) bool {
	if ve >= t || ve >= len(toks) {
		return false
	}
	switch toks[ve].up {
	case "HIS", "HER", "ITS", "THEIR", "OUR", "MY":
	default:
		return false
	}
	for k := ve + 2; k+1 < t; k++ {
		if toks[k].up == "TO" && !toks[k+1].capital && !toks[k+1].punct && !functionWords[toks[k+1].up] {
			return true
		}
	}
	return false
}

// reducedRelative reports whether the verb at vs, a form in -ed, follows a
// common noun that is no actor and sits in a prepositional phrase
// opened after the source ("part of a package of security measures agreed
// with the US"): the participle qualifies that noun, it is no verb of the
// source's.
func reducedRelative(toks []token, inMention []int, srcEnd, vs int) bool {
	if vs < 2 || !strings.HasSuffix(toks[vs].up, "ED") {
		return false
	}
	n := toks[vs-1]
	if n.capital || n.punct || inMention[vs-1] != 0 || functionWords[n.up] || adverbs[n.up] || strings.HasSuffix(n.up, "LY") || beForms[n.up] {
		return false
	}
	for k := srcEnd; k < vs; k++ {
		if w := toks[k].up; w == "WHO" || w == "WHICH" || w == "THAT" {
			return false // "peacekeepers who are part of a group of troops arrived": the main verb after a relative clause
		}
	}
	for k := vs - 2; k >= srcEnd && k >= vs-5; k-- {
		w := toks[k].up
		if w == "OF" || w == "FOR" || w == "WITH" || w == "FROM" || w == "ABOUT" {
			return true
		}
		if toks[k].punct || inMention[k] != 0 {
			return false
		}
	}
	return false
}

// nounParticiple reports whether the verb at vs, a participle in -ed,
// comes right after a lower-case common noun that no actor covers, after
// another verb of the source's clause with no punctuation, "who", "which"
// or "that" between ("called for the release of … terror suspects
// detained without trial in Uganda"; also with one -ly adverb between,
// "areas traditionally associated with Labour"): a reduced relative
// clause in the passive, whose agent is not named, no second act of the
// source's.
func (st *state) nounParticiple(toks []token, inMention []int, srcEnd, vs int) bool {
	if vs < 2 || srcEnd >= vs-1 || !strings.HasSuffix(toks[vs].up, "ED") {
		return false
	}
	if a := toks[vs-1]; vs >= 3 && srcEnd < vs-2 && !a.capital && len(a.up) > 4 && strings.HasSuffix(a.up, "LY") && inMention[vs-1] == 0 {
		vs-- // "urban areas traditionally associated with Labour": one -ly adverb between
	}
	n := toks[vs-1]
	if n.capital && !passiveNameNoun(toks, inMention, vs) || n.punct || inMention[vs-1] != 0 || functionWords[n.up] || adverbs[n.up] || modal[n.up] ||
		beForms[n.up] || haveForms[n.up] || strings.HasSuffix(n.up, "LY") || subjectPronouns[n.up] || n.up == "IT" ||
		timeWords[n.up] || !letters(n.up) {
		return false // "Peking Review yesterday accused", "on March 9 lifted": the source's own verb
	}
	verb := false
	for g := srcEnd; g < vs-1; g++ {
		if w := toks[g].up; toks[g].punct || w == "WHO" || w == "WHICH" || w == "THAT" {
			return false
		}
		if !verb && !toks[g].capital && st.isVerbAt(toks, g) {
			verb = true
		}
	}
	return verb
}

// letters reports whether w is a word of letters only.
func letters(w string) bool {
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return w != ""
}

// relativeOfNoun reports whether the verb at vs opens a relative clause
// ("that", "which" or "who", then at most auxiliaries and adverbs) whose
// antecedent, the word before the pronoun (a comma between), is a common
// noun that no actor mention covers ("an attack that killed …"), or for
// ", who" a name that none covers (unknownName).
func relativeOfNoun(toks []token, inMention []int, vs int) bool {
	k := vs - 1
	for k >= 0 && (modal[toks[k].up] || adverbs[toks[k].up] && toks[k].up != "TO" || strings.HasSuffix(toks[k].up, "LY") || beForms[toks[k].up]) {
		k--
	}
	if w := whoBeforeAdverbs(toks, k); w >= 1 {
		k = w // ", who has long criticised" (whonoun.go)
	}
	if k < 1 || toks[k].up != "THAT" && toks[k].up != "WHICH" && toks[k].up != "WHO" {
		return false
	}
	a := k - 1
	if toks[k].up == "WHO" {
		return a > 0 && toks[a].up == "," && (unknownName(toks, inMention, a-1) || whoOfNoun(toks, inMention, a-1))
	}
	if toks[a].up == "," && a > 0 {
		a--
	}
	return inMention[a] == 0 && !toks[a].punct && !toks[a].capital && !functionWords[toks[a].up] && !speechVerbs[toks[a].up]
}

// unknownName reports whether the capitalised words ending at token a
// are a name no actor mention covers, nor a title before it ("Gambari, who
// aims to secure the release of detainees": that person acts, no actor;
// "British Chancellor of the Exchequer Nigel Lawson, who met …" is the
// chancellor).
func unknownName(toks []token, inMention []int, a int) bool {
	if a < 0 || !toks[a].capital || toks[a].punct || inMention[a] != 0 {
		return false
	}
	for a >= 0 && !toks[a].punct && (toks[a].capital || toks[a].up == "OF" || toks[a].up == "THE" || toks[a].up == "FOR") {
		if inMention[a] != 0 {
			return false
		}
		a--
	}
	return a < 0 || inMention[a] == 0
}

// participlePreps open a prepositional phrase whose actor a participle
// after it can qualify ("respects to a Ugandan soldier killed in …").
var participlePreps = map[string]bool{"TO": true, "OF": true, "FOR": true, "WITH": true, "FROM": true, "ABOUT": true, "ON": true,
	"AGAINST": true, "AT": true, "AMONG": true}

// participleOfObject reports whether the verb at vs, a form in -ed, comes
// right after an actor mention that is not the source but the object of
// a preposition after another verb of the source's clause ("Kenya paid
// its respects to a Ugandan soldier killed in Somalia"): a reduced
// relative clause in the passive, whose agent is not named. A mention
// before any other verb ("the Kenyan envoy to Uganda criticised …") is
// still the subject's phrase.
func (st *state) participleOfObject(toks []token, ms []mention, src *mention, vs int) bool {
	if vs < 3 || !strings.HasSuffix(toks[vs].up, "ED") {
		return false
	}
	var m *mention
	for k := range ms {
		if ms[k].end == vs {
			m = &ms[k]
		}
	}
	if m == nil || m.start < src.end || m.members[0].pronoun {
		return false
	}
	k := m.start - 1
	for k > src.end && (determiners[toks[k].up] || isNum(toks[k].up, 1, 9)) {
		k--
	}
	if k <= src.end || !participlePreps[toks[k].up] {
		return false
	}
	for g := src.end; g < k; g++ {
		if toks[g].punct || clauseBreak[toks[g].up] {
			return false
		}
		if st.isVerbAt(toks, g) {
			return true
		}
	}
	return false
}

// topicOf are nouns whose "of" phrase names whom a story is about ("the
// case of", "the plight of"), never who acts, unlike "a group of".
var topicOf = map[string]bool{"CASE": true, "CASES": true, "FATE": true, "PLIGHT": true, "TREATMENT": true,
	"STORY": true, "STORIES": true, "HANDLING": true, "SITUATION": true, "WELFARE": true, "SAFETY": true}

// aboutOf reports whether the mention starting at start is the object of
// "of" after a topicOf noun, with at most four words that are no actor
// between ("the case of six unnamed Roma …").
func aboutOf(toks []token, inMention []int, start int) bool {
	for k := start - 1; k >= 1 && k >= start-5; k-- {
		if toks[k].up == "OF" {
			return topicOf[toks[k-1].up] && !toks[k-1].capital
		}
		if toks[k].punct || inMention[k] != 0 {
			return false
		}
	}
	return false
}

// passiveSubjectActor reports whether the subject of the passive verb at
// vs (the word before its auxiliaries) is an actor, a pronoun or a
// relative pronoun ("four Britons who were released", "he was
// arrested") or a noun right after an actor ("Ugandan inspectors were
// expelled"), not a common noun ("the PSP is released").
func passiveSubjectActor(toks []token, inMention []int, vs int) bool {
	k := vs - 1
	for k >= 0 && (beForms[toks[k].up] || passiveAux[toks[k].up] || passiveAdverbs[toks[k].up] || strings.HasSuffix(toks[k].up, "LY")) {
		k--
	}
	if k < 0 {
		return true
	}
	switch toks[k].up {
	case "WHO", "WHICH", "THAT", "HE", "SHE", "IT", "THEY", "WE", "I", "YOU":
		return true
	}
	return inMention[k] != 0 || toks[k].punct || k > 0 && inMention[k-1] != 0 // "Ugandan inspectors were expelled"
}

var passiveAux = map[string]bool{"HAVE": true, "HAS": true, "HAD": true, "WILL": true, "WOULD": true, "COULD": true,
	"MAY": true, "MIGHT": true, "SHOULD": true, "MUST": true, "CAN": true, "NOT": true, "ALSO": true, "'S": false}

// speechTags are verbs that close a reported clause as its speech tag
// ("…, the minister said", "…, he told MPs").
// The plural present forms ("…, say union leaders", "…, warn union
// leaders") close a reported clause as their singular and past forms do.
var speechTags = map[string]bool{"SAID": true, "SAYS": true, "SAY": true, "WARN": true, "ARGUE": true, "INSIST": true, "CLAIM": true, "TOLD": true, "TELLS": true, "ADDED": true,
	"WARNED": true, "WARNS": true, "ARGUED": true, "ARGUES": true, "INSISTED": true, "INSISTS": true, "STRESSED": true,
	"NOTED": true, "CLAIMED": true, "CLAIMS": true, "ASSERTED": true, "DECLARED": true, "EXPLAINED": true}

// finiteAux are auxiliaries that make a stretch of words a clause.
var finiteAux = map[string]bool{"IS": true, "ARE": true, "WAS": true, "WERE": true, "HAS": true, "HAVE": true, "HAD": true,
	"WILL": true, "WOULD": true, "CAN": true, "COULD": true, "SHOULD": true, "MAY": true, "MIGHT": true, "MUST": true, "DID": true, "DOES": true}

// speakerAfterComma: a speech tag at vs that closes a reported clause
// ("CLAUSE, NP said") has as its subject the words between the last
// comma (or closing quotation mark) and the verb, not an actor inside
// the clause before. It applies when the source is followed, not by a
// comma (an apposition: "Iran, which denied it, said"), but by a finite
// verb of its own before that comma ("the US … will be returned to the
// UK, Jack Straw told"). The new source is the last actor between the
// comma and the verb, or none ("…, his closest associate has told a US
// court"; "…, said Mr Kennedy").
func (st *state) speakerAfterComma(sent string, toks []token, ms []mention, inMention []int, src *mention, vs int) (*mention, bool) {
	c := -1
	for k := vs - 1; k >= src.end; k-- {
		if w := toks[k].up; w == "," || w == "\"" && k > 0 && toks[k-1].up == "," {
			c = k
			break
		}
	}
	if c >= 0 && src.end < len(toks) && toks[src.end].up == "," {
		// "… to assist Uganda, Ash Carter told a Senate panel": the
		// clause's last actor, no list with the speaker since
		// attributionAfter (trailingtag.go), is not the tag's speaker
		for k := range ms {
			if m := &ms[k]; m.end == vs && (m.start == src.end+1 || m.start == src.end+2 && toks[src.end+1].up == "THE") && !m.members[0].pronoun {
				return m, true
			}
		}
		return nil, false
	}
	if c < 0 || src.end >= len(toks) {
		return nil, false
	}
	tagged := st.tagged(sent, toks, inMention)
	verb := false
	for k := src.end; k < c; k++ {
		w := toks[k].up
		if w == "WHO" || w == "WHICH" || w == "WHOSE" || w == "\"" {
			return nil, false // a relative clause or a quotation inside the subject
		}
		if inMention[k] != 0 || strings.HasSuffix(w, "ING") {
			continue
		}
		if finiteAux[w] || tagged && st.trig.Tag(k) == "VERB" || !tagged && st.isVerbAt(toks, k) {
			verb = true
		}
	}
	if !verb {
		return nil, false
	}
	var speaker *mention
	for k := range ms {
		if ms[k].start > c && ms[k].end <= vs {
			speaker = &ms[k]
		}
	}
	return speaker, true
}

// spanWords after "a" or "an" make a span of time, not a description
// ("called him a day later", "called him an hour ago").
var spanWords = map[string]bool{"DAY": true, "WEEK": true, "MONTH": true, "YEAR": true, "FEW": true, "COUPLE": true,
	"HOUR": true, "MINUTE": true, "FORTNIGHT": true, "TIME": true, "SECOND": true, "NUMBER": true}

// namingComplement reports whether what follows a verb's object at token
// i describes the object ("called him a giant", "called him a \"giant\"",
// "called the UK's rebate from the EU \"unjustified\""): "a" or "an"
// before a quotation mark or a word that is no span of time, or an
// opening quotation mark, right after the object, or a quotation mark
// within eight words of the thing the object possesses.
func namingComplement(toks []token, inMention []int, i int) bool {
	if i < len(toks) && toks[i].up == "'S" {
		for k := i + 1; k < len(toks) && k <= i+8; k++ {
			if isQuote(toks[k].up) {
				return true
			}
			if clauseEnds[toks[k].up] {
				return false
			}
		}
		return false
	}
	if i >= len(toks) {
		return false
	}
	if isQuote(toks[i].up) {
		return true
	}
	return (toks[i].up == "A" || toks[i].up == "AN") && i+1 < len(toks) &&
		(isQuote(toks[i+1].up) || !toks[i+1].punct && !spanWords[toks[i+1].up])
}

// clauseEnds are the punctuation marks that end the search for a
// quotation after a possessed thing ("£3bn" and brackets do not).
var clauseEnds = map[string]bool{",": true, ".": true, ";": true, ":": true, "?": true, "!": true, "-": true, "\u2013": true, "\u2014": true}

func isQuote(s string) bool {
	return s == "\"" || s == "\u201c" || s == "'" || s == "\u2018"
}

// experiencers: participles of feeling whose passive subject is the one
// who feels ("was disappointed by", "dismayed by"): CAMEO codes the
// feeling's bearer as the source of its disapproval.
var experiencers = map[string]bool{"DISAPPOINTED": true, "DISCOURAGED": true, "DISHEARTENED": true, "DISMAYED": true, "SADDENED": true}

// objectCase reports whether a mention is an object pronoun ("him",
// "them", "her" as an object) not after "by": no verb's subject.
func objectCase(toks []token, m *mention) bool {
	if m.end-m.start != 1 || m.start >= len(toks) || m.start > 0 && toks[m.start-1].up == "BY" {
		return false
	}
	switch toks[m.start].up {
	case "HIM", "THEM":
		return true
	case "HER":
		return objectPronoun(toks, m.start)
	}
	return false
}

// venueAgent reports whether the mention starting at t is the agent of a
// participle that qualifies the venue of a statement: "at" or "to" after
// the verb, a noun, a participle in -ed and "by" (a determiner may come
// between) right before t ("speaking at a seminar organised by the EOC",
// "told a conference hosted by the UN"). The organiser is not whom the
// speaker addressed.
func venueAgent(toks []token, ve, t int) bool {
	b := t - 1
	if b > ve && determiners[toks[b].up] {
		b--
	}
	if b < ve+3 || toks[b].up != "BY" || !strings.HasSuffix(toks[b-1].up, "ED") || toks[b-1].capital {
		return false
	}
	for k := ve; k < b-1; k++ {
		if w := toks[k].up; w == "AT" || w == "TO" {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}
