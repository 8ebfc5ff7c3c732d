// Package pipeline wires dyad's stages into one ingest run:
//
//	source ─► clean ─► code events, quotes, amounts ─► dedupe ─► cluster ─► store
//	          └──── parallel workers (errgroup) ────┘   └── one sequencer, input order ──┘
//
// The CPU-heavy stages (cleaning, coding, fact extraction, signatures) run
// on a bounded pool of workers; the stages that must see documents one at a
// time and in input order (near-duplicate and story indexes, store writes)
// run on a single sequencer goroutine, so that a run gives the same groups
// whatever the number of workers. Every input yields a stored row: ok, or
// failed with a one-line reason.
//
// The stages are small consumer-side interfaces; New fills the ones left
// nil in Options with dyad's own implementations (see defaults.go).
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"

	"dyad/internal/news"
	"dyad/internal/store"
)

// Source yields raw documents; Next returns io.EOF at the end.
type Source interface {
	Next(ctx context.Context) (news.RawDoc, error)
	Close() error
}

// Cleaner turns a raw document into a cleaned one, or an error whose
// message is the one-line reason of a failed row.
type Cleaner interface {
	Clean(ctx context.Context, raw news.RawDoc) (news.Document, error)
}

// Coder codes the events of a cleaned article. Events carry one Evidence
// each, with offsets in text.
type Coder interface {
	Code(ctx context.Context, docID, text, refDate string) []news.Event
	Version() string
}

// outletCoder is a Coder that places role words the article leaves
// without a country ("MPs") in the outlet's country.
type outletCoder interface {
	CodeIn(ctx context.Context, docID, text, refDate, outletCountry string) []news.Event
}

// Facts extracts quotes and amounts from a cleaned article.
type Facts interface {
	Quotes(text, published string) []news.Quote
	Amounts(text string) []news.Amount
}

// Locator finds a document's places and sets its events' locations
// (offsets in code points of text); country is the outlet's.
type Locator interface {
	Locate(text, country string, events []news.Event) []news.Place
}

// Prepared is a document's entry in an ordered index, made on a worker:
// Data is what the store keeps to rebuild the index after a restart,
// Value the stage's own ready-to-use form, handed back to it on the
// sequencer.
type Prepared struct {
	Data  []byte
	Value any
}

// DupIndex finds exact and near duplicates among the documents seen so far.
// Sign runs on the workers and does everything that does not depend on
// earlier documents; Insert runs on the sequencer.
type DupIndex interface {
	Sign(title, text string) (Prepared, error)
	// Insert checks sig against the documents inserted so far, reporting
	// the earliest earlier document it duplicates, and adds it.
	Insert(docID, published string, sig Prepared) (dupOf string, score float64, ok bool, err error)
	// Restore adds a stored signature after a restart.
	Restore(docID, published string, data []byte) error
}

// StoryIndex groups documents into stories. Features runs on the workers;
// Assign on the sequencer.
type StoryIndex interface {
	Features(title, text, published string) (Prepared, error)
	// Assign puts the document in a story; isNew says that the story
	// was started by it.
	Assign(docID string, features Prepared) (storyID string, isNew bool, err error)
	// Join puts the document in a given story (a copy joins the story of
	// what it copies), as Restore will after a restart.
	Join(docID, storyID string, features Prepared) error
	// Restore puts a stored document back in its story after a restart.
	Restore(docID, storyID string, data []byte) error
}

// Progress is told about each finished input document.
type Progress interface {
	Add(n int)
	Finish()
}

// Signature kinds kept in the store: one combined entry per document;
// stores written before kept the two parts apart.
const (
	sigIndex  = "index"
	sigDedupe = "dedupe"
	sigStory  = "story"
)

