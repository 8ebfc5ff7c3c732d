package pos

import (
	"fmt"
	"strings"

	"dyad/internal/code"
)

// Gate is the event coder's part-of-speech gate (a code.Tagger): before
// a verb pattern is matched, a trigger word the tagger does not take for a
// verb in its sentence ("the Lisbon targets", "the EU's hit list", "the
// talks") is passed over, so the clause's real verb can still be coded.
// The sentence's actor words are given to the tagger as nouns. A sentence
// is tagged once, on its first dictionary verb.
type Gate struct{ m *Model }

// NewGate returns the gate with the built-in model.
func NewGate() (*Gate, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	return &Gate{m: m}, nil
}

// Name is "pos".
func (g *Gate) Name() string { return "pos" }

// Article checks nothing after coding: the gate works before matching
// (Triggers).
func (g *Gate) Article(string) (code.ArticleGate, string) { return nil, "" }

// Triggers returns a checker for one goroutine's sentences.
func (g *Gate) Triggers() code.TriggerChecker { return &checker{m: g.m} }

type checker struct {
	m       *Model
	words   []string
	nouns   []bool
	hinted  bool   // hverbs, htags are this sentence's
	plain   bool   // verbs is this sentence's
	verbs   []bool // without hints
	hverbs  []bool // with the actors as nouns
	htags   []Tag
	scratch []Tag
}

func (a *checker) Sentence(words []string, nouns []bool) {
	a.words, a.nouns, a.hinted, a.plain = words, nouns, false, false
}

// Verb: tagged VERB with the actors as nouns.
func (a *checker) Verb(i int) bool {
	if i < 0 || i >= len(a.words) {
		return false
	}
	a.hint()
	return a.hverbs[i]
}

// Tag: the tag with the actors as nouns.
func (a *checker) Tag(i int) string {
	if i < 0 || i >= len(a.words) {
		return ""
	}
	a.hint()
	return a.htags[i].String()
}

func (a *checker) hint() {
	if !a.hinted {
		a.hinted = true
		a.hverbs, a.htags = a.m.verbs(a.words, a.nouns, a.hverbs, a.htags)
	}
}

// Trigger: a verb when tagged with the actors as nouns, or without them;
// else an event noun (eventNoun).
func (a *checker) Trigger(i int) string {
	if i < 0 || i >= len(a.words) {
		return ""
	}
	a.hint()
	if a.participleAdj(i) {
		return fmt.Sprintf("%q is not a verb here (a participle between %q and a noun: an adjective)", a.words[i], a.words[i-1])
	}
	if a.hverbs[i] && a.pluralBefore(i) && !a.eventNoun(i) {
		return fmt.Sprintf("%q is not a verb here (after the plural noun %q: a compound noun)", a.words[i], a.words[i-1])
	}
	if a.ingAdjective(i) {
		return fmt.Sprintf("%q is not a verb here (before a noun and after no subject, be or verb's preposition: an adjective)", a.words[i])
	}
	if a.afterPossessive(i) && !a.eventNoun(i) {
		return fmt.Sprintf("%q is not a verb here (after the possessive %q: a noun)", a.words[i], a.words[i-1])
	}
	if a.hverbs[i] && a.afterPossessiveName(i) && !a.eventNoun(i) {
		return fmt.Sprintf("%q is not a verb here (a base form after a possessive and a name: a noun)", a.words[i])
	}
	if a.hverbs[i] && a.afterDeterminer(i) && !a.eventNoun(i) {
		return fmt.Sprintf("%q is not a verb here (after the determiner %q: a noun)", a.words[i], a.words[i-1])
	}
	if a.hverbs[i] && a.afterQuantifier(i) && !a.eventNoun(i) {
		return fmt.Sprintf("%q is not a verb here (a base form in a noun phrase opened by a quantifier: a noun)", a.words[i])
	}
	if a.hverbs[i] && a.insidePrepPhrase(i) && !a.eventNoun(i) {
		return fmt.Sprintf("%q is not a verb here (a noun phrase after the preposition %q, with no determiner: a compound noun)", a.words[i], a.words[i-2])
	}
	if a.afterOfPhrase(i) {
		return fmt.Sprintf("%q is not a verb here (a base form in the noun phrase after \"of\": a noun)", a.words[i])
	}
	if a.hverbs[i] && a.coordinatedAdj(i) {
		return fmt.Sprintf("%q is not a verb here (a participle after %q and an adjective's noun, before a noun: an adjective)", a.words[i], a.words[i-1])
	}
	if a.hverbs[i] && a.nameModifier(i) {
		return fmt.Sprintf("%q is not a verb here (a base form after the singular name %q and before a preposition: a noun)", a.words[i], a.words[i-1])
	}
	if a.hverbs[i] {
		return ""
	}
	if !a.plain {
		a.plain = true
		a.verbs, a.scratch = a.m.verbs(a.words, nil, a.verbs, a.scratch)
	}
	if a.verbs[i] || a.eventNoun(i) || pastOnly[strings.ToLower(a.words[i])] || emphaticDo(a.words, i) || a.headlineVerb(i) || a.perfectHyphen(i) {
		return ""
	}
	return fmt.Sprintf("%q is not a verb here (part-of-speech tagger: %v)", a.words[i], a.htags[i])
}

