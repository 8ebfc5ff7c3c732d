// Package postgres is dyad's server store: PostgreSQL through pgx
// (github.com/jackc/pgx/v5, its database/sql driver and connection pool),
// with numbered schema migrations embedded in the binary and applied on
// open. It behaves exactly like the SQLite store (same conformance suite).
//
// Writes run in transactions that first take one transaction-scoped
// advisory lock, so canonical-event merging (insert, append evidence,
// recount) is serialized across connections and processes, as SQLite's
// single writer serializes it. Reads run concurrently on the pool.
package postgres

import (
	"context"
	"database/sql"
	"embed"

	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options configure Open. The zero value is the default.
type Options struct {
	// Schema, when set, is created if missing and used as the search path:
	// every table lives in it (tests use a fresh schema per run).
	Schema string
	// MaxConns is the size of the connection pool; 0 means 16.
	MaxConns int
}

// writeLock is the advisory lock key every write transaction takes.
const writeLock = 0x64796164 // "dyad"

// Store is a store.Store over one PostgreSQL database (or schema).
type Store struct {
	r    *db // reads
	w    *db // writes (the same pool; writes are serialized by the lock)
	read *sqlstore.Reader
	sqlstore.Methods

	schema string
}

// Open connects to the database a postgres:// DSN names and applies
// pending migrations.
func Open(ctx context.Context, dsn string, opts Options) (*Store, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open store: %w: %w", store.ErrInvalid, err)
	}
	if opts.Schema != "" {
		cfg.RuntimeParams["search_path"] = opts.Schema
	}
	sdb := stdlib.OpenDB(*cfg)
	n := opts.MaxConns
	if n <= 0 {
		n = 16
	}
	sdb.SetMaxOpenConns(n)
	sdb.SetMaxIdleConns(n)
	sdb.SetConnMaxIdleTime(5 * time.Minute)
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("open store %s: %w", redact(cfg), err)
	}
	d := &db{sdb}
	s := &Store{r: d, w: d, schema: opts.Schema,
		read: &sqlstore.Reader{DB: sqlstore.DBPool{Queryer: d}, D: sqlstore.Postgres}}
	s.Methods = s.methods()
	if opts.Schema != "" {
		if _, err := sdb.ExecContext(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{opts.Schema}.Sanitize()); err != nil {
			sdb.Close()
			return nil, fmt.Errorf("open store %s: schema %s: %w", redact(cfg), opts.Schema, err)
		}
	}
	if err := s.migrate(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("migrate store %s: %w", redact(cfg), err)
	}
	return s, nil
}

// redact names a database without its password.
func redact(cfg *pgx.ConnConfig) string {
	return fmt.Sprintf("postgres://%s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
}

// Close closes the pool.
func (s *Store) Close() error { return s.w.Close() }

// migrate applies the embedded migrations not yet recorded, holding the
// write lock so that two processes opening at once do not race.
func (s *Store) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	return s.withTx(ctx, func(tx *txn) error {
		if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`); err != nil {
			return err
		}
		for _, name := range names {
			base := path.Base(name)
			v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
			if err != nil {
				return fmt.Errorf("migration %s: name must start with a number", base)
			}
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				continue
			}
			body, err := migrations.ReadFile(name)
			if err != nil {
				return err
			}
			if _, err := tx.Tx.ExecContext(ctx, string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", base, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, v, base); err != nil {
				return err
			}
		}
		return nil
	})
}

// withTx runs fn in a write transaction holding the write lock.
func (s *Store) withTx(ctx context.Context, fn func(tx *txn) error) error {
	t, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	tx := &txn{t}
	if _, err := t.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, writeLock); err != nil {
		t.Rollback()
		return err
	}
	if err := fn(tx); err != nil {
		t.Rollback()
		return err
	}
	return t.Commit()
}

// db and txn take SQL written with ? placeholders (shared in shape with
// the SQLite store) and number them for PostgreSQL.
type db struct{ *sql.DB }

func (d *db) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return d.DB.ExecContext(ctx, rebind(q), args...)
}

func (d *db) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return d.DB.QueryContext(ctx, rebind(q), args...)
}

func (d *db) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return d.DB.QueryRowContext(ctx, rebind(q), args...)
}

type txn struct{ *sql.Tx }

func (t *txn) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, rebind(q), args...)
}

func (t *txn) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, rebind(q), args...)
}

func (t *txn) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, rebind(q), args...)
}

// rebind turns each ? outside a quoted string into $1, $2, ….
func rebind(q string) string {
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	quoted := false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			quoted = !quoted
		case c == '?' && !quoted:
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// DropSchema drops the store's schema with everything in it (tests use it
// to clean up); it fails on a store opened without Options.Schema.
func (s *Store) DropSchema(ctx context.Context) error {
	if s.schema == "" {
		return fmt.Errorf("drop schema: %w: the store was opened without a schema", store.ErrInvalid)
	}
	_, err := s.w.DB.ExecContext(ctx, `DROP SCHEMA `+pgx.Identifier{s.schema}.Sanitize()+` CASCADE`)
	return err
}