// Options configure a Pipeline. The zero value is usable: every nil stage
// is filled with dyad's default.
type Options struct {
	// Workers is the number of parallel workers; 0 means GOMAXPROCS.
	Workers int
	// MaxBytes is the per-document size limit; 0 means 10 MB.
	MaxBytes int64
	// MemoryBudget bounds the memory of the documents in flight between
	// the reader and the store, whatever the number of workers: each is
	// charged a multiple of its size (see memPerByte), one larger than
	// the budget runs alone. 0 means 256 MB.
	MemoryBudget int64
	// SourceName names the outlet of inputs that do not say (--source).
	SourceName string
	// NoEvents, NoFacts, NoDedupe, NoStories switch stages off (for
	// benchmarks that measure what each stage costs).
	NoEvents, NoFacts, NoDedupe, NoStories bool
	// NoPlaces switches the places stage off (documents without places,
	// events without locations).
	NoPlaces bool
	// CommitEvery, if positive, holds a slow trickle's documents for up
	// to this long after the first of a batch before committing them
	// together (a full batch or the end of the input commits at once).
	// Zero commits as soon as the workers have nothing ready. Readers of
	// a busy store want it: every commit empties their page caches.
	CommitEvery time.Duration

	Cleaner Cleaner
	Coder   Coder
	Facts   Facts
	Places  Locator
	Dups    DupIndex
	Stories StoryIndex
	// Open opens inputs (paths, "-", URLs) as one Source.
	Open func(ctx context.Context, inputs []string) (Source, error)

	// Sequencer serialises the ordered stages with the other writers of
	// the store; nil means a lease in the store when it implements
	// store.Sequencing (both backends do), none otherwise.
	Sequencer Sequencer
	// Holder names this writer in the store's lease (default host:pid:…);
	// LeaseTTL is how long the lease lasts unrenewed (default 15s): the
	// longest a killed holder keeps the others waiting.
	Holder   string
	LeaseTTL time.Duration
	// OnWait, if set, is told once per run when another writer holds the
	// lease and this run waits for it.
	OnWait func(store.Lease)

	Progress Progress
	Log      *slog.Logger
	// Observe, if set, is told how long each stage took for a document
	// (for /metrics).
	Observe func(stage string, d time.Duration)
}

// Summary counts what an ingest did.
type Summary struct {
	// New counts documents stored ok for the first time; Failed those
	// stored as failed rows; Duplicate the inputs already stored.
	New       int
	Duplicate int
	Updated   int
	Failed    int
	// Copies counts the New documents that are near-copies of earlier ones
	// (dup_of set: a republication or a spun copy); they are stored, and
	// their events count toward the original's story.
	Copies int
	Events int
	Quotes int
	// DocIDs are the ids of every document of this run, in input order:
	// new, updated and duplicate, ok and failed.
	DocIDs []string
	// Failures lists the failed inputs with their reasons.
	Failures []Failure
}

// Failure is one failed input.
type Failure struct {
	Path   string
	Reason string
}

// String is the contract's summary line, "ingested N new, D duplicate, F
// failed", followed by the updated documents and the copies among the new
// when there are any.
func (s Summary) String() string {
	line := fmt.Sprintf("ingested %d new, %d duplicate, %d failed", s.New, s.Duplicate, s.Failed)
	if s.Updated > 0 {
		line += fmt.Sprintf(", %d updated", s.Updated)
	}
	switch {
	case s.Copies == 1:
		line += " (1 of the new is a copy of an earlier document)"
	case s.Copies > 1:
		line += fmt.Sprintf(" (%d of the new are copies of earlier documents)", s.Copies)
	}
	return line
}

// Pipeline ingests documents into a store. It is safe to call Ingest from
// several goroutines; runs are serialised.
type Pipeline struct {
	st   store.Store
	opts Options
	mu   sync.Mutex // one run at a time: the indexes are ordered

	seq      Sequencer
	seqStore store.Sequencing // nil when the store cannot be shared
	lastSeq  int64            // the last stored index entry the indexes hold
}

