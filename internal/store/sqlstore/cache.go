package sqlstore

import (
	"slices"
	"sync"

	"dyad/internal/news"
)

// EventCache keeps canonical events, with their evidence, in memory keyed
// by id and revision (events.rev, which the writer changes whenever an
// event's evidence or counts change; nothing else of an event ever
// changes). A page's query still runs on the store — filters, order and
// paging are always current — but selects only ids and revisions; the
// events whose current revision is cached are not read again. It is
// bounded: when full, an arbitrary tenth of it is dropped. A nil cache
// keeps nothing.
type EventCache struct {
	max int
	mu  sync.RWMutex
	m   map[string]cachedEvent
}

type cachedEvent struct {
	rev int64
	max int // the evidence cap it was read with (0: all its evidence)
	ev  news.Event
}

// NewEventCache returns a cache of at most max events.
func NewEventCache(max int) *EventCache {
	return &EventCache{max: max, m: make(map[string]cachedEvent)}
}

// get returns a copy of the cached event id at revision rev with at most
// max evidence sentences (0: all), when the cached copy holds them.
func (c *EventCache) get(id string, rev int64, max int) (news.Event, bool) {
	if c == nil {
		return news.Event{}, false
	}
	c.mu.RLock()
	e, ok := c.m[id]
	c.mu.RUnlock()
	if !ok || e.rev != rev {
		return news.Event{}, false
	}
	complete := e.ev.EvidenceCount == 0 // the cached copy has all the evidence
	if !complete && (max == 0 || max > e.max) {
		return news.Event{}, false
	}
	ev := e.ev
	ev.Evidence = slices.Clone(ev.Evidence)
	capEvidence(&ev, max)
	return ev, true
}

// capEvidence keeps the first max evidence sentences of ev (max > 0),
// counting them all in EvidenceCount when some go.
func capEvidence(ev *news.Event, max int) {
	if max <= 0 || len(ev.Evidence) <= max {
		return
	}
	if ev.EvidenceCount == 0 {
		ev.EvidenceCount = len(ev.Evidence)
	}
	ev.Evidence = ev.Evidence[:max]
}

// put keeps ev at revision rev, read with the evidence cap max (0: all).
func (c *EventCache) put(rev int64, ev news.Event, max int) {
	if c == nil || c.max <= 0 {
		return
	}
	ev.Evidence = slices.Clone(ev.Evidence)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[ev.ID]; !ok && len(c.m) >= c.max {
		drop := c.max/10 + 1
		for k := range c.m {
			delete(c.m, k)
			if drop--; drop == 0 {
				break
			}
		}
	}
	c.m[ev.ID] = cachedEvent{rev: rev, max: max, ev: ev}
}

// Len is the number of events cached.
func (c *EventCache) Len() int {
	if c == nil {
		return 0
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m)
}
