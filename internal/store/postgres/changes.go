package postgres

import (
	"context"
	"time"

	"dyad/internal/store"
)

var _ store.ChangeLog = (*Store)(nil)

// Changes lists what changed after a seq (store.ChangeLog).
func (s *Store) Changes(ctx context.Context, since int64, from time.Time, limit int) ([]store.Change, error) {
	return s.read.Changes(ctx, since, from, limit)
}
