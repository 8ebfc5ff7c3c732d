package sqlite

import (
	"context"

	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

var _ store.FeedStore = (*Store)(nil)

// PutFeed stores a followed feed's state.
func (s *Store) PutFeed(ctx context.Context, f store.Feed) error {
	return s.withTx(ctx, func(tx *wtx) error { return sqlstore.PutFeed(ctx, tx, f) })
}

// MarkItems records items taken from a feed.
func (s *Store) MarkItems(ctx context.Context, feed string, keys []string) error {
	return s.withTx(ctx, func(tx *wtx) error { return sqlstore.MarkItems(ctx, tx, feed, keys) })
}

// Feeds lists the followed feeds.
func (s *Store) Feeds(ctx context.Context) ([]store.Feed, error) { return s.read.Feeds(ctx) }

// SeenItems reports which items of a feed are recorded.
func (s *Store) SeenItems(ctx context.Context, feed string, keys []string) (map[string]bool, error) {
	return s.read.SeenItems(ctx, feed, keys)
}
