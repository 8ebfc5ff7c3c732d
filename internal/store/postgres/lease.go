package postgres

import (
	"context"
	"time"

	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

var _ store.Sequencing = (*Store)(nil)

// TryLease takes or renews a named lease (see store.Sequencing).
func (s *Store) TryLease(ctx context.Context, name, holder string, ttl time.Duration) (l store.Lease, held bool, err error) {
	err = s.withTx(ctx, func(tx *txn) error {
		l, held, err = sqlstore.TryLease(ctx, tx, name, holder, "", ttl, time.Now())
		return err
	})
	return l, held, err
}

// ReleaseLease gives up a lease holder has.
func (s *Store) ReleaseLease(ctx context.Context, name, holder string) error {
	return s.withTx(ctx, func(tx *txn) error { return sqlstore.ReleaseLease(ctx, tx, name, holder) })
}

// SetLeaseCursor stores a position with a lease holder has.
func (s *Store) SetLeaseCursor(ctx context.Context, name, holder string, cursor int64) error {
	return s.withTx(ctx, func(tx *txn) error { return sqlstore.SetLeaseCursor(ctx, tx, name, holder, cursor) })
}

// SignaturesSince calls fn for each signature of kind stored after seq.
func (s *Store) SignaturesSince(ctx context.Context, kind string, after int64, fn func(seq int64, docID string, data []byte) error) error {
	return s.read.SignaturesSince(ctx, kind, after, fn)
}

// SignatureSeq is the sequence number of the last signature stored.
func (s *Store) SignatureSeq(ctx context.Context) (int64, error) { return s.read.SignatureSeq(ctx) }

// Lease reads a lease without the write lock.
func (s *Store) Lease(ctx context.Context, name string) (store.Lease, error) {
	return s.read.Lease(ctx, name)
}

// TakeOver takes a lease from a dead holder (see store.Sequencing).
func (s *Store) TakeOver(ctx context.Context, name, holder, from string, ttl time.Duration) (l store.Lease, held bool, err error) {
	err = s.withTx(ctx, func(tx *txn) error {
		l, held, err = sqlstore.TryLease(ctx, tx, name, holder, from, ttl, time.Now())
		return err
	})
	return l, held, err
}
