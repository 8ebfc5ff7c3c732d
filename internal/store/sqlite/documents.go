package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

const docColumns = `id, content_hash, url, path, title, source_name, source_domain, source_origin,
	source_affiliation, source_distributor, source_country, published, published_confidence,
	published_from, lang, status, dup_of, dup_score, story_id, text, amounts, ingested_at`

// PutDocument stores a document; see store.Store.
func (s *Store) PutDocument(ctx context.Context, d *news.Document) (store.Outcome, error) {
	var outcome store.Outcome
	err := s.withTx(ctx, func(tx *wtx) error {
		var err error
		outcome, err = putDoc(ctx, tx, d)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("put document %s: %w", d.ID, err)
	}
	return outcome, nil
}

// putDoc stores a document inside a transaction.
func putDoc(ctx context.Context, tx *wtx, d *news.Document) (store.Outcome, error) {
	if d.ID == "" || d.ContentHash == "" {
		return 0, fmt.Errorf("%w: id and content hash are required", store.ErrInvalid)
	}
	amounts, err := json.Marshal(nonNil(d.Amounts))
	if err != nil {
		return 0, err
	}
	outcome := store.New
	rows, err := tx.QueryContext(ctx, `SELECT id, content_hash FROM documents WHERE content_hash = ? OR id = ?`, d.ContentHash, d.ID)
	if err != nil {
		return 0, err
	}
	sameID := false
	for rows.Next() {
		var id, hash string
		if err := rows.Scan(&id, &hash); err != nil {
			rows.Close()
			return 0, err
		}
		if hash == d.ContentHash {
			outcome = store.Duplicate
		} else if id == d.ID {
			sameID = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if outcome == store.Duplicate {
		return store.Duplicate, nil
	}
	if sameID {
		outcome = store.Updated
		if err := dropDocFacts(ctx, tx, d.ID); err != nil {
			return 0, err
		}
	}
	ok := 0
	if d.OK() {
		ok = 1
	}
	ingested := ""
	if !d.IngestedAt.IsZero() {
		ingested = d.IngestedAt.UTC().Format(time.RFC3339Nano)
	}
	_, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO documents (`+docColumns+`, ok)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		d.ID, d.ContentHash, d.URL, d.Path, d.Title, d.Source.Name, d.Source.Domain, d.Source.Origin,
		d.Source.Affiliation, d.Source.Distributor, d.Source.Country, d.Published, d.PublishedConfidence,
		d.PublishedFrom, d.Lang, d.Status, d.DupOf, d.DupScore, d.StoryID, d.Text, string(amounts), ingested, ok)
	return outcome, err
}

// dropDocFacts removes what an older version of a document contributed:
// its evidence (recounting or deleting the events), quotes and signatures.
func dropDocFacts(ctx context.Context, tx *wtx, docID string) error {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT event_id FROM evidence WHERE doc_id = ?`, docID)
	if err != nil {
		return err
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM evidence WHERE doc_id = ?`, `DELETE FROM quotes WHERE doc_id = ?`, `DELETE FROM signatures WHERE doc_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, docID); err != nil {
			return err
		}
	}
	for _, id := range ids {
		if err := recount(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

// DocumentByHash returns the id of the document with this content hash.
func (s *Store) DocumentByHash(ctx context.Context, hash string) (string, error) {
	var id string
	err := s.r.QueryRowContext(ctx, `SELECT id FROM documents WHERE content_hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", store.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("document by hash: %w", err)
	}
	return id, nil
}

// Document returns one document.
func (s *Store) Document(ctx context.Context, id string) (news.Document, error) {
	docs, err := s.queryDocs(ctx, `SELECT `+docColumns+` FROM documents WHERE id = ?`, id)
	if err != nil {
		return news.Document{}, fmt.Errorf("document %s: %w", id, err)
	}
	if len(docs) == 0 {
		return news.Document{}, fmt.Errorf("document %s: %w", id, store.ErrNotFound)
	}
	return docs[0], nil
}

// Documents lists documents sorted by (published, id).
func (s *Store) Documents(ctx context.Context, f store.DocFilter) ([]news.Document, error) {
	var w where
	switch f.Status {
	case "ok":
		w.add(`ok = 1`)
	case "failed":
		w.add(`ok = 0`)
	case "":
	default:
		return nil, fmt.Errorf("documents: %w: status %q", store.ErrInvalid, f.Status)
	}
	if f.StoryID != "" {
		w.add(`story_id = ?`, f.StoryID)
	}
	if f.Source != "" {
		w.add(`(source_origin = ? COLLATE NOCASE OR source_name = ? COLLATE NOCASE)`, f.Source, f.Source)
	}
	if f.From != "" {
		w.add(`published >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`published <= ?`, f.To)
	}
	if len(f.IDs) > 0 {
		w.add(`id IN (`+placeholders(len(f.IDs))+`)`, anys(f.IDs)...)
	}
	if f.After != "" {
		w.add(`(published, id) > (SELECT published, id FROM documents WHERE id = ?)`, f.After)
	}
	q := `SELECT ` + docColumns + ` FROM documents` + w.sql() + ` ORDER BY published, id` + limit(f.Limit)
	docs, err := s.queryDocs(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return docs, nil
}

func (s *Store) queryDocs(ctx context.Context, q string, args ...any) ([]news.Document, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []news.Document
	for rows.Next() {
		var d news.Document
		var amounts, ingested string
		if err := rows.Scan(&d.ID, &d.ContentHash, &d.URL, &d.Path, &d.Title, &d.Source.Name, &d.Source.Domain,
			&d.Source.Origin, &d.Source.Affiliation, &d.Source.Distributor, &d.Source.Country, &d.Published,
			&d.PublishedConfidence, &d.PublishedFrom, &d.Lang, &d.Status, &d.DupOf, &d.DupScore, &d.StoryID,
			&d.Text, &amounts, &ingested); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(amounts), &d.Amounts); err != nil {
			return nil, fmt.Errorf("amounts of %s: %w", d.ID, err)
		}
		if d.Amounts == nil {
			d.Amounts = []news.Amount{}
		}
		d.IngestedAt, _ = time.Parse(time.RFC3339Nano, ingested)
		out = append(out, d)
	}
	return out, rows.Err()
}

// SetDocStory sets a document's story and duplicate link.
func (s *Store) SetDocStory(ctx context.Context, docID, storyID, dupOf string, dupScore float64) error {
	res, err := s.w.ExecContext(ctx, `UPDATE documents SET story_id = ?, dup_of = CASE WHEN ? != '' THEN ? ELSE dup_of END,
		dup_score = CASE WHEN ? != '' THEN ? ELSE dup_score END WHERE id = ?`, storyID, dupOf, dupOf, dupOf, dupScore, docID)
	if err != nil {
		return fmt.Errorf("set story of %s: %w", docID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("set story of %s: %w", docID, store.ErrNotFound)
	}
	return nil
}

// where builds a WHERE clause.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func limit(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(" LIMIT %d", n)
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func anys(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
