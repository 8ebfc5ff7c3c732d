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
	ev  news.Event
}

// NewEventCache returns a cache of at most max events.
func NewEventCache(max int) *EventCache {
	return &EventCache{max: max, m: make(map[string]cachedEvent)}
}

// get returns a copy of the cached event id at revision rev.
func (c *EventCache) get(id string, rev int64) (news.Event, bool) {
	if c == nil {
		return news.Event{}, false
	}
	c.mu.RLock()
	e, ok := c.m[id]
	c.mu.RUnlock()
	if !ok || e.rev != rev {
		return news.Event{}, false
	}
	ev := e.ev
	ev.Evidence = slices.Clone(ev.Evidence)
	return ev, true
}

func (c *EventCache) put(rev int64, ev news.Event) {
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
	c.m[ev.ID] = cachedEvent{rev: rev, ev: ev}
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