// pluralBefore: the word at i, a present verb in -s ("deals", "targets"),
// follows a lower-case plural common noun ("weapons deals with Pakistan",
// "arms sales to Iran"): a plural subject takes no -s verb, so the two
// are a compound noun. Nouns plural in form but singular in use (news,
// politics, series, headquarters) and -ss, -us, -is endings (crisis,
// status) are no plural; a capitalised word may be a name ("the United
// Nations says").
func (a *checker) pluralBefore(i int) bool {
	if i < 1 || a.htags[i-1] != NOUN || (a.nouns != nil && a.nouns[i-1]) {
		return false
	}
	w, prev := a.words[i], a.words[i-1]
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || prev == "" || prev[0] < 'a' || prev[0] > 'z' {
		return false
	}
	if !strings.HasSuffix(prev, "s") || singularS[prev] {
		return false
	}
	for _, end := range []string{"ss", "us", "is", "ics", "'s"} {
		if strings.HasSuffix(prev, end) {
			return false
		}
	}
	return true
}

// nameModifier: the word at i, a lower-case base form (no -s, -ed or
// -ing; no irregular past, "said", "met", nor one whose past is the
// same, "cut", "hit"), follows one
// capitalised actor word that is no plural ("EU", "Kenyan"; not
// "Kenyans") and that opens the sentence or follows "the", "a", "an" or
// a possessive or a past verb in -ed that takes no base form after its
// object ("affected Japanese travel into"; not "helped"), and a
// preposition follows it ("the EU embargo on arms",
// "Japanese travel into Australia"): a singular subject takes a verb in
// -s, so the name qualifies a noun. A list before the name ("Kenya and
// Uganda sign") is a plural subject and is left alone.
func (a *checker) nameModifier(i int) bool {
	if i < 1 || i+1 >= len(a.words) || a.nouns == nil || !a.nouns[i-1] || a.htags[i+1] != ADP {
		return false
	}
	w, prev := a.words[i], a.words[i-1]
	if w == "" || w[0] < 'a' || w[0] > 'z' || prev == "" || prev[0] < 'A' || prev[0] > 'Z' || strings.HasSuffix(prev, "s") {
		return false
	}
	for _, end := range []string{"s", "ed", "ing"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	if samePast[w] || pastOnly[w] || irregularPast[w] {
		return false
	}
	if i == 1 || nameOpeners[strings.ToLower(a.words[i-2])] {
		return true
	}
	before := strings.ToLower(a.words[i-2])
	return a.htags[i-2] == VERB && strings.HasSuffix(before, "ed") && !bareInfinitiveVerbs[before]
}

// bareInfinitiveVerbs take an object and a base form ("helped Kenya
// trade with Uganda"): after them the name may be that verb's subject.
var bareInfinitiveVerbs = map[string]bool{"helped": true, "watched": true, "heard": true, "noticed": true,
	"observed": true, "felt": true, "sensed": true}

// afterPossessive: the lower-case word at i follows a possessive ("a
// finance ministers' meeting", "Kenya's attack on"): the thing owned, a
// noun. After "'s", which may be "is" or "has" ("Kenya's attacking",
// "Kenya's sent troops"), only a form in no -ed or -ing and no irregular
// past. A meeting noun before its other party and a noun a light verb
// governs stay the event (eventNoun, checked by the caller).
func (a *checker) afterPossessive(i int) bool {
	if i < 1 {
		return false
	}
	w, prev := a.words[i], strings.ReplaceAll(a.words[i-1], "’", "'")
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	if strings.HasSuffix(prev, "s'") || prev == "'" && i > 1 && strings.HasSuffix(a.words[i-2], "s") {
		return true
	}
	if !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "'S") {
		return false
	}
	lw := strings.ToLower(w)
	return !strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "ing") && !pastOnly[lw] && !irregularPast[lw] && !samePast[lw]
}

