package postgres

import (
	"context"

	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

var _ store.Sequencing = (*Store)(nil)

// leases is the store's sqlstore.Leases (its lease and signature methods).
func (s *Store) leases() sqlstore.Leases {
	return sqlstore.NewLeases(
		func(ctx context.Context, fn func(sqlstore.Tx) error) error {
			return s.withTx(ctx, func(tx *txn) error { return fn(tx) })
		},
		s.read,
	)
}
