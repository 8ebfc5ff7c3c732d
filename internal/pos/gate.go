package pos

import (
	"fmt"
	"strings"

	"dyad/internal/code"
	"dyad/internal/news"
)

// Gate is the event coder's part-of-speech gate (a code.Gate): an event
// whose trigger word the tagger does not take for a verb in its sentence
// ("the Lisbon targets", "the EU's hit list", "the talks") is dropped.
// The event's source and target words are given to the tagger as nouns.
// Only sentences that produced an event are tagged.
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

// Article returns the per-article checker (it keeps the last sentence's
// tags).
func (g *Gate) Article(string) (code.ArticleGate, string) { return &articleGate{m: g.m}, "" }

type articleGate struct {
	m      *Model
	sent   string
	toks   []Token
	words  []string
	verbs  []bool // without hints
	tags   []Tag
	key    string // the event spans of nouns, hverbs, htags
	nouns  []bool
	hverbs []bool // with the event's actors as nouns
	htags  []Tag
}

func (a *articleGate) Sentence(string) string { return "" }

func (a *articleGate) Event(sent string, ev *news.Event) string {
	if len(ev.Evidence) == 0 || ev.Evidence[0].VerbSpan == nil {
		return ""
	}
	e := ev.Evidence[0]
	if sent != a.sent {
		// tagged once per sentence without hints; again with the event's
		// actors as nouns only when the verb is not a verb then
		a.sent, a.key = sent, ""
		a.toks = Split(sent)
		a.words = Texts(a.toks)
		a.verbs, a.tags = a.m.verbs(a.words, nil, a.verbs, a.tags)
	}
	i := -1
	for k, t := range a.toks {
		if t.Start == e.VerbSpan.Start {
			i = k
			break
		}
	}
	if i < 0 || a.verbs[i] {
		return ""
	}
	if key := fmt.Sprint(e.SourceSpan, e.TargetSpan); key != a.key {
		a.key = key
		a.nouns = append(a.nouns[:0], make([]bool, len(a.toks))...)
		for k, t := range a.toks {
			for _, sp := range []*news.Span{e.SourceSpan, e.TargetSpan} {
				if sp != nil && t.Start >= sp.Start && t.End <= sp.End {
					a.nouns[k] = true
				}
			}
		}
		a.hverbs, a.htags = a.m.verbs(a.words, a.nouns, a.hverbs, a.htags)
	}
	if a.hverbs[i] || a.eventNoun(i) {
		return ""
	}
	return fmt.Sprintf("%q is not a verb here (part-of-speech tagger: %v)", a.toks[i].Text, a.htags[i])
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
func (a *articleGate) eventNoun(i int) bool {
	w := strings.ToLower(a.toks[i].Text)
	if i > 0 && strings.HasSuffix(w, "ing") && beWords[strings.ToLower(a.toks[i-1].Text)] {
		return true
	}
	next := ""
	if i+1 < len(a.toks) {
		next = strings.ToLower(a.toks[i+1].Text)
	}
	if intentAdj[w] && next == "to" {
		return true // "China is ready to strengthen cooperation": the coder's intent rule
	}
	if meetingNouns[w] && (next == "with" || next == "between" || next == "to" || next == "among") {
		return true // "a virtual meeting with Putin", "Putin's visit to Beijing"
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if lightVerbs[strings.ToLower(a.toks[k].Text)] {
			return true
		}
		if t := a.htags[k]; t != ADJ && t != NOUN && t != DET && t != NUM && t != CONJ && a.toks[k].Text != "," {
			return false
		}
	}
	return false
}
