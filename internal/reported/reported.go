// Package reported is the event coder's reported-speech gate: in "X said
// Y attacked Z" the attack is X's claim, not a fact the reporter states,
// so Y→Z codes nothing; X's own act (the coder's accusation, X 112 Y, or
// X's statement) stays, and so does an act the reporting verb presents as
// fact ("confirmed", "acknowledged", "admitted") or one the speaker
// reports of itself ("Iran said it would talk to Iraq").
//
// The embedded event is found by position: a reporting verb ("said",
// "claimed", "alleged", "according to" …) before the event's source, with
// the event's source not a pronoun that refers back to the speaker, or the
// event's verb inside a quotation whose speaker is named after it
// ("'Israel attacked Syria,' Iran said"). Gate implements code.Gate; the
// quote and speaker machinery of package extract is not used or changed.
package reported

import (
	"strings"

	"dyad/internal/code"
	"dyad/internal/news"
	"dyad/internal/pos"
)

// Options switch parts off or on, to measure each. The zero value is the
// default: claims and quotations on, "according to" off (on the real-news
// evaluation it changed nothing on the dev gold and dropped two right
// events of nine on cameo-human: reporters attribute facts that way too).
type Options struct {
	NoClaims, NoQuotes, NoTopic bool
	AccordingTo                 bool
}

// Gate is the reported-speech gate.
type Gate struct{ o Options }

// New returns the gate.
func New(o Options) *Gate { return &Gate{o: o} }

// Name is "reported".
func (g *Gate) Name() string { return "reported" }

// Article returns the per-article checker.
func (g *Gate) Article(string) (code.ArticleGate, string) { return &article{g: g}, "" }

type article struct {
	g    *Gate
	sent string
	toks []pos.Token
	up   []string
}

func (a *article) Sentence(string) string { return "" }

