package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

// PutDocument stores a document; see store.Store.
func (s *Store) PutDocument(ctx context.Context, d *news.Document) (store.Outcome, error) {
	var outcome store.Outcome
	err := s.withTx(ctx, func(tx *txn) error {
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
func putDoc(ctx context.Context, tx *txn, d *news.Document) (store.Outcome, error) {
	if d.ID == "" || d.ContentHash == "" {
		return 0, fmt.Errorf("%w: id and content hash are required", store.ErrInvalid)
	}
	amounts, err := json.Marshal(nonNil(d.Amounts))
	if err != nil {
		return 0, err
	}
	places, err := json.Marshal(nonNilPlaces(d.Places))
	if err != nil {
		return 0, err
	}
	outcome := store.New
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents WHERE content_hash = ?`, d.ContentHash).Scan(&n); err != nil {
		return 0, err
	}
	if n > 0 {
		return store.Duplicate, nil
	}
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents WHERE id = ?`, d.ID).Scan(&n); err != nil {
		return 0, err
	}
	if n > 0 {
		outcome = store.Updated
		if err := dropDocFacts(ctx, tx, d.ID); err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, d.ID); err != nil {
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
	_, err = tx.ExecContext(ctx, `INSERT INTO documents (`+sqlstore.DocColumns+`, ok)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		d.ID, d.ContentHash, d.URL, d.Path, d.Title, d.Source.Name, d.Source.Domain, d.Source.Origin,
		d.Source.Affiliation, d.Source.Distributor, d.Source.Country, d.Published, d.PublishedConfidence,
		d.PublishedFrom, d.Lang, d.Status, d.DupOf, d.DupScore, d.StoryID, d.Text, string(amounts), ingested, string(places), ok)
	if err != nil {
		return 0, err
	}
	if err := sqlstore.LogChange(ctx, tx, store.ChangeDocument, d.ID); err != nil {
		return 0, err
	}
	// Events stored before their document (or with its older version's
	// affiliation) now have another reporting group.
	ids, err := tx.strings(ctx, sqlstore.EventsOfDoc, d.ID)
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		if err := tx.execEach(ctx, sqlstore.RefreshGroups, id); err != nil {
			return 0, err
		}
	}
	return outcome, nil
}

// dropDocFacts removes what an older version of a document contributed:
// its evidence (recounting or deleting the events), quotes and signatures.
func dropDocFacts(ctx context.Context, tx *txn, docID string) error {
	ids, err := tx.strings(ctx, sqlstore.EventsOfDoc, docID)
	if err != nil {
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
	return s.read.DocumentByHash(ctx, hash)
}

// Document returns one document.
func (s *Store) Document(ctx context.Context, id string) (news.Document, error) {
	return s.read.Document(ctx, id)
}

// Documents lists documents sorted by (published, id).
func (s *Store) Documents(ctx context.Context, f store.DocFilter) ([]news.Document, error) {
	return s.read.Documents(ctx, f)
}

// SetDocStory sets a document's story and duplicate link.
func (s *Store) SetDocStory(ctx context.Context, docID, storyID, dupOf string, dupScore float64) error {
	res, err := s.w.ExecContext(ctx, `UPDATE documents SET story_id = ?, dup_of = CASE WHEN ?::text != '' THEN ?::text ELSE dup_of END,
		dup_score = CASE WHEN ?::text != '' THEN ?::double precision ELSE dup_score END WHERE id = ?`, storyID, dupOf, dupOf, dupOf, dupScore, docID)
	if err != nil {
		return fmt.Errorf("set story of %s: %w", docID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("set story of %s: %w", docID, store.ErrNotFound)
	}
	return nil
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func nonNilPlaces(p []news.Place) []news.Place {
	if p == nil {
		return []news.Place{}
	}
	return p
}
