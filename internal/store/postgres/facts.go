package postgres

import (
	"context"
	"fmt"

	"dyad/internal/news"
	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

// AddQuotes stores quotes, replacing any with the same id.
func (s *Store) AddQuotes(ctx context.Context, quotes []news.Quote) error {
	if err := s.withTx(ctx, func(tx *txn) error { return sqlstore.AddQuotes(ctx, tx, quotes) }); err != nil {
		return fmt.Errorf("add quotes: %w", err)
	}
	return nil
}

// Quotes lists quotes sorted by (date, id).
func (s *Store) Quotes(ctx context.Context, f store.QuoteFilter) ([]news.Quote, error) {
	return s.read.Quotes(ctx, f)
}

// PutStory inserts or replaces a story.
func (s *Store) PutStory(ctx context.Context, st news.Story) error {
	return s.withTx(ctx, func(tx *txn) error { return sqlstore.PutStory(ctx, tx, st) })
}

// Story returns one story.
func (s *Store) Story(ctx context.Context, id string) (news.Story, error) {
	return s.read.Story(ctx, id)
}

// Stories lists stories sorted by (first_seen, id).
func (s *Store) Stories(ctx context.Context, f store.StoryFilter) ([]news.Story, error) {
	return s.read.Stories(ctx, f)
}

// PutSignature keeps an index entry for a document.
func (s *Store) PutSignature(ctx context.Context, kind, docID string, data []byte) error {
	return s.withTx(ctx, func(tx *txn) error { return sqlstore.PutSignature(ctx, tx, kind, docID, data) })
}

// Signatures calls fn for each signature of kind in insertion order.
func (s *Store) Signatures(ctx context.Context, kind string, fn func(docID string, data []byte) error) error {
	return s.read.Signatures(ctx, kind, fn)
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	return s.read.Stats(ctx)
}

// PutBundles stores documents with their facts, all in one transaction.
func (s *Store) PutBundles(ctx context.Context, bundles []store.Bundle) (out []store.Outcome, err error) {
	err = s.withTx(ctx, func(tx *txn) error {
		out, err = sqlstore.PutBundles(ctx, tx, bundles)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("put bundles: %w", err)
	}
	return out, nil
}
