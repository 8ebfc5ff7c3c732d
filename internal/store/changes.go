package store

import (
	"context"
	"errors"
	"time"

	"dyad/internal/news"
)

// Change kinds.
const (
	ChangeDocument = "document"
	ChangeEvent    = "event"
)

// Change says that a document or an event was added, updated or deleted;
// Seq orders changes store-wide (a cursor), and an object changed twice
// is listed once, at its latest change.
type Change struct {
	Seq  int64
	Kind string
	ID   string
	At   time.Time // zero for rows stored before the store kept changes
}

// ChangeLog is implemented by stores that keep what changed (both
// backends).
type ChangeLog interface {
	// Changes lists up to limit changes with Seq > since and At on or
	// after from (zero: any), in Seq order.
	Changes(ctx context.Context, since int64, from time.Time, limit int) ([]Change, error)
}

// ChangeItem is a change with the object as it is now: an event, a
// document, or Deleted when it is gone.
type ChangeItem struct {
	Seq      int64          `json:"seq"`
	Kind     string         `json:"kind"`
	ID       string         `json:"id"`
	At       *time.Time     `json:"at,omitempty"`
	Deleted  bool           `json:"deleted,omitempty"`
	Event    *news.Event    `json:"event,omitempty"`
	Document *news.Document `json:"document,omitempty"`
}

// LoadChanges reads the objects of changes as they are now.
func LoadChanges(ctx context.Context, st Store, cs []Change) ([]ChangeItem, error) {
	return LoadChangesCapped(ctx, st, cs, 0)
}

// LoadChangesCapped is LoadChanges with at most maxEvidence evidence
// sentences per event (0: all) when the store is an EvidenceReader.
func LoadChangesCapped(ctx context.Context, st Store, cs []Change, maxEvidence int) ([]ChangeItem, error) {
	er, capped := st.(EvidenceReader)
	capped = capped && maxEvidence > 0
	out := make([]ChangeItem, 0, len(cs))
	for _, c := range cs {
		it := ChangeItem{Seq: c.Seq, Kind: c.Kind, ID: c.ID}
		if !c.At.IsZero() {
			at := c.At.UTC()
			it.At = &at
		}
		var err error
		switch c.Kind {
		case ChangeEvent:
			var ev news.Event
			if capped {
				ev, err = er.EventCapped(ctx, c.ID, maxEvidence)
			} else {
				ev, err = st.Event(ctx, c.ID)
			}
			if err == nil {
				it.Event = &ev
			}
		case ChangeDocument:
			var d news.Document
			if d, err = st.Document(ctx, c.ID); err == nil {
				it.Document = &d
			}
		}
		switch {
		case errors.Is(err, ErrNotFound):
			it.Deleted = true
		case err != nil:
			return nil, err
		}
		out = append(out, it)
	}
	return out, nil
}
