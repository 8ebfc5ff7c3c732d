package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"dyad/internal/news"
	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

// AddQuotes stores quotes, replacing any with the same id.
func (s *Store) AddQuotes(ctx context.Context, quotes []news.Quote) error {
	if err := s.withTx(ctx, func(tx *txn) error { return addQuotes(ctx, tx, quotes) }); err != nil {
		return fmt.Errorf("add quotes: %w", err)
	}
	return nil
}

func addQuotes(ctx context.Context, tx *txn, quotes []news.Quote) error {
	for _, q := range quotes {
		if q.ID == "" {
			return fmt.Errorf("%w: quote without id", store.ErrInvalid)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes (id, doc_id, story_id, text, speaker_name,
			speaker_title, speaker_actor, date, date_text, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?,?)
			ON CONFLICT (id) DO UPDATE SET doc_id = excluded.doc_id, story_id = excluded.story_id, text = excluded.text,
			speaker_name = excluded.speaker_name, speaker_title = excluded.speaker_title, speaker_actor = excluded.speaker_actor,
			date = excluded.date, date_text = excluded.date_text, start = excluded.start, "end" = excluded."end"`,
			q.ID, q.DocID, q.StoryID, q.Text, q.Speaker.Name, q.Speaker.Title, q.Speaker.Actor, q.Date,
			q.DateText, q.Start, q.End); err != nil {
			return err
		}
	}
	return nil
}

// Quotes lists quotes sorted by (date, id).
func (s *Store) Quotes(ctx context.Context, f store.QuoteFilter) ([]news.Quote, error) {
	return s.read.Quotes(ctx, f)
}

// PutStory inserts or replaces a story.
func (s *Store) PutStory(ctx context.Context, st news.Story) error {
	return s.withTx(ctx, func(tx *txn) error { return putStory(ctx, tx, st) })
}

func putStory(ctx context.Context, tx *txn, st news.Story) error {
	docs, _ := json.Marshal(nonNil(st.DocIDs))
	srcs, _ := json.Marshal(nonNil(st.Sources))
	if _, err := tx.ExecContext(ctx, `INSERT INTO stories (id, title, first_seen, last_seen, doc_ids, sources)
		VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,
		first_seen = excluded.first_seen, last_seen = excluded.last_seen, doc_ids = excluded.doc_ids, sources = excluded.sources`, st.ID, st.Title, st.FirstSeen, st.LastSeen, string(docs), string(srcs)); err != nil {
		return fmt.Errorf("put story %s: %w", st.ID, err)
	}
	return nil
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
	return s.withTx(ctx, func(tx *txn) error { return putSig(ctx, tx, kind, docID, data) })
}

func putSig(ctx context.Context, tx *txn, kind, docID string, data []byte) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO signatures (kind, doc_id, data) VALUES (?,?,?)
		ON CONFLICT (kind, doc_id) DO UPDATE SET data = excluded.data`, kind, docID, data); err != nil {
		return fmt.Errorf("put signature %s/%s: %w", kind, docID, err)
	}
	return nil
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
func (s *Store) PutBundles(ctx context.Context, bundles []store.Bundle) ([]store.Outcome, error) {
	out := make([]store.Outcome, len(bundles))
	err := s.withTx(ctx, func(tx *txn) error {
		if err := sqlstore.CheckFence(ctx, tx); err != nil {
			return err
		}
		for i, b := range bundles {
			o, err := putDoc(ctx, tx, b.Doc)
			if err != nil {
				return fmt.Errorf("document %s: %w", b.Doc.ID, err)
			}
			out[i] = o
			if o == store.Duplicate {
				continue
			}
			if b.Story != nil {
				if err := putStory(ctx, tx, *b.Story); err != nil {
					return err
				}
			}
			for _, sig := range b.Signatures {
				if err := putSig(ctx, tx, sig.Kind, b.Doc.ID, sig.Data); err != nil {
					return err
				}
			}
			if err := addEvents(ctx, tx, b.Events); err != nil {
				return err
			}
			if err := addQuotes(ctx, tx, b.Quotes); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("put bundles: %w", err)
	}
	return out, nil
}
