package store

import "dyad/internal/news"

// LocationRank orders how an event's location was found: a later report
// that names the venue improves on one that only had the document's
// place, and AddEvents keeps a stored event's location unless a report
// ranks higher.
func LocationRank(l *news.Location) int {
	if l == nil {
		return 0
	}
	switch l.How {
	case "venue":
		return 3
	case "dateline":
		return 2
	}
	return 1
}

// DocEvents returns, in order, the events of one document that can
// change what AddEvents stores for them; AddEvents of the result stores
// exactly what AddEvents of all of them does. Of the events with one key
// (their story is the document's), it keeps the first, those that bring
// one of the document's first MaxEvidencePerDoc evidence sentences, and
// those whose location ranks above every earlier one's; the others would
// add nothing. A large document repeats its events by the thousand (some
// 100,000 for a 9.9 MB text, a few hundred keys): they need not wait for
// the store. The kept events are copied to a slice of their own, so that
// the input's backing array can be freed.
func DocEvents(events []news.Event) []news.Event {
	type key struct{ src, tgt, root, date string }
	type seen struct {
		rank   int
		perDoc map[string]int // evidence kept per document
	}
	groups := map[key]*seen{}
	keep := make([]bool, len(events))
	n := 0
	for i := range events {
		ev := &events[i]
		root := ev.Root
		if root == "" && len(ev.CAMEO) >= 2 {
			root = ev.CAMEO[:2]
		}
		k := key{ev.Source.Code, ev.Target.Code, root, ev.Date}
		g := groups[k]
		first := g == nil
		if first {
			g = &seen{perDoc: map[string]int{}}
			groups[k] = g
		}
		adds := false
		for _, e := range ev.Evidence {
			if g.perDoc[e.DocID] < MaxEvidencePerDoc {
				g.perDoc[e.DocID]++
				adds = true
			}
		}
		rank := LocationRank(ev.Location)
		if first || adds || rank > g.rank {
			keep[i] = true
			n++
		}
		g.rank = max(g.rank, rank)
	}
	if n == len(events) {
		return events
	}
	out := make([]news.Event, 0, n)
	for i := range events {
		if keep[i] {
			out = append(out, events[i])
		}
	}
	return out
}
