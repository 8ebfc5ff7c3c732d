package pipeline

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

// largeDoc is the text size (bytes) from which a document is large: the
// memory the stages left free is given back before it is stored.
const largeDoc = 1 << 20

// batchSize is the most documents written in one store transaction.
const batchSize = 64

// cacheSize bounds the story rows and document→story links kept in
// memory between batches (a miss reads the store), so memory does not
// grow with the input. Entries whose latest version waits in a batch not
// yet committed are never evicted (the store would give an older one), so
// the cache may exceed this by the entries of the few batches in flight.
const cacheSize = 8192

// writer runs the ordered stages (near duplicates, stories) on each
// document in input order and hands batches to a store goroutine, which
// writes each in one transaction while the next batch is prepared.
type writer struct {
	p     *Pipeline
	sum   *Summary
	batch []entry
	out   chan []entry // to the store goroutine; closed by close
	// The cache of story rows ("s:"+id) and document → story links
	// ("d:"+id), least recently used first.
	cache map[string]*list.Element
	lru   *list.List
	// sent counts the batches handed to the store goroutine (the one
	// being filled is sent+1); written those it has committed.
	sent    int64
	written atomic.Int64

	committed func(int) error // told how many entries each written batch held

	// release gives back the memory budget an entry's document held; it
	// is called once the entry's batch is stored, so a large document's
	// store write does not overlap the next large document's coding.
	// wrote is signalled (without blocking) after each batch is written,
	// so a sequencer waiting for budget-blocked input re-decides a flush.
	release func(int64)
	wrote   chan struct{}

	mu       sync.Mutex
	inflight map[string]int // content hashes queued but not yet committed
}

// cached is one cache entry; gen is the batch that last changed it.
type cached struct {
	key   string
	story *news.Story
	info  docInfo
	gen   int64
}

// entry is one input in a batch: a bundle to write, or a duplicate ingest
// to count.
type entry struct {
	bundle store.Bundle
	dupe   *news.Document
	events int   // the document's events as coded (the bundle keeps those that change the store)
	cost   int64 // the memory budget its document holds until the batch is stored
}

// docInfo is what later copies of a document need from it.
type docInfo struct{ story, origin string }

func newWriter(p *Pipeline, sum *Summary) *writer {
	return &writer{p: p, sum: sum, out: make(chan []entry, 1), cache: map[string]*list.Element{}, lru: list.New(), inflight: map[string]int{}, wrote: make(chan struct{}, 1)}
}

// get returns the cache entry of key, marking it used.
func (w *writer) get(key string) (*cached, bool) {
	el, ok := w.cache[key]
	if !ok {
		return nil, false
	}
	w.lru.MoveToBack(el)
	return el.Value.(*cached), true
}

// put adds or replaces the entry of c.key, as changed by the batch being
// filled, and evicts what it can.
func (w *writer) put(c *cached) {
	c.gen = w.sent + 1
	if el, ok := w.cache[c.key]; ok {
		el.Value = c
		w.lru.MoveToBack(el)
	} else {
		w.cache[c.key] = w.lru.PushBack(c)
	}
	w.evict()
}

// evict keeps the cache near cacheSize, dropping the least recently used
// entries first — only those whose latest version is committed: a later
// miss reads them back from the store. (Evicting in insertion order, as
// before, re-read stories whose newer version waited in a batch: 1–5
// members went missing per Reuters run.)
func (w *writer) evict() {
	written := w.written.Load()
	for w.lru.Len() > cacheSize {
		el := w.lru.Front()
		c := el.Value.(*cached)
		if c.gen > written { // all after it were changed later still
			return
		}
		w.lru.Remove(el)
		delete(w.cache, c.key)
	}
}

func (w *writer) full() bool { return len(w.batch) >= batchSize }

// idle reports whether no batch waits for the store goroutine.
func (w *writer) idle() bool { return len(w.out) == 0 }

// run is the store goroutine: it writes the batches in order and counts
// them. Only it touches the summary.
func (w *writer) run(ctx context.Context) error {
	if s, ok := w.p.seq.(*leaseSequencer); ok {
		ctx = store.WithFence(ctx, store.Fence{Name: LeaseName, Holder: s.holder})
	}
	for batch := range w.out {
		if err := w.write(ctx, batch); err != nil {
			for range w.out { // let the sequencer finish sending
			}
			return err
		}
		w.written.Add(1)
		if w.release != nil {
			var cost int64
			for _, e := range batch {
				cost += e.cost
			}
			w.release(cost)
		}
		select {
		case w.wrote <- struct{}{}:
		default:
		}
	}
	return nil
}

// close ends the batches: the pending one is sent and the channel closed.
func (w *writer) close(ctx context.Context) error {
	err := w.flush(ctx)
	close(w.out)
	return err
}

