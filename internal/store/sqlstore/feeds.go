package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"dyad/internal/store"
)

// FeedTables create the feed tables when missing (on first write, like
// the lease table: no schema version).
var FeedTables = []string{
	`CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, state TEXT NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS feed_items (feed TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (feed, item))`,
}

// missingTable says whether err is a query on a table not made yet.
func missingTable(err error) bool {
	s := err.Error()
	return strings.Contains(s, "no such table") || strings.Contains(s, "does not exist")
}

// PutFeed stores a feed's state in a write transaction.
func PutFeed(ctx context.Context, tx Tx, f store.Feed) error {
	for _, q := range FeedTables {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("feed tables: %w", err)
		}
	}
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO feeds (url, state) VALUES (?, ?) ON CONFLICT (url) DO UPDATE SET state = excluded.state`,
		f.URL, string(b)); err != nil {
		return fmt.Errorf("put feed %s: %w", f.URL, err)
	}
	return nil
}

// MarkItems records a feed's items in a write transaction.
func MarkItems(ctx context.Context, tx Tx, feed string, keys []string) error {
	for _, q := range FeedTables {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("feed tables: %w", err)
		}
	}
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, `INSERT INTO feed_items (feed, item) VALUES (?, ?) ON CONFLICT DO NOTHING`, feed, k); err != nil {
			return fmt.Errorf("mark feed item: %w", err)
		}
	}
	return nil
}

// Feeds lists the followed feeds.
func (r *Reader) Feeds(ctx context.Context) ([]store.Feed, error) {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	defer done()
	states, err := Strings(ctx, db, `SELECT state FROM feeds ORDER BY url`)
	if err != nil {
		if missingTable(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("feeds: %w", err)
	}
	out := make([]store.Feed, 0, len(states))
	for _, s := range states {
		var f store.Feed
		if err := json.Unmarshal([]byte(s), &f); err != nil {
			return nil, fmt.Errorf("feeds: %w", err)
		}
		out = append(out, f)
	}
	return out, nil
}

// SeenItems reports which keys are recorded for the feed.
func (r *Reader) SeenItems(ctx context.Context, feed string, keys []string) (map[string]bool, error) {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return nil, fmt.Errorf("feed items: %w", err)
	}
	defer done()
	seen := map[string]bool{}
	for _, k := range keys {
		got, err := Strings(ctx, db, `SELECT item FROM feed_items WHERE feed = ? AND item = ?`, feed, k)
		if err != nil {
			if missingTable(err) {
				return seen, nil
			}
			return nil, fmt.Errorf("feed items: %w", err)
		}
		if len(got) > 0 {
			seen[k] = true
		}
	}
	return seen, nil
}
