package sqlstore

import (
	"context"
	"fmt"
	"time"

	"dyad/internal/store"
)

// Tx is what the lease functions need of a write transaction.
type Tx interface {
	Queryer
	Execer
}

// LeaseTable creates the lease table when missing. It is created on first
// use rather than by a numbered migration, so that a store written by an
// older dyad gains it without a schema version.
const LeaseTable = `CREATE TABLE IF NOT EXISTS leases (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    acquired_ms BIGINT NOT NULL,
    expires_ms  BIGINT NOT NULL,
    cursor      BIGINT NOT NULL DEFAULT 0
)`

func getLease(ctx context.Context, tx Queryer, name string) (store.Lease, bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT holder, acquired_ms, expires_ms, cursor FROM leases WHERE name = ?`, name)
	if err != nil {
		return store.Lease{}, false, err
	}
	defer rows.Close()
	if !rows.Next() {
		return store.Lease{Name: name}, false, rows.Err()
	}
	var l store.Lease
	var acq, exp int64
	if err := rows.Scan(&l.Holder, &acq, &exp, &l.Cursor); err != nil {
		return store.Lease{}, false, err
	}
	l.Name = name
	l.Acquired, l.Expires = time.UnixMilli(acq), time.UnixMilli(exp)
	return l, true, rows.Err()
}

// TryLease is store.Sequencing's TryLease inside a write transaction
// (which the backend serialises: SQLite's single writer, PostgreSQL's
// advisory lock). Times are the writer's clock in milliseconds: the
// holders of one store must have clocks that agree to well within the ttl.
//
// from, when not empty, names a holder whose lease may be taken before it
// expires (the caller knows that holder is dead).
func TryLease(ctx context.Context, tx Tx, name, holder, from string, ttl time.Duration, now time.Time) (store.Lease, bool, error) {
	if _, err := tx.ExecContext(ctx, LeaseTable); err != nil {
		return store.Lease{}, false, fmt.Errorf("lease table: %w", err)
	}
	l, found, err := getLease(ctx, tx, name)
	if err != nil {
		return store.Lease{}, false, fmt.Errorf("read lease %s: %w", name, err)
	}
	if found && l.Holder != holder && now.Before(l.Expires) && (from == "" || l.Holder != from) {
		return l, false, nil
	}
	exp := now.Add(ttl)
	switch {
	case !found:
		_, err = tx.ExecContext(ctx, `INSERT INTO leases (name, holder, acquired_ms, expires_ms, cursor) VALUES (?,?,?,?,0)`,
			name, holder, now.UnixMilli(), exp.UnixMilli())
		l = store.Lease{Name: name, Holder: holder, Acquired: now}
	case l.Holder == holder && now.Before(l.Expires):
		_, err = tx.ExecContext(ctx, `UPDATE leases SET expires_ms = ? WHERE name = ?`, exp.UnixMilli(), name)
	default:
		_, err = tx.ExecContext(ctx, `UPDATE leases SET holder = ?, acquired_ms = ?, expires_ms = ? WHERE name = ?`,
			holder, now.UnixMilli(), exp.UnixMilli(), name)
		l.Holder, l.Acquired = holder, now
	}
	if err != nil {
		return store.Lease{}, false, fmt.Errorf("take lease %s: %w", name, err)
	}
	l.Expires = exp
	return l, true, nil
}

// ReleaseLease is store.Sequencing's ReleaseLease inside a write transaction.
func ReleaseLease(ctx context.Context, tx Tx, name, holder string) error {
	if _, err := tx.ExecContext(ctx, LeaseTable); err != nil {
		return fmt.Errorf("lease table: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE leases SET expires_ms = 0 WHERE name = ? AND holder = ?`, name, holder); err != nil {
		return fmt.Errorf("release lease %s: %w", name, err)
	}
	return nil
}

// SetLeaseCursor is store.Sequencing's SetLeaseCursor inside a write
// transaction.
func SetLeaseCursor(ctx context.Context, tx Tx, name, holder string, cursor int64) error {
	if _, err := tx.ExecContext(ctx, LeaseTable); err != nil {
		return fmt.Errorf("lease table: %w", err)
	}
	// Like the write fence: the holder's until another takes it, even
	// past its expiry.
	res, err := tx.ExecContext(ctx, `UPDATE leases SET cursor = ? WHERE name = ? AND holder = ?`,
		cursor, name, holder)
	if err != nil {
		return fmt.Errorf("lease %s cursor: %w", name, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("lease %s cursor: %w", name, store.ErrLeaseLost)
	}
	return nil
}

// SignaturesSince calls fn for each signature of kind after seq, in order.
func (r *Reader) SignaturesSince(ctx context.Context, kind string, after int64, fn func(seq int64, docID string, data []byte) error) error {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return fmt.Errorf("signatures %s: %w", kind, err)
	}
	defer done()
	rows, err := db.QueryContext(ctx, `SELECT seq, doc_id, data FROM signatures WHERE kind = ? AND seq > ? ORDER BY seq`, kind, after)
	if err != nil {
		return fmt.Errorf("signatures %s: %w", kind, err)
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		var id string
		var data []byte
		if err := rows.Scan(&seq, &id, &data); err != nil {
			return fmt.Errorf("signatures %s: %w", kind, err)
		}
		if err := fn(seq, id, data); err != nil {
			return err
		}
	}
	return rows.Err()
}

// SignatureSeq is the sequence number of the last signature stored (0 when none).
func (r *Reader) SignatureSeq(ctx context.Context) (int64, error) {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return 0, fmt.Errorf("signature seq: %w", err)
	}
	defer done()
	rows, err := db.QueryContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM signatures`)
	if err != nil {
		return 0, fmt.Errorf("signature seq: %w", err)
	}
	defer rows.Close()
	var n int64
	if rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, fmt.Errorf("signature seq: %w", err)
		}
	}
	return n, rows.Err()
}

// CheckFence fails with store.ErrLeaseLost when ctx carries a fence whose
// holder no longer holds the lease (another writer took it). Called
// inside the write transaction.
func CheckFence(ctx context.Context, tx Queryer) error {
	f, ok := store.FenceFrom(ctx)
	if !ok {
		return nil
	}
	l, found, err := getLease(ctx, tx, f.Name)
	if err != nil {
		return fmt.Errorf("check lease %s: %w", f.Name, err)
	}
	if !found || l.Holder != f.Holder {
		return fmt.Errorf("lease %s now held by %s: %w", f.Name, l.Holder, store.ErrLeaseLost)
	}
	return nil
}

// Lease reads a lease outside a write transaction.
func (r *Reader) Lease(ctx context.Context, name string) (store.Lease, error) {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return store.Lease{}, fmt.Errorf("lease %s: %w", name, err)
	}
	defer done()
	l, _, err := getLease(ctx, db, name)
	if err != nil {
		if missingTable(err) {
			return store.Lease{Name: name}, nil
		}
		return store.Lease{}, fmt.Errorf("lease %s: %w", name, err)
	}
	return l, nil
}