// ingAdjective: "leading", "ruling", "governing", "opposing",
// "neighbouring" or "serving" right before a noun, an adjective or an actor word
// ("the index of leading UK shares", "said leading ministers ended",
// "other leading agencies") is an adjective: not after a noun or pronoun
// that may be its subject ("the Conservatives leading with"), a form of
// "be" ("is leading"), or a preposition that follows a verb ("accused of
// leading rebels": a gerund).
func (a *checker) ingAdjective(i int) bool {
	if i < 1 || i+1 >= len(a.words) || !ingAdjectives[a.words[i]] {
		return false
	}
	if t := a.htags[i+1]; t != NOUN && t != ADJ && !(a.nouns != nil && a.nouns[i+1]) {
		return false
	}
	prev := strings.ToLower(a.words[i-1])
	if beWords[prev] || prev == "'s" || a.htags[i-1] == NOUN || a.htags[i-1] == PRON || a.nouns != nil && a.nouns[i-1] {
		return false
	}
	return a.htags[i-1] != ADP || i < 2 || a.htags[i-2] != VERB
}

// ingAdjectives are -ing forms used as adjectives before a noun.
var ingAdjectives = map[string]bool{"leading": true, "ruling": true, "governing": true, "opposing": true, "neighbouring": true,
	"serving": true}

// irregularPast are simple-past forms in no -ed that may also be a
// participle or a noun ("Kenya said on Monday", "Kenya met with").
var irregularPast = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`said met made led won came saw found got heard meant felt ran became rose fell grew
		knew shot left lost spent lent built sat hung fed laid hid bound did had was were ate drove rode woke wore`) {
		irregularPast[w] = true
	}
}

// nameOpeners open a noun phrase whose first word is a name.
var nameOpeners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// samePast are verbs whose simple past is their base form ("Kenya cut
// ties with Uganda").
var samePast = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`put cut hit set beat spread cast shut quit bid hurt let cost read split burst thrust
		upset broadcast forecast bet rid shed fit outbid overbid reset offset`) {
		samePast[w] = true
	}
}

// participleAdj: the word at i, a lower-case -ed participle, comes right
// after a preposition or a determiner and right before a noun, an
// adjective or "former" ("the company founded by assassinated former prime minister
// Rafik Hariri", "the release of detained journalists", "the jailed
// opposition leader"): an adjective inside a noun phrase, no verb.
func (a *checker) participleAdj(i int) bool {
	if i < 1 || i+1 >= len(a.words) {
		return false
	}
	w := a.words[i]
	if len(w) < 4 || !strings.HasSuffix(w, "ed") || w[0] < 'a' || w[0] > 'z' || !adjOpeners[strings.ToLower(a.words[i-1])] {
		return false
	}
	t, next := a.htags[i+1], strings.ToLower(a.words[i+1])
	return t == NOUN || t == ADJ || a.nouns != nil && a.nouns[i+1] || next == "former" || next == "late"
}