// add runs the ordered stages on one document and queues its bundle.
func (w *writer) add(ctx context.Context, it *item) error {
	p := w.p
	if it.dupe {
		p.opts.Log.Debug("duplicate", "path", it.doc.Path, "id", it.doc.ID)
		w.batch = append(w.batch, entry{dupe: &it.doc})
		return nil
	}
	doc := &it.doc
	// The worker looked the content up before cleaning; since then
	// another writer (or this run, a few documents back) may have stored
	// it. Under the sequencer that answer is final.
	if dupe, err := w.stored(ctx, doc); err != nil {
		return err
	} else if dupe {
		p.opts.Log.Debug("duplicate", "path", doc.Path, "id", doc.ID)
		w.batch = append(w.batch, entry{dupe: &news.Document{ID: doc.ID, Path: doc.Path, ContentHash: doc.ContentHash}})
		return nil
	}
	w.mu.Lock()
	w.inflight[doc.ContentHash]++
	w.mu.Unlock()
	b := store.Bundle{Doc: doc}
	coded := 0
	if doc.OK() {
		t0 := time.Now()
		newStory := false // the story index started a story with the document
		if p.opts.Dups != nil && it.dupSig.Data != nil {
			dupOf, score, ok, err := p.opts.Dups.Insert(doc.ID, doc.Published, it.dupSig)
			if err != nil {
				return fmt.Errorf("dedupe index: %w", err)
			}
			if ok && dupOf != doc.ID {
				doc.DupOf, doc.DupScore = dupOf, score
			}
		}
		origin := doc.Source.Origin
		if origin == "" {
			origin = doc.Source.Name
		}
		// A copy belongs to the story of what it copies, and its evidence
		// counts under the original's outlet: a republished piece is one
		// more article but not one more source.
		var orig docInfo
		if doc.DupOf != "" {
			orig = w.infoOf(ctx, doc.DupOf)
		}
		if p.opts.Stories != nil && !p.opts.NoStories && it.features.Data != nil {
			if orig.story != "" {
				// Joined to the original's story in the index too, as a
				// restart's Restore will: the groups after a resume are
				// those of one run.
				if err := p.opts.Stories.Join(doc.ID, orig.story, it.features); err != nil {
					return fmt.Errorf("join story: %w", err)
				}
			} else {
				sid, isNew, err := p.opts.Stories.Assign(doc.ID, it.features)
				if err != nil {
					return fmt.Errorf("assign story: %w", err)
				}
				doc.StoryID, newStory = sid, isNew
			}
		}
		if orig.story != "" {
			doc.StoryID, newStory = orig.story, false
			if orig.origin != "" {
				origin = orig.origin
				for i := range it.events {
					for j := range it.events[i].Evidence {
						it.events[i].Evidence[j].Source = orig.origin
					}
				}
			}
		}
		if doc.StoryID == "" {
			doc.StoryID = "s" + strings.TrimPrefix(doc.ID, "d")
		}
		if it.dupSig.Data != nil || it.features.Data != nil {
			b.Signatures = append(b.Signatures, store.Signature{Kind: sigIndex, Data: encodeIndexSig(indexSig{
				published: doc.Published, storyID: doc.StoryID, dup: it.dupSig.Data, features: it.features.Data,
			})})
		}
		p.observe("dedupe+cluster", t0)
		story, err := w.story(ctx, doc, newStory)
		if err != nil {
			return err
		}
		b.Story = story
		for i := range it.events {
			it.events[i].StoryID = doc.StoryID
		}
		for i := range it.quotes {
			it.quotes[i].StoryID = doc.StoryID
		}
		// Only the events that can change the store wait for it: a large
		// document's thousands of repeats (same key, evidence over the
		// per-document cap, no better location) are dropped here.
		coded = len(it.events)
		b.Events, b.Quotes = store.DocEvents(it.events), it.quotes
		it.events = nil
		w.remember(doc.ID, docInfo{story: doc.StoryID, origin: origin})
	}
	w.batch = append(w.batch, entry{bundle: b, events: coded})
	return nil
}

// flush hands the queued batch to the store goroutine.
func (w *writer) flush(ctx context.Context) error {
	if len(w.batch) == 0 {
		return nil
	}
	select {
	case w.out <- w.batch:
	case <-ctx.Done():
		return ctx.Err()
	}
	w.sent++
	w.batch = nil
	return nil
}

