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
	if e.TargetSpan != nil && !a.g.o.NoTopic {
		if t := index(a.toks, e.TargetSpan.Start); t > v {
			if why := Topic(a.up, v, t, ev.CAMEO); why != "" {
				return why
			}
			if why := Claimed(a.up, v, t, ev.CAMEO); why != "" {
				return why
			}
		}
	}
	return Judge(a.up, s, v, a.g.o)
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
// justification, that …") is only mentioned in it.
func Claimed(up []string, v, t int, cameo string) string {
	if !claimForms[up[v]] || !strings.HasPrefix(cameo, "11") && !strings.HasPrefix(cameo, "01") {
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