// adjOpeners are prepositions and determiners that open a noun phrase.
var adjOpeners = map[string]bool{"by": true, "of": true, "for": true, "with": true, "from": true, "about": true,
	"against": true, "the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true}

// singularS are nouns that end in -s but take a singular verb.
var singularS = map[string]bool{"news": true, "series": true, "species": true, "means": true, "headquarters": true,
	"whereabouts": true, "gas": true, "bias": true, "lens": true, "alias": true, "canvas": true, "atlas": true}

// pastOnly are irregular simple-past forms that are no noun or
// adjective ("UN chief withdrew peacekeepers": the tagger read a noun).
var pastOnly = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`withdrew overran overthrew overtook undertook took gave went began spoke wrote threw
		flew drew fought sought broke chose froze shook stole swore tore forbade forgave forgot blew brought bought caught
		taught told sold held sent kept struck sank stood understood fled dealt paid swept`) {
		pastOnly[w] = true
	}
}

// lightVerbs take an event noun as their object: "held talks with",
// "sent emergency supplies to", "voiced hope that".
var lightVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`hold holds held holding launch launches launched launching carry carries carried
		conduct conducts conducted make makes made making give gives gave giving send sends sent sending provide provides
		provided providing deliver delivers delivered offer offers offered offering pledge pledges pledged earmark
		earmarks earmarked announce announces announced sign signs signed resume resumes resumed begin begins began
		start starts started voice voices voiced express expresses expressed stage stages staged mount mounts mounted
		open opens opened extend extends extended grant grants granted continue continues continued`) {
		lightVerbs[w] = true
	}
}

// intentAdj announce an act ("ready to", "willing to"); meetingNouns name
// a meeting or visit with its other party after a preposition.
var (
	intentAdj    = map[string]bool{"ready": true, "willing": true, "prepared": true, "eager": true, "determined": true}
	meetingNouns = map[string]bool{"meeting": true, "meetings": true, "talks": true, "visit": true, "visits": true,
		"trip": true, "summit": true, "negotiations": true, "conversation": true, "call": true, "consultations": true}
)

var beWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "'re": true, "'s": false}

// eventNoun: a trigger the tagger took for a noun still names the event
// when a light verb governs it ("held talks", "sent emergency aid") or
// when it is an -ing form after a form of "be" ("are striking").
func (a *checker) eventNoun(i int) bool {
	w := strings.ToLower(a.words[i])
	if i > 0 && strings.HasSuffix(w, "ing") && beWords[strings.ToLower(a.words[i-1])] {
		return true
	}
	next := ""
	if i+1 < len(a.words) {
		next = strings.ToLower(a.words[i+1])
	}
	if intentAdj[w] && next == "to" {
		return true // "China is ready to strengthen cooperation": the coder's intent rule
	}
	if meetingNouns[w] && (next == "with" || next == "between" || next == "to" && !a.infinitive(i+1) || next == "among") && !a.ownerlessSubject(i) {
		return true // "a virtual meeting with Putin", "Putin's visit to Beijing"
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if lightVerbs[strings.ToLower(a.words[k])] {
			return true
		}
		if t := a.htags[k]; t != ADJ && t != NOUN && t != DET && t != NUM && t != CONJ && a.words[k] != "," {
			return false
		}
	}
	return false
}

