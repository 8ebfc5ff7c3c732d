package sqlstore

import (
	"slices"
	"sync"

	"dyad/internal/news"
)

// EvidenceCache keeps the evidence of canonical events in memory, keyed
// by event id and revision (events.rev, which the writer changes whenever
// an event's evidence changes). A reader that finds an event's current
// revision in the cache skips reading its evidence: the page's query still
// runs against the store, so filters, order and counts are always current;
// only evidence that provably did not change is reused. It is bounded: when
// full, an arbitrary tenth of it is dropped. A nil cache keeps nothing.
type EvidenceCache struct {
	max int
	mu  sync.RWMutex
	m   map[string]cachedEvidence
}

type cachedEvidence struct {
	rev int64
	ev  []news.Evidence
}

// NewEvidenceCache returns a cache of at most max events' evidence.
func NewEvidenceCache(max int) *EvidenceCache {
	return &EvidenceCache{max: max, m: make(map[string]cachedEvidence)}
}

// get returns a copy of the cached evidence of event id at revision rev.
func (c *EvidenceCache) get(id string, rev int64) ([]news.Evidence, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.RLock()
	e, ok := c.m[id]
	c.mu.RUnlock()
	if !ok || e.rev != rev {
		return nil, false
	}
	return slices.Clone(e.ev), true
}

func (c *EvidenceCache) put(id string, rev int64, ev []news.Evidence) {
	if c == nil || c.max <= 0 {
		return
	}
	ev = slices.Clone(ev)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[id]; !ok && len(c.m) >= c.max {
		drop := c.max/10 + 1
		for k := range c.m {
			delete(c.m, k)
			if drop--; drop == 0 {
				break
			}
		}
	}
	c.m[id] = cachedEvidence{rev: rev, ev: ev}
}

// Len is the number of events cached.
func (c *EvidenceCache) Len() int {
	if c == nil {
		return 0
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m)
}
