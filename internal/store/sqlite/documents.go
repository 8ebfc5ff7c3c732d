package sqlite

import (
	"context"
	"fmt"

	"dyad/internal/news"
	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

// PutDocument stores a document; see store.Store.
func (s *Store) PutDocument(ctx context.Context, d *news.Document) (store.Outcome, error) {
	var outcome store.Outcome
	err := s.withTx(ctx, func(tx *wtx) error {
		var err error
		outcome, err = sqlstore.PutDocument(ctx, tx, d)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("put document %s: %w", d.ID, err)
	}
	return outcome, nil
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
	return sqlstore.SetDocStory(ctx, s.w, docID, storyID, dupOf, dupScore)
}
