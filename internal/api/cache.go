package api

import (
	"fmt"
	"sync"
	"time"
)

// respCache is a bounded micro-cache of GET response bodies. Entries live
// for ttl; when the cache is full, expired entries are dropped, and if
// none has expired the whole map is cleared (simple, bounded, and a full
// cache is rare: keys are distinct queries within one ttl).
type respCache struct {
	ttl     time.Duration
	max     int
	control string
	mu      sync.RWMutex
	m       map[string]cacheEntry
}

type cacheEntry struct {
	body    []byte
	expires time.Time
}

func newRespCache(ttl time.Duration, max int) *respCache {
	secs := int(ttl / time.Second)
	return &respCache{ttl: ttl, max: max, m: map[string]cacheEntry{},
		control: fmt.Sprintf("public, max-age=%d", secs)}
}

func (c *respCache) get(key string, now time.Time) ([]byte, bool) {
	c.mu.RLock()
	e, ok := c.m[key]
	c.mu.RUnlock()
	if !ok || now.After(e.expires) {
		return nil, false
	}
	return e.body, true
}

func (c *respCache) put(key string, body []byte, now time.Time) {
	b := make([]byte, len(body))
	copy(b, body)
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		for k, e := range c.m {
			if now.After(e.expires) {
				delete(c.m, k)
			}
		}
		if len(c.m) >= c.max {
			clear(c.m)
		}
	}
	c.m[key] = cacheEntry{body: b, expires: now.Add(c.ttl)}
}