var (
	// reporting verbs that leave the truth of what follows to the speaker
	claimVerbs = set("SAID", "SAYS", "SAY", "CLAIMED", "CLAIMS", "CLAIM", "ALLEGED", "ALLEGES", "ALLEGE",
		"ACCUSED", "ACCUSES", "TOLD", "INSISTED", "INSISTS", "ARGUED", "ARGUES",
		"SUGGESTED", "SUGGESTS", "BELIEVES", "BELIEVED", "THINKS", "THOUGHT", "FEARS", "FEARED", "ASSERTED",
		"ASSERTS", "CHARGED", "CHARGES", "MAINTAINED", "MAINTAINS", "SUSPECTS", "SUSPECTED", "ADDED",
		"STATED", "DECLARED", "WROTE", "COMPLAINED", "COMPLAINS", "WARNED", "WARNS", "BLAMED")
	// reporting verbs that present what follows as fact (a report of the
	// media, "Russian media reported that …", counts as the reporter's fact)
	factVerbs = set("REPORTED", "REPORTS", "CONFIRMED", "CONFIRMS", "ACKNOWLEDGED", "ACKNOWLEDGES", "ADMITTED", "ADMITS", "REVEALED",
		"REVEALS", "SHOWED", "SHOWS", "NOTED", "NOTES", "RECALLED", "RECALLS")
	sayVerbs   = set("SAID", "SAYS", "SAY", "SAYING", "ADDED", "ADDS", "STRESSED", "STRESSES", "ARGUED", "ARGUES", "INSISTED", "INSISTS")
	selfWords  = set("IT", "HE", "SHE", "THEY", "WE", "I", "ITS", "HIS", "HER", "THEIR", "OUR")
	clauseOpen = set("BUT", "WHILE", "WHEREAS", "AFTER", "BEFORE", "BECAUSE", "ALTHOUGH", "THOUGH", "WHEN", "SINCE")
	quoteMark  = set("\"", "“", "”", "„", "«", "»")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func (a *article) Event(sent string, ev *news.Event) string {
	if len(ev.Evidence) == 0 || ev.Evidence[0].VerbSpan == nil || ev.Evidence[0].SourceSpan == nil {
		return ""
	}
	if sent != a.sent {
		a.sent, a.toks = sent, pos.Split(sent)
		a.up = a.up[:0]
		for _, t := range a.toks {
			a.up = append(a.up, strings.ToUpper(t.Text))
		}
	}
	e := ev.Evidence[0]
	v, s := index(a.toks, e.VerbSpan.Start), index(a.toks, e.SourceSpan.Start)
	if v < 0 || s < 0 {
		return ""
	}
	if why := outlet(a.up, s, v, ev.Source.Code); why != "" {
		return why
	}
	t := -1
	if e.TargetSpan != nil {
		t = index(a.toks, e.TargetSpan.Start)
	}
	if why := OwnSubject(a.up, s, v, t, ev.CAMEO); why != "" {
		return why
	}
	if why := reverseOwnSubject(a.up, s, v, t, ev.CAMEO); why != "" {
		return why
	}
	if e.TargetSpan != nil && !a.g.o.NoTopic {
		if t := index(a.toks, e.TargetSpan.Start); t > v {
			if why := Topic(a.up, v, t, ev.CAMEO); why != "" {
				return why
			}
			if why := Claimed(a.up, v, t, ev.CAMEO); why != "" {
				return why
			}
			if why := Asserted(a.up, v, t, indexAfter(a.toks, e.TargetSpan.End), ev.CAMEO); why != "" {
				return why
			}
		}
	}
	if e.TargetSpan != nil && WarnedState(a.up, v, t, indexAfter(a.toks, e.TargetSpan.End), ev.CAMEO) {
		ev.CAMEO = "012" // "warned Labour they were in danger of pandering": a pessimistic comment, no threat
	}
	if !a.g.o.NoClaims && ClaimedForce(a.up, s, v, ev.CAMEO) {
		ev.CAMEO = "015" // "the rebels claimed that they had attacked two army camps": a claim of responsibility
		return ""
	}
	return Judge(a.up, s, v, a.g.o)
}

// ClaimedForce reports whether an act of force (root 18 to 20) is one the
// speaker claims of itself ("the rebels claimed that they had attacked
// two army camps", selfClaim with a form of "claim", not "alleged"):
// the act is left to the speaker, but the claim is CAMEO's claim of
// responsibility (015) toward the one attacked, as "claimed
// responsibility for the attack on" is.
func ClaimedForce(up []string, s, v int, cameo string) bool {
	if len(cameo) < 2 || cameo[:2] != "18" && cameo[:2] != "19" && cameo[:2] != "20" {
		return false
	}
	why := selfClaim(up, s, v)
	return strings.Contains(why, "speaker claim") // claimed, claims, claim; not alleged
}

// Topic returns why a statement's target is only what was said about
// ("" when it is not): a statement (CAMEO 01x) whose target, at token t,
// follows "that" after its verb at token v ("Clinton said that Islamic
// State attacks on Christians were crimes": she spoke about the group, not to it).
// "X told Y that …" keeps Y, who comes before "that".
func Topic(up []string, v, t int, cameo string) string {
	if !strings.HasPrefix(cameo, "01") || !sayVerbs[up[v]] {
		return "" // an announcement carries its act ("announced that Habib will be released")
	}
	for k := v + 1; k < t && k <= v+6; k++ {
		if up[k] == "THAT" {
			return "reported speech: the statement's target is what it is about (after that), not whom it addressed"
		}
		if up[k] == "." || up[k] == ";" {
			break
		}
	}
	return ""
}

// claimForms are the forms of "claim" whose disapproval (CAMEO.2.0.txt
// CLAIM 110) takes as target the one the claim is about.
var claimForms = set("CLAIMED", "CLAIMS", "CLAIM", "CLAIMING")

// Claimed returns why the target of a claim is not what the claim is
// about ("" when it is): "Kenya claimed Uganda armed the rebels" is
// Kenya's disapproval of Uganda, the subject of what was claimed, right
// after the verb (or after "that" and a determiner); an actor further
// inside ("Kenya claimed it sought help in Uganda", "claimed, with some
// justification, that …") is only mentioned in it. A claim of
// responsibility or credit is no claim of something said but the act
// itself (015), whose target is the one the act it owns was done to:
// "Kenyan rebels claimed responsibility for the attack on the Ugandan
// embassy".
func Claimed(up []string, v, t int, cameo string) string {
	if !claimForms[up[v]] || !strings.HasPrefix(cameo, "11") && !strings.HasPrefix(cameo, "01") {
		return ""
	}
	if cameo == "015" && ownedAct(up, v) {
		return ""
	}
	for k := v + 1; k < t; k++ {
		switch up[k] {
		case "THAT", "THE", "A", "AN":
			continue
		}
		return "reported speech: a claim's target is the subject of what was claimed, not an actor further inside it"
	}
	return ""
}

// ownedWords are what a claim of responsibility claims.
var ownedWords = set("RESPONSIBILITY", "CREDIT")

// ownedAct says whether the claim verb at v claims responsibility or
// credit ("claimed responsibility for", "claimed full responsibility
// for", "claims credit for"): at most one word (an adjective) between.
func ownedAct(up []string, v int) bool {
	for k := v + 1; k < len(up) && k <= v+2; k++ {
		if ownedWords[up[k]] {
			return true
		}
	}
	return false
}

// assertForms are say-like verbs whose CAMEO.2.0.txt block gives an act
// toward the target (INSIST 100 demand, WARN 130 threaten, ARGUE and
// CONTEND 110 disapprove), by the code prefix that block gives.
var assertForms = map[string]string{
	"INSIST": "10", "INSISTS": "10", "INSISTED": "10", "INSISTING": "10",
	"WARN": "13", "WARNS": "13", "WARNED": "13", "WARNING": "13",
	"ARGUE": "110", "ARGUES": "110", "ARGUED": "110", "ARGUING": "110",
	"CONTEND": "110", "CONTENDS": "110", "CONTENDED": "110", "CONTENDING": "110",
}

var (
	// a preposition after the verb makes it the act: "insisted on", "warned
	// of", "warned against", "argued with", "argued against"
	assertPreps = set("ON", "UPON", "OF", "AGAINST", "ABOUT", "WITH", "FOR", "TO")
	finiteAux   = set("IS", "ARE", "WAS", "WERE", "HAS", "HAVE", "HAD", "WILL", "WOULD", "CAN", "COULD",
		"SHOULD", "MAY", "MIGHT", "MUST", "DID", "DOES", "DO", "'S")
	// a demand inside what was insisted: "insisted that Uganda must leave"
	deontic = set("MUST", "SHOULD", "OUGHT", "NEEDS", "NEED")
	// a condition inside a warning makes it a threat: "warned that it
	// would act if …"
	conditionWords = set("IF", "UNLESS", "OTHERWISE")
)

// Asserted returns why a demand, threat or disapproval coded from a
// say-like verb is only what the speaker asserted about its target ("" when
// it is not): "Kenya insisted that Uganda had broken the truce", "Kenya
// warned that Ugandan rebels were planning attacks", "Kenya argued that
// Uganda was committed to the plan" assert something of Uganda; nobody is
// asked, threatened or rebuked. The target is inside the verb's finite
// clause (after "that", or after the verb when no addressee comes first:
// insist and argue take none; warn's target is that clause's subject when
// a finite verb follows it, "warned the government would have to …"). It
// stays when the clause's subject is the speaker itself ("Kenya insists
// it is enforcing the sanctions against Uganda": its own stated conduct
// toward the target, as in Judge), when a preposition makes the verb the
// act ("insisted on", "warned of", "argued with"), when what was insisted
// is an obligation ("must", "should") and when a warning holds a
// condition ("if", "unless").
func Asserted(up []string, v, t, te int, cameo string) string {
	pre, ok := assertForms[up[v]]
	if !ok || t <= v || !strings.HasPrefix(cameo, pre) || v+1 >= len(up) {
		return ""
	}
	if p := v + 1; assertPreps[up[p]] || strings.HasSuffix(up[p], "LY") && p+1 < len(up) && assertPreps[up[p+1]] {
		return "" // "argued vociferously against"
	}
	c := -1 // the clause's first word
	for k := v + 1; k < t && k <= v+8; k++ {
		if up[k] == "THAT" {
			c = k + 1
			break
		}
		if up[k] == ";" || up[k] == "." || quoteMark[up[k]] {
			return ""
		}
	}
	if c < 0 {
		if pre != "13" {
			c = v + 1
		} else if (t == v+1 || t == v+2 && up[v+1] == "THE") && te < len(up) && finiteAux[up[te]] {
			c = v + 1 // "warned the government would have to …"
		} else {
			return "" // "warned Uganda that …", "warned Uganda to …": an addressee
		}
	}
	if c >= len(up) || selfWords[up[c]] {
		return ""
	}
	if pre == "10" && t == c+boolInt(up[c] == "THE") && subjunctive(up, te) {
		return "" // "insisted that the EU comply with the ruling": a demand
	}
	for k := c; k < len(up) && k <= max(te, t)+6; k++ {
		w := up[k]
		if w == ";" || w == "." {
			break
		}
		if pre == "10" && deontic[w] || pre == "13" && conditionWords[w] {
			return ""
		}
	}
	return "reported speech: " + strings.ToLower(up[v]) + " that …: the speaker asserts this of the target; no demand, threat or disapproval of it"
}

// notBare: words after a subject that are no bare verb.
var notBare = set("THE", "A", "AN", "AND", "OR", "BUT", "OF", "IN", "ON", "AT", "TO", "FOR", "WITH", "BY", "FROM",
	"THAT", "WHICH", "WHO", "NOT", "ALSO", "STILL", "NOW", "THEN", "ALREADY", "NEVER", "JUST", "EVEN", "ONLY", "AS")

// subjunctive says whether the word at k, right after a singular subject
// that ends before it, is a bare verb: "that the EU comply", "that Uganda
// withdraw" (a plural subject's present, "voters face", is not told apart
// from the indicative and does not count).
func subjunctive(up []string, k int) bool {
	if k <= 0 || k >= len(up) {
		return false
	}
	w, subj := up[k], up[k-1]
	if len(w) < 3 || finiteAux[w] || notBare[w] || strings.HasSuffix(subj, "S") && len(subj) > 3 {
		return false
	}
	for _, suf := range []string{"S", "ED", "ING"} { // not "LY": comply, apply, rely
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// OwnSubject returns why a speaker taken as the source of a verb in what
// it said is not that verb's agent ("" when it may be): "A Kenyan
// newspaper claimed that the firms had held talks with Ugandan
// regulators" (the firms held them, no actor; the paper only claimed
// it), "By doing so, he said, the firm had intended to attack Uganda".
// The source at token s comes before a reporting verb, which comes
// before the event's verb at v; the reported clause's first word (after
// a comma or "that") is its subject. It stays when that subject is the
// speaker itself ("Kenya said it would meet Uganda"), the event's target
// at t ("Kenya said Uganda had failed": the speaker's judgement of it),
// a quotation, or no clause ("is believed to have agreed"). A judgement
// (111, 112, 051) is the speaker's only when its target is that subject:
// "has suggested that Mr Otieno is implicating Uganda" is Otieno's
// accusation, not the speaker's; after "told" (whose addressee comes
// before the clause) a judgement stays the speaker's.
func OwnSubject(up []string, s, v, t int, cameo string) string {
	if s < 0 || v <= s+1 {
		return ""
	}
	judged := cameo == "111" || cameo == "112" || cameo == "051"
	if say, _ := code.SayCoordinated(up, v); say > s && code.SayVerbal(cameo) {
		return "" // "said the talks would go on, and praised Uganda": the speaker's own act
	}
	k := -1
	for j := v - 1; j > s && j >= v-12; j-- {
		if up[j] == "." || up[j] == ";" {
			return ""
		}
		if claimVerbs[up[j]] || sayVerbs[up[j]] {
			k = j
			break
		}
	}
	if k < 0 || judged && (up[k] == "TOLD" || up[k] == "TELLS" || up[k] == "TELL") {
		return ""
	}
	c := k + 1
	for c < v && (up[c] == "," || up[c] == "THAT" || timeWords[up[c]] || strings.HasSuffix(up[c], "LY") ||
		pressWords[up[c]] && (up[k] == "TOLD" || up[k] == "TELLS" || up[k] == "TELL")) {
		c++ // "said yesterday its troops …", "whom he said recently spoke", "told reporters …"
	}
	if c >= v || selfWords[up[c]] || quoteMark[up[c]] || up[c] == ":" || up[c] == "TO" || clauseless[up[c]] || c == t || t == c+1 && articleWords[up[c]] ||
		up[c] == "THE" && c+1 < v && ownBodies[up[c+1]] {
		return "" // "Knox said the bank was eager to finance …": the speaker's own body
	}
	return "reported speech: what " + strings.ToLower(up[k]) + " has its own subject; the speaker is not the one who acts"
}

// reverseOwnSubject is OwnSubject for an event whose target stands before
// the verb and whose source after it (the reverse of a mutual act, or a
// passive's agent): "A Kenyan newspaper claimed that the firms will merge
// and have held discussions with Ugandan regulators" codes no Ugandan
// talks with the paper, which only claimed them, as it codes none of the
// paper's with the regulators.
func reverseOwnSubject(up []string, s, v, t int, cameo string) string {
	if t < 0 || t >= v || s <= v {
		return ""
	}
	return OwnSubject(up, t, v, s, cameo)
}

var (
	articleWords = set("THE", "A", "AN")
	timeWords    = set("YESTERDAY", "TODAY", "TONIGHT", "TOMORROW", "NOW", "ALSO", "AGAIN", "EARLIER", "LATER",
		"LAST", "NEXT", "THIS", "ON", "WEEK", "MONTH", "YEAR", "NIGHT", "MORNING", "AFTERNOON", "EVENING",
		"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
	pressWords = set("REPORTERS", "JOURNALISTS", "NEWSMEN", "CORRESPONDENTS")
	// "the government", "the bank" after its own official's reporting
	// verb is the speaker's body
	ownBodies = set("GOVERNMENT", "ADMINISTRATION", "MINISTRY", "DEPARTMENT", "BANK", "FUND", "COMMISSION",
		"COMMUNITY", "COMPANY", "GROUP", "PARTY", "AGENCY", "COUNCIL", "ARMY", "MILITARY", "ORGANISATION",
		"ORGANIZATION", "UNION", "OFFICE", "CABINET", "COMMITTEE", "PANEL", "BOARD")
	// a phrase, not a clause, after the reporting verb: "said following
	// two days of talks with …", "told reporters at a briefing …"
	clauseless = set("AT", "IN", "FROM", "WITH", "BY", "FOR", "AS", "AFTER", "BEFORE", "DURING", "FOLLOWING",
		"WHILE", "WHEN", "UNTIL", "SINCE", "AMID", "OVER", "UNDER", "AGAINST")
)

// indexAfter is the first token starting at or after end (len(toks) if
// none).
func indexAfter(toks []pos.Token, end int) int {
	for i, t := range toks {
		if t.Start >= end {
			return i
		}
	}
	return len(toks)
}

func index(toks []pos.Token, start int) int {
	for i, t := range toks {
		if t.Start == start {
			return i
		}
	}
	return -1
}

// Judge returns why an event whose source starts at token s and whose
// verb is token v is only reported speech ("" when it is not). up holds
// the sentence's upper-case tokens.
func Judge(up []string, s, v int, o Options) string {
	first := min(s, v)
	if !o.NoClaims {
		if why := selfClaim(up, s, v); why != "" {
			return why
		}
	}
	if !o.NoClaims && !selfWords[up[s]] {
		// a reporting verb shortly before the event ("Iran claimed on
		// Friday that Israel …")
		for k := first - 1; k >= 0 && k >= first-8; k-- {
			w := up[k]
			if w == ";" || w == "." || quoteMark[w] || clauseOpen[w] || w == "AND" && k > 0 && up[k-1] == "," {
				break
			}
			if factVerbs[w] {
				return ""
			}
			if claimVerbs[w] {
				return "reported speech: the act is what the speaker " + strings.ToLower(w) + ", not stated as fact"
			}
		}
	}
	if o.AccordingTo {
		for k := 0; k+1 < len(up); k++ {
			if up[k] == "ACCORDING" && up[k+1] == "TO" && (k+2 < s || k > v) {
				return "reported speech: according to a source, not stated as fact"
			}
		}
	}
	if !o.NoQuotes && !selfWords[up[s]] {
		// the verb inside a quotation, the speaker after it
		open := -1
		for k := 0; k < len(up); k++ {
			if !quoteMark[up[k]] {
				continue
			}
			if open < 0 {
				open = k
				continue
			}
			if open < v && v < k {
				for j := k + 1; j < len(up) && j <= k+6; j++ {
					if claimVerbs[up[j]] {
						return "reported speech: inside a quotation the speaker " + strings.ToLower(up[j]) + ", not stated as fact"
					}
				}
			}
			open = -1
		}
	}
	return ""
}

// outlet returns why a media outlet is not the source of an event ("" when
// it may be): an outlet named after the act ("…, Agence France Presse
// reported") reports it, and one after "on", "in" or "to" ("Speaking on
// BBC Radio 5, the minister hinted …") is where it was said.
func outlet(up []string, s, v int, code string) string {
	if !strings.Contains(code, "MED") {
		return ""
	}
	if s > v {
		return "reported speech: the outlet reports the act, it is not its source"
	}
	if s > 0 && (up[s-1] == "ON" || up[s-1] == "IN" || up[s-1] == "TO") {
		return "reported speech: the outlet is where it was said, not the source"
	}
	return ""
}

// claimOnly are the reporting verbs that leave even the speaker's own
// past act to the speaker: "claimed", "alleged".
var claimOnly = set("CLAIMED", "CLAIMS", "CLAIM", "CLAIMING", "ALLEGED", "ALLEGES", "ALLEGE", "ALLEGING")

// modalWords before a verb make it a future or a possibility.
var modalWords = set("WILL", "WOULD", "COULD", "MAY", "MIGHT", "CAN", "SHALL", "SHOULD", "MUST", "TO")

// selfClaim returns why an act the speaker claims of itself is not
// stated as fact ("" when it is): the source, then "claimed" or
// "alleged", "that" or not, a pronoun, then the verb: "the rebels claimed
// that they had attacked two army camps" (the reporter leaves it to them;
// a rival's denial often follows). "Said" stays a report of its own act
// ("Russia said it had expelled diplomats"), and a claimed intent
// ("claimed it would retaliate") is left to the modality gate.
func selfClaim(up []string, s, v int) string {
	for k := s + 1; k+1 < v; k++ {
		p := k + 1
		if up[p] == "THAT" {
			p++
		}
		if !claimOnly[up[k]] || p >= v || !selfWords[up[p]] {
			continue // "Iran claimed that Israel attacked": Iran's accusation
		}
		for j := k + 1; j < v; j++ {
			if modalWords[up[j]] {
				return ""
			}
		}
		return "reported speech: an act the speaker " + strings.ToLower(up[k]) + " of itself, not stated as fact"
	}
	return ""
}
