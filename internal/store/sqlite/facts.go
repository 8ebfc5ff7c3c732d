package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"dyad/internal/news"
	"dyad/internal/store"
)

// AddQuotes stores quotes, replacing any with the same id.
func (s *Store) AddQuotes(ctx context.Context, quotes []news.Quote) error {
	if err := s.withTx(ctx, func(tx *wtx) error { return addQuotes(ctx, tx, quotes) }); err != nil {
		return fmt.Errorf("add quotes: %w", err)
	}
	return nil
}

func addQuotes(ctx context.Context, tx *wtx, quotes []news.Quote) error {
	for _, q := range quotes {
		if q.ID == "" {
			return fmt.Errorf("%w: quote without id", store.ErrInvalid)
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO quotes (id, doc_id, story_id, text, speaker_name,
			speaker_title, speaker_actor, date, date_text, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
			q.ID, q.DocID, q.StoryID, q.Text, q.Speaker.Name, q.Speaker.Title, q.Speaker.Actor, q.Date,
			q.DateText, q.Start, q.End); err != nil {
			return err
		}
	}
	return nil
}

// Quotes lists quotes sorted by (date, id).
func (s *Store) Quotes(ctx context.Context, f store.QuoteFilter) ([]news.Quote, error) {
	var w where
	if f.Speaker != "" {
		w.add(`speaker_name LIKE ? ESCAPE '\'`, "%"+escapeLike(f.Speaker)+"%")
	}
	if f.DocID != "" {
		w.add(`doc_id = ?`, f.DocID)
	}
	if f.StoryID != "" {
		w.add(`story_id = ?`, f.StoryID)
	}
	if f.From != "" {
		w.add(`date >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`date <= ?`, f.To)
	}
	if f.Text != "" {
		w.add(`text LIKE ? ESCAPE '\'`, "%"+escapeLike(f.Text)+"%")
	}
	if f.After != "" {
		w.add(`(date, id) > (SELECT date, id FROM quotes WHERE id = ?)`, f.After)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, doc_id, story_id, text, speaker_name, speaker_title, speaker_actor,
		date, date_text, start, "end" FROM quotes`+w.sql()+` ORDER BY date, id`+limit(f.Limit), w.args...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	defer rows.Close()
	var out []news.Quote
	for rows.Next() {
		var q news.Quote
		if err := rows.Scan(&q.ID, &q.DocID, &q.StoryID, &q.Text, &q.Speaker.Name, &q.Speaker.Title,
			&q.Speaker.Actor, &q.Date, &q.DateText, &q.Start, &q.End); err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// PutStory inserts or replaces a story.
func (s *Store) PutStory(ctx context.Context, st news.Story) error {
	return s.withTx(ctx, func(tx *wtx) error { return putStory(ctx, tx, st) })
}

func putStory(ctx context.Context, tx *wtx, st news.Story) error {
	docs, _ := json.Marshal(nonNil(st.DocIDs))
	srcs, _ := json.Marshal(nonNil(st.Sources))
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO stories (id, title, first_seen, last_seen, doc_ids, sources)
		VALUES (?,?,?,?,?,?)`, st.ID, st.Title, st.FirstSeen, st.LastSeen, string(docs), string(srcs)); err != nil {
		return fmt.Errorf("put story %s: %w", st.ID, err)
	}
	return nil
}

// Story returns one story.
func (s *Store) Story(ctx context.Context, id string) (news.Story, error) {
	sts, err := s.queryStories(ctx, `SELECT id, title, first_seen, last_seen, doc_ids, sources FROM stories WHERE id = ?`, id)
	if err != nil {
		return news.Story{}, fmt.Errorf("story %s: %w", id, err)
	}
	if len(sts) == 0 {
		return news.Story{}, fmt.Errorf("story %s: %w", id, store.ErrNotFound)
	}
	return sts[0], nil
}

// Stories lists stories sorted by (first_seen, id).
func (s *Store) Stories(ctx context.Context, f store.StoryFilter) ([]news.Story, error) {
	var w where
	if f.From != "" {
		w.add(`last_seen >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`first_seen <= ?`, f.To)
	}
	if f.After != "" {
		w.add(`(first_seen, id) > (SELECT first_seen, id FROM stories WHERE id = ?)`, f.After)
	}
	sts, err := s.queryStories(ctx, `SELECT id, title, first_seen, last_seen, doc_ids, sources FROM stories`+
		w.sql()+` ORDER BY first_seen, id`+limit(f.Limit), w.args...)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	return sts, nil
}

func (s *Store) queryStories(ctx context.Context, q string, args ...any) ([]news.Story, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []news.Story
	for rows.Next() {
		var st news.Story
		var docs, srcs string
		if err := rows.Scan(&st.ID, &st.Title, &st.FirstSeen, &st.LastSeen, &docs, &srcs); err != nil {
			return nil, err
		}
		if err := errors.Join(json.Unmarshal([]byte(docs), &st.DocIDs), json.Unmarshal([]byte(srcs), &st.Sources)); err != nil {
			return nil, fmt.Errorf("story %s: %w", st.ID, err)
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// PutSignature keeps an index entry for a document.
func (s *Store) PutSignature(ctx context.Context, kind, docID string, data []byte) error {
	return s.withTx(ctx, func(tx *wtx) error { return putSig(ctx, tx, kind, docID, data) })
}

func putSig(ctx context.Context, tx *wtx, kind, docID string, data []byte) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO signatures (kind, doc_id, data) VALUES (?,?,?)
		ON CONFLICT (kind, doc_id) DO UPDATE SET data = excluded.data`, kind, docID, data); err != nil {
		return fmt.Errorf("put signature %s/%s: %w", kind, docID, err)
	}
	return nil
}

// Signatures calls fn for each signature of kind in insertion order.
func (s *Store) Signatures(ctx context.Context, kind string, fn func(docID string, data []byte) error) error {
	rows, err := s.r.QueryContext(ctx, `SELECT doc_id, data FROM signatures WHERE kind = ? ORDER BY seq`, kind)
	if err != nil {
		return fmt.Errorf("signatures %s: %w", kind, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var data []byte
		if err := rows.Scan(&id, &data); err != nil {
			return fmt.Errorf("signatures %s: %w", kind, err)
		}
		if err := fn(id, data); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	st := store.Stats{Documents: map[string]int{"ok": 0, "failed": 0}}
	var ok, failed sql.NullInt64
	err := s.r.QueryRowContext(ctx, `SELECT SUM(ok), SUM(1 - ok) FROM documents`).Scan(&ok, &failed)
	if err == nil {
		st.Documents["ok"], st.Documents["failed"] = int(ok.Int64), int(failed.Int64)
		err = s.r.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM quotes),
			(SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM evidence)`).Scan(&st.Events, &st.Quotes, &st.Stories, &st.EventsByDoc)
	}
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// PutBundles stores documents with their facts, all in one transaction.
func (s *Store) PutBundles(ctx context.Context, bundles []store.Bundle) ([]store.Outcome, error) {
	out := make([]store.Outcome, len(bundles))
	err := s.withTx(ctx, func(tx *wtx) error {
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