// ownerlessSubject: a meeting noun that opens its own clause after "and"
// or a comma, with no owner before it, and whose phrase ("talks with
// Russia and Saudi Arabia") a verb follows ("have been taking place") is
// that verb's subject: the sentence does not say who meets, and the actor
// of the clause before it ("China's admission … took 15 years and talks
// with Russia …") is not its party. Only a light verb before it ("and
// held talks with") still makes it the event.
func (a *checker) ownerlessSubject(i int) bool {
	k := i - 1
	for k >= 0 && (a.htags[k] == ADJ || a.htags[k] == DET) {
		k--
	}
	if k < 0 || !(strings.EqualFold(a.words[k], "and") || a.words[k] == ",") {
		return false
	}
	for j := i + 2; j < len(a.words); j++ {
		switch t := a.htags[j]; {
		case t == VERB:
			return true
		case t == NOUN || t == DET || t == ADJ || t == NUM || t == PRT || strings.EqualFold(a.words[j], "and"):
		default:
			return false
		}
	}
	return false
}

// emphaticDo reports whether the trigger at i follows "does" or "did",
// which take a verb's base form ("the commission does urge parties to
// …", "Kenya did send troops"): the tagger may read the base form as an
// adjective or a noun there.
func emphaticDo(words []string, i int) bool {
	if i == 0 || comparatives[strings.ToLower(words[i])] {
		return false
	}
	switch strings.ToLower(words[i-1]) {
	case "does", "did":
		return true
	}
	return false
}

// comparatives after "does" or "did" say how well, not what was done
// ("Sanders did best with men", "Murphy does better than Grayson").
var comparatives = map[string]bool{"best": true, "better": true, "worse": true, "worst": true, "well": true,
	"badly": true, "poorly": true, "likewise": true, "so": true}

// headlineVerb: the word at i, a capitalised present verb in -s
// ("Lifts"), comes right after a capitalised actor name ("U.S.") and right
// before a capitalised noun, adjective or determiner, as title-case
// headlines write ("U.S. Lifts Travel Ban to Lebanon"): the tagger reads
// the name and the word as a compound noun, but a plural noun is not
// followed by its own object. In running text ("Soviet arms negotiators",
// "NATO allies today") the word stays the tagger's.
func (a *checker) headlineVerb(i int) bool {
	if i < 1 || i+1 >= len(a.words) || a.nouns == nil || !a.nouns[i-1] || (i+1 < len(a.nouns) && a.nouns[i+1]) {
		return false
	}
	w, prev, next := a.words[i], a.words[i-1], a.words[i+1]
	if !capitalised(prev) || !capitalised(w) || !capitalised(next) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") {
		return false
	}
	switch a.htags[i+1] {
	case NOUN, ADJ, DET:
		return true
	}
	return false
}

// capitalised reports whether w begins with a capital letter.
func capitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// infinitive reports whether the "to" at i opens an infinitive: a verb
// follows it ("talks to bring Turkey into the EU": the talks' purpose,
// not their other party, as in "a visit to Beijing").
func (a *checker) infinitive(i int) bool {
	return i+1 < len(a.words) && a.htags[i+1] == VERB
}

// afterDeterminer: the word at i follows "a", "an" or "the", or "one"
// after a preposition ("in one hit"): a determiner opens a noun phrase,
// and no verb follows it.
func (a *checker) afterDeterminer(i int) bool {
	if i < 1 {
		return false
	}
	switch strings.ToLower(a.words[i-1]) {
	case "a", "an", "the":
		return true
	case "one":
		return i >= 2 && a.htags[i-2] == ADP && !subordinators[strings.ToLower(a.words[i-2])]
	}
	return false
}

// subordinators are words the tagger may tag as prepositions that can
// open a clause ("after one attacked").
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "as": true,
	"than": true, "that": true, "because": true, "while": true, "if": true, "though": true, "although": true}