// write stores one batch in one transaction and counts it, in input order.
func (w *writer) write(ctx context.Context, batch []entry) error {
	var bundles []store.Bundle
	var coded []int // the events each bundle's document had as coded
	for _, e := range batch {
		if e.dupe == nil {
			bundles = append(bundles, e.bundle)
			coded = append(coded, e.events)
		}
	}
	var outcomes []store.Outcome
	if len(bundles) > 0 {
		for _, b := range bundles {
			if len(b.Doc.Text) >= largeDoc {
				// The store's own memory for the row (the database's copy of
				// a large text and its places, ~2× their size) comes on top
				// of the Go heap: the heap the stages left free is given
				// back to the system first, not kept for later growth.
				debug.FreeOSMemory()
				break
			}
		}
		t0 := time.Now()
		var err error
		if outcomes, err = w.p.st.PutBundles(ctx, bundles); err != nil {
			return fmt.Errorf("store documents: %w", err)
		}
		w.p.observe("store", t0)
		w.mu.Lock()
		for _, b := range bundles {
			if w.inflight[b.Doc.ContentHash]--; w.inflight[b.Doc.ContentHash] <= 0 {
				delete(w.inflight, b.Doc.ContentHash)
			}
		}
		w.mu.Unlock()
	}
	i := 0
	for _, e := range batch {
		if e.dupe != nil {
			w.sum.Duplicate++
			w.sum.DocIDs = append(w.sum.DocIDs, e.dupe.ID)
			w.progress()
			continue
		}
		o := outcomes[i]
		b := bundles[i]
		events := coded[i]
		i++
		doc := b.Doc
		w.sum.DocIDs = append(w.sum.DocIDs, doc.ID)
		switch {
		case o == store.Duplicate:
			w.sum.Duplicate++
		case !doc.OK():
			w.sum.Failed++
			reason := strings.TrimPrefix(doc.Status, news.FailedPrefix)
			w.sum.Failures = append(w.sum.Failures, Failure{Path: doc.Path, Reason: reason})
			w.p.opts.Log.Info("failed", "path", doc.Path, "reason", reason)
		case o == store.Updated:
			w.sum.Updated++
		default:
			w.sum.New++
			if doc.DupOf != "" {
				w.sum.Copies++
			}
		}
		if o != store.Duplicate && doc.OK() {
			w.sum.Events += events
			w.sum.Quotes += len(b.Quotes)
		}
		w.progress()
	}
	if w.committed != nil {
		if err := w.committed(len(batch)); err != nil {
			return fmt.Errorf("after storing: %w", err)
		}
	}
	return nil
}

func (w *writer) progress() {
	if w.p.opts.Progress != nil {
		w.p.opts.Progress.Add(1)
	}
}

// infoOf is the story and counted outlet of a document seen before.
func (w *writer) infoOf(ctx context.Context, docID string) docInfo {
	if c, ok := w.get("d:" + docID); ok {
		return c.info
	}
	if d, err := w.p.st.Document(ctx, docID); err == nil {
		origin := d.Source.Origin
		if origin == "" {
			origin = d.Source.Name
		}
		return docInfo{story: d.StoryID, origin: origin}
	}
	return docInfo{}
}

func (w *writer) remember(docID string, info docInfo) {
	w.put(&cached{key: "d:" + docID, info: info})
}

// story returns the document's story row with the document added. A
// story the story index has just started is in no store: it is not looked
// up.
func (w *writer) story(ctx context.Context, doc *news.Document, isNew bool) (*news.Story, error) {
	var s *news.Story
	if c, ok := w.get("s:" + doc.StoryID); ok {
		s = c.story
	} else {
		got := news.Story{ID: doc.StoryID, Title: doc.Title}
		if !isNew {
			stored, err := w.p.st.Story(ctx, doc.StoryID)
			switch {
			case err == nil:
				got = stored
			case !errors.Is(err, store.ErrNotFound):
				return nil, fmt.Errorf("load story %s: %w", doc.StoryID, err)
			}
		}
		s = &got
	}
	if s.Title == "" {
		s.Title = doc.Title
	}
	if !contains(s.DocIDs, doc.ID) {
		s.DocIDs = append(s.DocIDs, doc.ID)
	}
	src := doc.Source.Origin
	if src == "" {
		src = doc.Source.Name
	}
	if src != "" && !contains(s.Sources, src) {
		s.Sources = append(s.Sources, src)
		sort.Strings(s.Sources)
	}
	day := doc.Published
	if day == "" {
		day = doc.IngestedAt.Format("2006-01-02")
	}
	if s.FirstSeen == "" || day < s.FirstSeen {
		s.FirstSeen = day
	}
	if day > s.LastSeen {
		s.LastSeen = day
	}
	w.put(&cached{key: "s:" + doc.StoryID, story: s})
	cp := *s
	cp.DocIDs = append([]string(nil), s.DocIDs...)
	cp.Sources = append([]string(nil), s.Sources...)
	return &cp, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
