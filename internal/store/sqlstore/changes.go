package sqlstore

import (
	"context"
	"fmt"
	"time"

	"dyad/internal/store"
)

// LogChange records inside a write transaction that a document or an
// event changed: its one row in changes moves to a new seq.
func LogChange(ctx context.Context, tx Execer, kind, id string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM changes WHERE kind = ? AND id = ?`, kind, id); err != nil {
		return fmt.Errorf("log change: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO changes (kind, id, at_ms) VALUES (?, ?, ?)`, kind, id, time.Now().UnixMilli()); err != nil {
		return fmt.Errorf("log change: %w", err)
	}
	return nil
}

// Changes lists changes after a seq (store.ChangeLog).
func (r *Reader) Changes(ctx context.Context, since int64, from time.Time, limit int) ([]store.Change, error) {
	if limit <= 0 {
		limit = 100
	}
	var fromMs int64
	if !from.IsZero() {
		fromMs = from.UnixMilli()
	}
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return nil, fmt.Errorf("changes: %w", err)
	}
	defer done()
	rows, err := db.QueryContext(ctx, `SELECT seq, kind, id, at_ms FROM changes WHERE seq > ? AND at_ms >= ? ORDER BY seq LIMIT ?`,
		since, fromMs, limit)
	if err != nil {
		return nil, fmt.Errorf("changes: %w", err)
	}
	defer rows.Close()
	var out []store.Change
	for rows.Next() {
		var c store.Change
		var at int64
		if err := rows.Scan(&c.Seq, &c.Kind, &c.ID, &at); err != nil {
			return nil, fmt.Errorf("changes: %w", err)
		}
		if at > 0 {
			c.At = time.UnixMilli(at).UTC()
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
