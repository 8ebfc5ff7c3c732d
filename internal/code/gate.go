// Gates: checks between cleaning and coding that veto an article, a
// sentence or an event, each implemented in its own package (relevance,
// modality, …) and plugged in through Options.Gates.

package code

import (
	"strings"

	"dyad/internal/news"
)

// Gate is one check before and after coding, declared here (the consumer)
// and implemented in its own package. A Coder asks every gate once per
// article; a gate that answers with a reason drops the whole article,
// otherwise the ArticleGate it returns (nil: nothing more to check) judges
// the article's sentences and events. A coder asks a gate about an
// article only once one of its sentences has events.
type Gate interface {
	// Name is the gate's short name in explanations ("relevance").
	Name() string
	// Article judges an article's cleaned text before it is coded: a
	// non-empty reason drops all its events ("sport article (p=0.98)").
	Article(text string) (ArticleGate, string)
}

// ArticleGate judges the sentences and events of one article. It is used
// by one goroutine at a time.
type ArticleGate interface {
	// Sentence returns a reason to code nothing in sent ("" keeps it).
	// It is asked only about sentences with events; the sentence is
	// still read for the pronouns of later ones.
	Sentence(sent string) string
	// Event returns a reason to drop ev, an event found in sent (its
	// Evidence[0] spans are bytes inside sent). It may instead recode
	// ev.CAMEO (an intention for an act: the coder then fills Root,
	// Goldstein, QuadClass and PLOVER again) and return "".
	Event(sent string, ev *news.Event) string
}

// Gated is what a gate dropped, for explanations (CodeExplain, `dyad code
// --explain`): the gate, its reason, the byte span of the article or
// sentence, and the events the coder would have emitted there.
type Gated struct {
	Gate   string       `json:"gate"`
	Reason string       `json:"reason"`
	Level  string       `json:"level"` // "article", "sentence", "event" or "word" (a trigger word rejected before matching)
	Start  int          `json:"start"`
	End    int          `json:"end"`
	Events []news.Event `json:"events,omitempty"`
}

// gating holds one article's gates while it is coded.
type gating struct {
	names   []string
	gates   []ArticleGate
	explain bool
	gated   []Gated
}

// startGates asks every gate about the article. It returns false when one
// dropped it (and explain is off: nothing more to do).
func (c *Coder) startGates(text string, explain bool) (*gating, bool) {
	if len(c.opts.Gates) == 0 {
		return nil, true
	}
	g := &gating{explain: explain}
	ok := true
	for _, gt := range c.opts.Gates {
		ag, reason := gt.Article(text)
		if reason != "" {
			ok = false
			if !explain {
				return nil, false
			}
			g.gated = append(g.gated, Gated{Gate: gt.Name(), Reason: reason, Level: "article", Start: 0, End: len(text)})
			continue
		}
		if ag != nil {
			g.names = append(g.names, gt.Name())
			g.gates = append(g.gates, ag)
		}
	}
	return g, ok
}

// sentence returns the name and reason of the first gate that drops sent.
func (g *gating) sentence(sent string) (string, string) {
	if g == nil {
		return "", ""
	}
	for i, ag := range g.gates {
		if r := ag.Sentence(sent); r != "" {
			return g.names[i], r
		}
	}
	return "", ""
}

// events filters a sentence's events through the gates' Event checks.
func (g *gating) events(sent string, offset int, evs []news.Event) []news.Event {
	if g == nil || len(evs) == 0 {
		return evs
	}
	kept := evs[:0]
outer:
	for _, ev := range evs {
		code := ev.CAMEO
		for i, ag := range g.gates {
			if r := ag.Event(sent, &ev); r != "" {
				if g.explain {
					g.gated = append(g.gated, Gated{Gate: g.names[i], Reason: r, Level: "event", Start: offset, End: offset + len(sent), Events: []news.Event{ev}})
				}
				continue outer
			}
		}
		if ev.CAMEO != code {
			ev.Root = root(ev.CAMEO)
			ev.Goldstein, ev.QuadClass, ev.PLOVER = lookup(ev.CAMEO)
		}
		kept = append(kept, ev)
	}
	return kept
}

// explainGated renders a gated item as one line ("relevance: sport article").
func (g Gated) String() string {
	var b strings.Builder
	b.WriteString(g.Gate)
	b.WriteString(" (")
	b.WriteString(g.Level)
	b.WriteString("): ")
	b.WriteString(g.Reason)
	return b.String()
}
