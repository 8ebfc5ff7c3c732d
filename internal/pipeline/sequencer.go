package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

// LeaseName is the store lease under which a run's ordered stages run.
const LeaseName = "sequencer"

// defaultLeaseTTL is how long a lease lasts without renewal: the time a
// killed holder keeps the others waiting.
const defaultLeaseTTL = 15 * time.Second

// Sequencer makes the ordered stages one sequence across every writer of a
// store. Acquire blocks until this pipeline may run them; by then the
// pipeline's indexes hold every entry written before. The returned lost
// channel is closed if the right is lost mid-run; done ends the run's
// hold.
type Sequencer interface {
	Acquire(ctx context.Context) (lost <-chan struct{}, done func(ctx context.Context) error, err error)
}

// leaseSequencer is the Sequencer of a store.Sequencing: a lease row in the
// store that one holder at a time has, renewed by a heartbeat; on taking
// it, the holder adds to its indexes the entries others wrote since it
// last held it (the store's signature sequence numbers say which).
type leaseSequencer struct {
	p      *Pipeline
	st     store.Sequencing
	holder string
	ttl    time.Duration
	poll   time.Duration
	wait   func(store.Lease)
	cursor int64 // the lease's cursor when last taken
}

// deadHolder reports whether a lease holder named by defaultHolder is a
// process of this machine that no longer runs.
func deadHolder(holder string) bool {
	parts := strings.Split(holder, ":")
	if len(parts) < 3 {
		return false
	}
	host, _ := os.Hostname()
	pid, err := strconv.Atoi(parts[len(parts)-2])
	if err != nil || strings.Join(parts[:len(parts)-2], ":") != host || pid == os.Getpid() {
		return false
	}
	return !processRuns(pid)
}

// defaultHolder names this process in the lease: host, pid and a start
// time, so two pipelines of one process (tests) differ.
func defaultHolder() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s:%d:%s", host, os.Getpid(), strconv.FormatInt(time.Now().UnixNano()%1e9, 36))
}

func (s *leaseSequencer) Acquire(ctx context.Context) (<-chan struct{}, func(context.Context) error, error) {
	told := false
	var renewed time.Time // when the lease held was last asked for
	for {
		// Waiting writers read the lease first and take the write lock
		// only when it looks free: their polls do not queue behind the
		// holder's writes.
		if l, err := s.st.Lease(ctx, LeaseName); err == nil && l.Holder != "" && l.Holder != s.holder && time.Now().Before(l.Expires) {
			if deadHolder(l.Holder) {
				// A process of this machine that holds the lease but no
				// longer runs (killed): no need to wait for the expiry.
				if _, held, err := s.st.TakeOver(ctx, LeaseName, s.holder, l.Holder, s.ttl); err == nil && held {
					s.p.opts.Log.Info("took the sequencer lease from a dead process", "holder", l.Holder)
					continue // the next TryLease renews it and reads the cursor
				}
			}
			if !told {
				told = true
				s.p.opts.Log.Info("waiting for the sequencer lease", "holder", l.Holder, "since", l.Acquired)
				if s.wait != nil {
					s.wait(l)
				}
			}
			select {
			case <-ctx.Done():
				return nil, nil, ctx.Err()
			case <-time.After(s.poll):
			}
			continue
		}
		asked := time.Now()
		l, held, err := s.st.TryLease(ctx, LeaseName, s.holder, s.ttl)
		if err != nil {
			return nil, nil, fmt.Errorf("sequencer lease: %w", err)
		}
		if held {
			s.cursor = l.Cursor
			renewed = asked
			break
		}
		if !told {
			told = true
			s.p.opts.Log.Info("waiting for the sequencer lease", "holder", l.Holder, "since", l.Acquired)
			if s.wait != nil {
				s.wait(l)
			}
		}
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-time.After(s.poll):
		}
	}
	release := func() {
		// A fresh context: the run's may be cancelled already.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = s.st.ReleaseLease(rctx, LeaseName, s.holder)
	}
	if n, err := s.p.catchUp(ctx); err != nil {
		release()
		return nil, nil, fmt.Errorf("catch up with the store: %w", err)
	} else if n > 0 {
		s.p.opts.Log.Info("caught up with other writers", "entries", n)
	}
	lost := make(chan struct{})
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.heartbeat(ctx, renewed, stop, lost)
	}()
	done := func(ctx context.Context) error {
		close(stop)
		wg.Wait()
		defer release()
		select {
		case <-lost:
			return fmt.Errorf("sequencer: %w", store.ErrLeaseLost)
		default:
		}
		// Everything written up to now is this run's own, already in
		// the indexes.
		seq, err := s.st.SignatureSeq(ctx)
		if err != nil {
			return err
		}
		s.p.lastSeq = seq
		return nil
	}
	return lost, done, nil
}