// afterPossessiveName: the lower-case word at i, a base form (no -s, -ed
// or -ing, no irregular past), follows one or more capitalised words that
// follow a possessive ("missing Monday's Commons vote on the bill",
// "the government's Iraq policy"): the name qualifies the thing owned,
// a noun. A name's verb after it would take -s ("Kenya's President Moi
// says").
func (a *checker) afterPossessiveName(i int) bool {
	k := i - 1
	for k > 0 && capitalised(a.words[k]) && a.htags[k] == NOUN {
		k--
	}
	if k == i-1 || k < 1 {
		return false
	}
	p := strings.ReplaceAll(a.words[k], "’", "'")
	if p != "'s" && p != "'" && !strings.HasSuffix(p, "'s") && !strings.HasSuffix(p, "s'") {
		return false
	}
	if strings.HasSuffix(a.words[i-1], "s") && !timePossessor(a.words[:k+1]) {
		return false // "Thatcher's Conservatives lead": a plural name, the subject
	}
	w := a.words[i]
	if w == "" || w[0] < 'a' || w[0] > 'z' || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	return !pastOnly[w] && !irregularPast[w] && !samePast[w]
}

// timePossessor reports whether the possessive ending words names a
// time ("Monday's", "yesterday's", "last week's"): what it owns is an
// event or a thing, never a subject that acts.
func timePossessor(words []string) bool {
	n := len(words)
	if n == 0 {
		return false
	}
	w := strings.ToLower(words[n-1])
	if (w == "'s" || w == "'") && n > 1 {
		w = strings.ToLower(words[n-2])
	}
	w = strings.TrimSuffix(strings.TrimSuffix(strings.ReplaceAll(w, "’", "'"), "'s"), "'")
	return timeNouns[w]
}

// timeNouns name days and spans of time.
var timeNouns = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tomorrow": true, "tonight": true,
	"week": true, "month": true, "year": true, "weekend": true}

// coordinatedAdj: the word at i, a lower-case -ed participle, follows
// "and" or "or" after an adjective and its noun that open a noun phrase
// (after a preposition, a determiner or "as"), and comes right before a
// noun ("such as lower taxes and controlled immigration"): the two are
// coordinated noun phrases, the participle an adjective. A verb's object
// before "and" ("entered rural towns and controlled borders") has a verb
// before it, no opener.
func (a *checker) coordinatedAdj(i int) bool {
	if i < 4 || i+1 >= len(a.words) {
		return false
	}
	w, conj := a.words[i], strings.ToLower(a.words[i-1])
	if len(w) < 4 || !strings.HasSuffix(w, "ed") || w[0] < 'a' || w[0] > 'z' || conj != "and" && conj != "or" {
		return false
	}
	if t := a.htags[i+1]; t != NOUN || a.nouns != nil && a.nouns[i+1] {
		return false
	}
	if a.htags[i-2] != NOUN || a.htags[i-3] != ADJ {
		return false
	}
	k := i - 4
	for k >= 0 && a.htags[k] == ADJ {
		k--
	}
	if k < 0 {
		return false
	}
	o := strings.ToLower(a.words[k])
	return adjOpeners[o] || o == "as" || o == "like"
}

// insidePrepPhrase: the word at i, a lower-case present form in -s,
// follows one or two lower-case common nouns or adjectives that follow a
// preposition directly, with no determiner ("for non-emergency phone
// calls to police"): a subject is no part of a prepositional phrase, so
// the words are one compound noun. "to" may open an infinitive, and
// subordinators open clauses; they are not counted.
func (a *checker) insidePrepPhrase(i int) bool {
	w := a.words[i]
	if i < 2 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	k := i - 1
	for n := 0; n < 2 && k > 0 && (a.htags[k] == NOUN || a.htags[k] == ADJ) && !capitalised(a.words[k]) && !(a.nouns != nil && a.nouns[k]); n++ {
		k--
	}
	if k == i-1 || a.htags[k] != ADP {
		return false
	}
	p := strings.ToLower(a.words[k])
	return p != "to" && !subordinators[p]
}
