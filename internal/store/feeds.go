package store

import (
	"context"
	"time"
)

// Feed is a followed feed's state and health (dyad watch).
type Feed struct {
	URL          string    `json:"url"`
	Title        string    `json:"title"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastPoll     time.Time `json:"last_poll"`
	LastSuccess  time.Time `json:"last_success"`
	LastError    string    `json:"last_error,omitempty"`
	LastErrorAt  time.Time `json:"last_error_at"`
	// Failures counts the polls that failed in a row (the backoff).
	Failures int       `json:"failures"`
	NextPoll time.Time `json:"next_poll"`
	// ItemsSeen counts the distinct items read from the feed; Fetched the
	// article pages fetched; NewDocs the documents stored new from it.
	ItemsSeen int `json:"items_seen"`
	Fetched   int `json:"fetched"`
	NewDocs   int `json:"new_docs"`
}

// FeedStore keeps followed feeds and the items already taken from them.
// Both backends implement it; the tables are made on first write.
type FeedStore interface {
	PutFeed(ctx context.Context, f Feed) error
	// Feeds lists the followed feeds by URL (none on a store that never
	// followed one).
	Feeds(ctx context.Context) ([]Feed, error)
	// SeenItems reports which of keys are recorded for the feed.
	SeenItems(ctx context.Context, feed string, keys []string) (map[string]bool, error)
	// MarkItems records keys for the feed.
	MarkItems(ctx context.Context, feed string, keys []string) error
}
