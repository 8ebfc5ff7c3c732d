package postgres

import (
	"context"

	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

var (
	_ store.Store          = (*Store)(nil)
	_ store.Sequencing     = (*Store)(nil)
	_ store.JobStore       = (*Store)(nil)
	_ store.FeedStore      = (*Store)(nil)
	_ store.ChangeLog      = (*Store)(nil)
	_ store.EvidenceReader = (*Store)(nil)
)

// methods is the store's sqlstore.Methods: every store.Store method but
// opening, migrating and closing.
func (s *Store) methods() sqlstore.Methods {
	return sqlstore.NewMethods(
		func(ctx context.Context, fn func(sqlstore.Tx) error) error {
			return s.withTx(ctx, func(tx *txn) error { return fn(tx) })
		},
		s.w,
		s.read,
	)
}
