package postgres

import (
	"context"
	"fmt"

	"dyad/internal/news"
	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

// AddEvents merges events into their canonical events; see store.Store.
func (s *Store) AddEvents(ctx context.Context, events []news.Event) error {
	if err := s.withTx(ctx, func(tx *txn) error { return sqlstore.AddEvents(ctx, tx, events) }); err != nil {
		return fmt.Errorf("add events: %w", err)
	}
	return nil
}

// Event returns one canonical event with its evidence.
func (s *Store) Event(ctx context.Context, id string) (news.Event, error) {
	return s.read.Event(ctx, id)
}

var _ store.EvidenceReader = (*Store)(nil)

// EventCapped returns one event with at most max evidence sentences.
func (s *Store) EventCapped(ctx context.Context, id string, max int) (news.Event, error) {
	return s.read.EventCapped(ctx, id, max)
}

// EventEvidence returns a page of an event's evidence and its count.
func (s *Store) EventEvidence(ctx context.Context, id string, offset, limit int) ([]news.Evidence, int, error) {
	return s.read.EventEvidence(ctx, id, offset, limit)
}

// Events lists canonical events sorted by (date, id).
func (s *Store) Events(ctx context.Context, f store.EventFilter) ([]news.Event, error) {
	return s.read.Events(ctx, f)
}

// CountEvents counts a filter's events (store.EventCounter).
func (s *Store) CountEvents(ctx context.Context, f store.EventFilter) (int, error) {
	return s.read.CountEvents(ctx, f)
}

// TopDyads ranks country-level dyads by events (store.DyadRanker).
func (s *Store) TopDyads(ctx context.Context, n int) ([]store.DyadCount, error) {
	return s.read.TopDyads(ctx, n)
}

// Series counts canonical events between two actors per period.
func (s *Store) Series(ctx context.Context, q store.SeriesQuery) ([]news.SeriesPoint, error) {
	return s.read.Series(ctx, q)
}