// New returns a pipeline over st, filling unset stages with defaults and
// rebuilding the duplicate and story indexes from the store.
func New(ctx context.Context, st store.Store, opts Options) (*Pipeline, error) {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 10 << 20
	}
	if opts.MemoryBudget <= 0 {
		opts.MemoryBudget = 256 << 20
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if err := fillDefaults(ctx, &opts); err != nil {
		return nil, err
	}
	p := &Pipeline{st: st, opts: opts, seq: opts.Sequencer}
	if ss, ok := st.(store.Sequencing); ok {
		p.seqStore = ss
		if p.seq == nil {
			holder, ttl := opts.Holder, opts.LeaseTTL
			if holder == "" {
				holder = defaultHolder()
			}
			if ttl <= 0 {
				ttl = defaultLeaseTTL
			}
			poll := ttl / 30
			if poll > 500*time.Millisecond {
				poll = 500 * time.Millisecond
			}
			p.seq = &leaseSequencer{p: p, st: ss, holder: holder, ttl: ttl, poll: poll, wait: opts.OnWait}
		}
	}
	if err := p.restore(ctx); err != nil {
		return nil, fmt.Errorf("rebuild indexes: %w", err)
	}
	return p, nil
}

// CoderVersion is the coder and dictionary version stamped on events.
func (p *Pipeline) CoderVersion() string {
	if p.opts.Coder == nil {
		return ""
	}
	return p.opts.Coder.Version()
}

