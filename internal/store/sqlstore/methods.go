package sqlstore

import (
	"context"
	"fmt"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

// Methods is what both SQL backends share of store.Store and its optional
// interfaces (store.Sequencing, store.JobStore, store.FeedStore,
// store.ChangeLog, store.EvidenceReader): the reads are its Reader's, and
// each write runs this package's function in one of the backend's write
// transactions. A backend embeds it (NewMethods) and adds opening,
// migrations and closing.
type Methods struct {
	*Reader
	withTx func(ctx context.Context, fn func(Tx) error) error
	exec   Execer
}

// NewMethods returns the methods over a backend: withTx runs fn in one of
// its write transactions, exec takes the writes made outside one
// (SetDocStory), read is its Reader.
func NewMethods(withTx func(ctx context.Context, fn func(Tx) error) error, exec Execer, read *Reader) Methods {
	return Methods{Reader: read, withTx: withTx, exec: exec}
}

// PutDocument stores a document; see store.Store.
func (m Methods) PutDocument(ctx context.Context, d *news.Document) (out store.Outcome, err error) {
	err = m.withTx(ctx, func(tx Tx) error {
		out, err = PutDocument(ctx, tx, d)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("put document %s: %w", d.ID, err)
	}
	return out, nil
}

// PutBundles stores documents with their facts, all in one transaction.
func (m Methods) PutBundles(ctx context.Context, bundles []store.Bundle) (out []store.Outcome, err error) {
	err = m.withTx(ctx, func(tx Tx) error {
		out, err = PutBundles(ctx, tx, bundles)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("put bundles: %w", err)
	}
	return out, nil
}

// SetDocStory sets a document's story and duplicate link.
func (m Methods) SetDocStory(ctx context.Context, docID, storyID, dupOf string, dupScore float64) error {
	return SetDocStory(ctx, m.exec, docID, storyID, dupOf, dupScore)
}

// AddEvents merges events into their canonical events; see store.Store.
func (m Methods) AddEvents(ctx context.Context, events []news.Event) error {
	if err := m.withTx(ctx, func(tx Tx) error { return AddEvents(ctx, tx, events) }); err != nil {
		return fmt.Errorf("add events: %w", err)
	}
	return nil
}

// AddQuotes stores quotes, replacing any with the same id.
func (m Methods) AddQuotes(ctx context.Context, quotes []news.Quote) error {
	if err := m.withTx(ctx, func(tx Tx) error { return AddQuotes(ctx, tx, quotes) }); err != nil {
		return fmt.Errorf("add quotes: %w", err)
	}
	return nil
}

// PutStory inserts or replaces a story.
func (m Methods) PutStory(ctx context.Context, st news.Story) error {
	return m.withTx(ctx, func(tx Tx) error { return PutStory(ctx, tx, st) })
}

// PutSignature keeps an index entry for a document.
func (m Methods) PutSignature(ctx context.Context, kind, docID string, data []byte) error {
	return m.withTx(ctx, func(tx Tx) error { return PutSignature(ctx, tx, kind, docID, data) })
}

// PutJob stores an ingest job.
func (m Methods) PutJob(ctx context.Context, j store.Job) error {
	return m.withTx(ctx, func(tx Tx) error { return PutJob(ctx, tx, j) })
}

// FailOrphanJobs records the jobs of stopped servers that were left queued
// or running as failed.
func (m Methods) FailOrphanJobs(ctx context.Context, gone func(server string) bool, reason string, at time.Time) (failed []store.Job, err error) {
	err = m.withTx(ctx, func(tx Tx) error {
		failed, err = FailOrphanJobs(ctx, tx, gone, reason, at)
		return err
	})
	return failed, err
}

// PutFeed stores a followed feed's state.
func (m Methods) PutFeed(ctx context.Context, f store.Feed) error {
	return m.withTx(ctx, func(tx Tx) error { return PutFeed(ctx, tx, f) })
}

// MarkItems records items taken from a feed.
func (m Methods) MarkItems(ctx context.Context, feed string, keys []string) error {
	return m.withTx(ctx, func(tx Tx) error { return MarkItems(ctx, tx, feed, keys) })
}

// TryLease takes or renews a named lease (see store.Sequencing).
func (m Methods) TryLease(ctx context.Context, name, holder string, ttl time.Duration) (store.Lease, bool, error) {
	return m.take(ctx, name, holder, "", ttl)
}

// TakeOver takes a lease from a dead holder (see store.Sequencing).
func (m Methods) TakeOver(ctx context.Context, name, holder, from string, ttl time.Duration) (store.Lease, bool, error) {
	return m.take(ctx, name, holder, from, ttl)
}

func (m Methods) take(ctx context.Context, name, holder, from string, ttl time.Duration) (ls store.Lease, held bool, err error) {
	err = m.withTx(ctx, func(tx Tx) error {
		ls, held, err = TryLease(ctx, tx, name, holder, from, ttl, time.Now())
		return err
	})
	return ls, held, err
}

// ReleaseLease gives up a lease holder has.
func (m Methods) ReleaseLease(ctx context.Context, name, holder string) error {
	return m.withTx(ctx, func(tx Tx) error { return ReleaseLease(ctx, tx, name, holder) })
}

// SetLeaseCursor stores a position with a lease holder has.
func (m Methods) SetLeaseCursor(ctx context.Context, name, holder string, cursor int64) error {
	return m.withTx(ctx, func(tx Tx) error { return SetLeaseCursor(ctx, tx, name, holder, cursor) })
}