// restoreEntry adds one stored combined index entry to the indexes.
func (p *Pipeline) restoreEntry(docID string, data []byte) error {
	e, err := decodeIndexSig(data)
	if err != nil {
		return nil // an unreadable entry only weakens dedupe or clustering
	}
	if p.opts.Dups != nil && !p.opts.NoDedupe && len(e.dup) > 0 {
		if err := p.opts.Dups.Restore(docID, e.published, e.dup); err != nil {
			return err
		}
	}
	if p.opts.Stories != nil && !p.opts.NoStories && len(e.features) > 0 {
		return p.opts.Stories.Restore(docID, e.storyID, e.features)
	}
	return nil
}

// catchUp adds to the indexes the entries stored since the pipeline last
// read or wrote them, and reports how many.
func (p *Pipeline) catchUp(ctx context.Context) (int, error) {
	if p.seqStore == nil {
		return 0, nil
	}
	n := 0
	err := p.seqStore.SignaturesSince(ctx, sigIndex, p.lastSeq, func(seq int64, docID string, data []byte) error {
		p.lastSeq = seq
		n++
		return p.restoreEntry(docID, data)
	})
	return n, err
}

// stored reports whether a document with this content is stored already
// (by another writer since the worker looked, or earlier in this run).
func (w *writer) stored(ctx context.Context, doc *news.Document) (bool, error) {
	if doc.ContentHash == "" {
		return false, nil
	}
	w.mu.Lock()
	inflight := w.inflight[doc.ContentHash]
	w.mu.Unlock()
	if inflight > 0 {
		return true, nil
	}
	_, err := w.p.st.DocumentByHash(ctx, doc.ContentHash)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, store.ErrNotFound):
		return false, nil
	}
	return false, fmt.Errorf("look up content hash: %w", err)
}

// LeaseCursor is the cursor stored with the sequencer lease, as it was when
// this pipeline last took the lease (0 without a lease).
func (p *Pipeline) LeaseCursor() int64 {
	if s, ok := p.seq.(*leaseSequencer); ok {
		return s.cursor
	}
	return 0
}

// SetLeaseCursor stores a cursor with the sequencer lease; only while a run
// holds it (store.ErrLeaseLost otherwise).
func (p *Pipeline) SetLeaseCursor(ctx context.Context, c int64) error {
	s, ok := p.seq.(*leaseSequencer)
	if !ok {
		return nil
	}
	if err := s.st.SetLeaseCursor(ctx, LeaseName, s.holder, c); err != nil {
		return err
	}
	s.cursor = c
	return nil
}

// heartbeat renews the lease every third of its time until stop is closed,
// and closes lost when another holder has it or when renewals failed until
// it would expire. renewed is when the lease held was last asked for. A
// failed renewal (the store busy with the run's own writes on a loaded
// machine) is retried while the lease still has time: nobody else can hold
// it before it expires.
func (s *leaseSequencer) heartbeat(ctx context.Context, renewed time.Time, stop <-chan struct{}, lost chan<- struct{}) {
	t := time.NewTicker(s.ttl / 6)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		if time.Since(renewed) < s.ttl/3 {
			continue
		}
		asked := time.Now()
		_, held, err := s.st.TryLease(context.WithoutCancel(ctx), LeaseName, s.holder, s.ttl)
		if err != nil && time.Since(renewed) < s.ttl*5/6 {
			continue
		}
		if err != nil || !held {
			s.p.opts.Log.Error("sequencer lease lost", "err", err)
			close(lost)
			return
		}
		renewed = asked
	}
}