func (p *Pipeline) restore(ctx context.Context) error {
	dups := p.opts.Dups != nil && !p.opts.NoDedupe
	stories := p.opts.Stories != nil && !p.opts.NoStories
	// An unreadable entry only weakens dedupe or clustering: it is
	// skipped. Entries of the older, separate kinds were written first.
	if dups {
		err := p.st.Signatures(ctx, sigDedupe, func(docID string, data []byte) error {
			if d, err := decodeDupSig(data); err == nil {
				return p.opts.Dups.Restore(docID, d.published, d.sig)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if stories {
		err := p.st.Signatures(ctx, sigStory, func(docID string, data []byte) error {
			if s, err := decodeStorySig(data); err == nil {
				return p.opts.Stories.Restore(docID, s.storyID, s.features)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if !dups && !stories {
		return nil
	}
	if p.seqStore != nil {
		_, err := p.catchUp(ctx)
		return err
	}
	return p.st.Signatures(ctx, sigIndex, p.restoreEntry)
}

// Ingest opens the inputs and ingests everything they yield.
func (p *Pipeline) Ingest(ctx context.Context, inputs []string) (Summary, error) {
	src, err := p.opts.Open(ctx, inputs)
	if err != nil {
		return Summary{}, err
	}
	defer src.Close()
	return p.IngestSource(ctx, src)
}

// item is one document on its way through the pipeline.
type item struct {
	seq      int
	raw      news.RawDoc
	doc      news.Document
	dupe     bool // the same content is already stored
	events   []news.Event
	quotes   []news.Quote
	dupSig   Prepared
	features Prepared
	cost     int64 // charged to the memory budget
	stopped  bool  // the run stopped before the document was done
}

// IngestSource ingests every document src yields. It returns an error only
// for fatal problems (the store failing, the context cancelled); bad
// documents are failed rows counted in the summary.
//
// Cancelling ctx is a stop, not an abort: no more input is read, the
// documents being processed are dropped, and the ones finished before
// them, in input order, are committed; the summary counts what was
// stored and the error is ctx's. So a stopped run leaves the store as a
// run over a prefix of the input would, and running again resumes it.
func (p *Pipeline) IngestSource(ctx context.Context, src Source) (Summary, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var sum Summary
	// gctx ends only when a stage fails or the sequencer is lost; wctx,
	// what the reader, the workers and the wait for the sequencer use,
	// also when ctx is cancelled.
	runCtx, cancelRun := context.WithCancelCause(context.WithoutCancel(ctx))
	defer cancelRun(nil)
	g, gctx := errgroup.WithContext(runCtx)
	wctx, cancelWork := context.WithCancel(gctx)
	defer cancelWork()
	stopWork := context.AfterFunc(ctx, cancelWork)
	defer stopWork()
	raws := make(chan item, p.opts.Workers*4)
	done := make(chan item, p.opts.Workers*4)
	// The documents between the reader and the sequencer hold memory in
	// proportion to their size: the budget bounds their sum, so a few
	// large documents wait for each other whatever the number of workers.
	budget := semaphore.NewWeighted(p.opts.MemoryBudget)

	// The reader is not waited for: a stop must not hang on an input
	// that blocks (a FIFO without a writer, a silent stdin); it ends when
	// the source is closed.
	go func() {
		defer close(raws)
		for seq := 0; ; seq++ {
			raw, err := src.Next(wctx)
			if errors.Is(err, io.EOF) || wctx.Err() != nil {
				return
			}
			if err != nil {
				cancelRun(fmt.Errorf("read input: %w", err))
				return
			}
			cost := p.cost(raw)
			if err := budget.Acquire(wctx, cost); err != nil {
				return
			}
			select {
			case raws <- item{seq: seq, raw: raw, cost: cost}:
			case <-wctx.Done():
				budget.Release(cost)
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for i := 0; i < p.opts.Workers; i++ {
		wg.Add(1)
		g.Go(func() error {
			defer wg.Done()
			for {
				var it item
				var ok bool
				select {
				case it, ok = <-raws:
				case <-wctx.Done():
					return nil
				}
				if !ok {
					return nil
				}
				if wctx.Err() != nil {
					it.stopped = true
				} else if err := p.work(wctx, &it); err != nil {
					return err
				}
				if wctx.Err() != nil {
					it.stopped = true // its stages may have stopped half-way
				}
				done <- it // the sequencer reads until done is closed
			}
		})
	}
	g.Go(func() error { wg.Wait(); close(done); return nil })
	return p.ordered(run{ctx: gctx, work: wctx, stop: ctx, runCtx: runCtx, cancel: cancelRun, g: g, budget: budget}, done, &sum, nil, nil)
}

// run is what the ordered stages of one run share with its other
// goroutines.
type run struct {
	ctx    context.Context // ends when a stage fails or the sequencer is lost
	work   context.Context // also when the caller stops the run
	stop   context.Context // the caller's: cancelled is a stop
	runCtx context.Context
	cancel context.CancelCauseFunc
	g      *errgroup.Group
	budget *semaphore.Weighted // what the items hold; nil: none
}

func (r run) release(it item) {
	if r.budget != nil {
		r.budget.Release(it.cost)
	}
}

// Memory a document holds on its way through the workers, as a multiple
// of its size, and at least: what the memory budget is charged for it.
const (
	memPerByte = 16
	memMin     = 64 << 10
)

// cost is what the memory budget is charged for a raw document.
func (p *Pipeline) cost(raw news.RawDoc) int64 {
	return min(memMin+int64(len(raw.Body))*memPerByte, p.opts.MemoryBudget)
}

// held is a sequencer hold taken before the run's goroutines start.
type held struct {
	lost <-chan struct{}
	done func(context.Context) error
}

// ordered runs the sequencer (the ordered stages, in seq order) and the
// store goroutine on g over the items done yields, then waits for g.
// committed, if set, is told after each store transaction how many more
// items are stored (or found duplicate), in order.
func (p *Pipeline) ordered(r run, done <-chan item, sum *Summary, committed func(int) error, pre *held) (Summary, error) {
	ctx, runCtx, cancelRun, g := r.ctx, r.runCtx, r.cancel, r.g
	var seqDone func(context.Context) error // ends the hold on the sequencer, once taken
	watch := func(lost <-chan struct{}) {
		go func() {
			select {
			case <-lost:
				cancelRun(fmt.Errorf("sequencer: %w", store.ErrLeaseLost))
			case <-ctx.Done():
			}
		}()
	}
	if pre != nil {
		seqDone = pre.done
		watch(pre.lost)
	}
	w := newWriter(p, sum)
	w.committed = committed
	if r.budget != nil {
		w.release = func(n int64) {
			if n > 0 {
				r.budget.Release(n)
			}
		}
	}
	g.Go(func() error { return w.run(ctx) }) // store writes, overlapping the sequencer
	g.Go(func() error {                      // sequencer: input order, batched writes
		if p.seq != nil && pre == nil {
			// The workers start on the parallel stages meanwhile.
			lost, release, err := p.seq.Acquire(r.work)
			if err != nil {
				close(w.out)
				for it := range done { // let the workers finish
					r.release(it)
				}
				if r.stop.Err() != nil {
					return nil // stopped while waiting: nothing to commit
				}
				return err
			}
			seqDone = release
			watch(lost)
		}
		pending := map[int]item{}
		next := 0
		stopped := false // a document was dropped: nothing after it is added
		every := p.opts.CommitEvery
		var opened time.Time       // when the pending batch got its first entry
		var wait *time.Timer       // runs while a trickle's batch waits for CommitEvery
		var waitC <-chan time.Time // wait's channel while it runs
		defer func() {
			if wait != nil {
				wait.Stop()
			}
		}()
		fail := func(err error) error {
			close(w.out)
			for it := range done { // let the workers finish
				r.release(it)
			}
			return err
		}
		flush := func() error {
			if wait != nil {
				wait.Stop()
				waitC = nil
			}
			if err := w.flush(ctx); err != nil {
				return fail(err)
			}
			return nil
		}
		for {
			var it item
			var ok bool
			select {
			case it, ok = <-done:
			case <-w.wrote:
				// A stored batch gave back its budget: input blocked on
				// it may come now, or the batch waiting here may be the
				// one to write (decided below as after an input).
				ok = true
				it.seq = -1
			case <-waitC:
				waitC = nil
				if err := flush(); err != nil {
					return err
				}
				continue
			}
			if !ok {
				break
			}
			switch {
			case it.seq < 0: // woken by the store goroutine: no input
			case stopped:
				r.release(it)
				continue
			default:
				pending[it.seq] = it
			}
			for {
				cur, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				if cur.stopped {
					r.release(cur)
					stopped = true
					for _, rest := range pending {
						r.release(rest)
					}
					clear(pending)
					break
				}
				if len(w.batch) == 0 {
					opened = time.Now()
				}
				cur.raw = news.RawDoc{}
				n := len(w.batch)
				if err := w.add(ctx, &cur); err != nil {
					r.release(cur)
					return fail(err)
				}
				if len(w.batch) > n && r.budget != nil {
					// held until the batch is stored (writer.run)
					w.batch[len(w.batch)-1].cost = cur.cost
				} else {
					r.release(cur)
				}
			}
			// Write when the batch is full, or when the workers have
			// nothing ready and the store goroutine is idle, so a slow
			// trickle of documents is not held back — but with
			// CommitEvery, no sooner than that after the batch opened,
			// so a trickle commits a few times a second, not per
			// document (each commit costs every reader its page cache).
			switch {
			case w.full():
				if err := flush(); err != nil {
					return err
				}
			case len(w.batch) == 0 || len(done) > 0 || !w.idle() || stopped:
			case every <= 0 || time.Since(opened) >= every:
				if err := flush(); err != nil {
					return err
				}
			case waitC == nil:
				if wait == nil {
					wait = time.NewTimer(every - time.Since(opened))
				} else {
					wait.Reset(every - time.Since(opened))
				}
				waitC = wait.C
			}
		}
		return w.close(ctx)
	})
	err := g.Wait()
	if cause := context.Cause(runCtx); cause != nil && !errors.Is(cause, context.Canceled) {
		err = cause
	}
	if seqDone != nil {
		if derr := seqDone(context.WithoutCancel(runCtx)); err == nil {
			err = derr
		}
	}
	if p.opts.Progress != nil {
		p.opts.Progress.Finish()
	}
	if err == nil && r.stop.Err() != nil {
		err = r.stop.Err()
	}
	return *sum, err
}

func (p *Pipeline) observe(stage string, start time.Time) {
	if p.opts.Observe != nil {
		p.opts.Observe(stage, time.Since(start))
	}
}

// contentHash identifies an input: the same record twice is a duplicate
// ingest; the same text under another id is a new document (which dedupe
// then marks dup_of).
func contentHash(raw news.RawDoc) string {
	var b strings.Builder
	for _, s := range []string{raw.ID, raw.URL, raw.Source, raw.Title, raw.Published, raw.Lang, string(raw.Format)} {
		b.WriteString(s)
		b.WriteByte(0)
	}
	b.Write(raw.Body)
	return news.ContentHash([]byte(b.String()))
}

// work runs the per-document stages. It returns an error only when the
// store fails; everything wrong with the document itself becomes a failed
// row — a stage that panics on a document included: the document is
// stored as failed with the panic as its reason, and the run goes on.
func (p *Pipeline) work(ctx context.Context, it *item) (err error) {
	var hash string
	defer func() {
		if r := recover(); r != nil {
			if hash == "" {
				hash = contentHash(it.raw)
			}
			it.doc = failedDoc(it.raw, hash, fmt.Sprintf("internal error (please report): %v", r))
			it.events, it.quotes, it.dupSig, it.features, it.dupe = nil, nil, Prepared{}, Prepared{}, false
			p.opts.Log.Error("stage panicked", "path", it.raw.Path, "panic", r, "stack", string(debug.Stack()))
			err = nil
		}
	}()
	raw := it.raw
	if raw.Err != nil {
		hash := news.ContentHash([]byte("failed\x00" + raw.Path + "\x00" + raw.ID + "\x00" + raw.Err.Error()))
		it.doc = failedDoc(raw, hash, raw.Err.Error())
		return nil
	}
	hash = contentHash(raw)
	if _, err := p.st.DocumentByHash(ctx, hash); err == nil {
		it.dupe = true
		it.doc = news.Document{ID: idFor(raw, hash), Path: raw.Path, ContentHash: hash}
		return nil
	} else if !errors.Is(err, store.ErrNotFound) {
		if ctx.Err() != nil {
			return nil // stopped: the caller drops the document
		}
		return fmt.Errorf("look up content hash: %w", err)
	}
	t0 := time.Now()
	doc, err := p.opts.Cleaner.Clean(ctx, raw)
	p.observe("clean", t0)
	if err != nil {
		it.doc = failedDoc(raw, hash, err.Error())
		return nil
	}
	// The body is not needed after cleaning: a large one is not held
	// while the later stages run (the sequencer dropped it only later).
	raw.Body, it.raw.Body = nil, nil
	doc.ID = idFor(raw, hash)
	doc.ContentHash = hash
	doc.Status = news.StatusOK
	if doc.Path == "" {
		doc.Path = raw.Path
	}
	if doc.URL == "" {
		doc.URL = raw.URL
	}
	doc.IngestedAt = time.Now().UTC()
	origin := doc.Source.Origin
	if origin == "" {
		origin = doc.Source.Name
	}
	if !p.opts.NoEvents && p.opts.Coder != nil {
		t0 = time.Now()
		if cc, ok := p.opts.Coder.(outletCoder); ok {
			it.events = cc.CodeIn(ctx, doc.ID, doc.Text, doc.Published, doc.Source.Country)
		} else {
			it.events = p.opts.Coder.Code(ctx, doc.ID, doc.Text, doc.Published)
		}
		p.observe("code", t0)
		if ctx.Err() != nil {
			return nil // stopped: the caller drops the document
		}
		if cap(it.events)-len(it.events) > spareEvents {
			// appended a sentence at a time, a large document's events
			// (some 100,000 for 9.9 MB) held up to twice their room
			// through the places stage
			it.events = append(make([]news.Event, 0, len(it.events)), it.events...)
		}
		for i := range it.events {
			for j := range it.events[i].Evidence {
				it.events[i].Evidence[j].DocID = doc.ID
				it.events[i].Evidence[j].Source = origin
			}
		}
	}
	if !p.opts.NoFacts && p.opts.Facts != nil {
		t0 = time.Now()
		it.quotes = p.opts.Facts.Quotes(doc.Text, doc.Published)
		doc.Amounts = p.opts.Facts.Amounts(doc.Text)
		p.observe("facts", t0)
		for i := range it.quotes {
			q := &it.quotes[i]
			q.DocID = doc.ID
			q.ID = "q" + news.ContentHash([]byte(fmt.Sprintf("%s:%d:%d", doc.ID, q.Start, q.End)))[:16]
		}
	}
	if ctx.Err() != nil {
		return nil // stopped between stages: a large document's next stage can take minutes
	}
	news.ToRuneOffsets(doc.Text, it.events, it.quotes, doc.Amounts)
	if !p.opts.NoPlaces && p.opts.Places != nil {
		t0 = time.Now()
		// The places stage takes no context and can run for minutes on a
		// large document: a stop does not wait for it (it finishes in the
		// background and its result is dropped with the document).
		type located struct {
			places []news.Place
			panic  any
		}
		text, country, events := doc.Text, doc.Source.Country, it.events
		if len(text) <= inlinePlaces {
			// a news story's places take well under a millisecond: no
			// goroutine (whose stack grew anew for every document)
			doc.Places = p.opts.Places.Locate(text, country, events)
		} else {
			res := make(chan located, 1)
			go func() {
				defer func() {
					if r := recover(); r != nil {
						res <- located{panic: r}
					}
				}()
				res <- located{places: p.opts.Places.Locate(text, country, events)}
			}()
			select {
			case r := <-res:
				if r.panic != nil {
					panic(r.panic)
				}
				doc.Places = r.places
			case <-ctx.Done():
				return nil
			}
		}
		p.observe("places", t0)
		if ctx.Err() != nil {
			return nil
		}
	}
	t0 = time.Now()
	if p.opts.Dups != nil && !p.opts.NoDedupe {
		if it.dupSig, err = p.opts.Dups.Sign(doc.Title, doc.Text); err != nil {
			return fmt.Errorf("dedupe signature: %w", err)
		}
	}
	if p.opts.Stories != nil && !p.opts.NoStories {
		if it.features, err = p.opts.Stories.Features(doc.Title, doc.Text, doc.Published); err != nil {
			return fmt.Errorf("story features: %w", err)
		}
	}
	p.observe("signatures", t0)
	it.doc = doc
	return nil
}

// spareEvents is the most unused room a document's events keep after
// the coder: more is given back (a news story's few events never are).
const spareEvents = 1024

// inlinePlaces is the longest text (bytes) whose places stage runs on the
// worker itself; a longer one's runs beside it so that a stop need not
// wait (a 64 KB text takes a few milliseconds).
const inlinePlaces = 64 << 10

func idFor(raw news.RawDoc, hash string) string {
	if raw.ID != "" {
		return raw.ID
	}
	return news.DocID(hash)
}

func failedDoc(raw news.RawDoc, hash, reason string) news.Document {
	return news.Document{
		ID:          idFor(raw, hash),
		URL:         raw.URL,
		Path:        raw.Path,
		Title:       raw.Title,
		Source:      news.Source{Name: raw.Source, Origin: raw.Source, Affiliation: "unknown"},
		Published:   normaliseDate(raw.Published),
		Lang:        raw.Lang,
		Status:      news.Failed(oneLine(reason)),
		ContentHash: hash,
		IngestedAt:  time.Now().UTC(),
	}
}

func normaliseDate(s string) string {
	if len(s) >= 10 {
		if _, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return s[:10]
		}
	}
	return ""
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
