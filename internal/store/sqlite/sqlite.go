// Package sqlite is dyad's embedded store: SQLite in pure Go
// (modernc.org/sqlite, no cgo), in WAL mode, with the schema migrations
// embedded in the binary and applied on open. Writes go through one
// connection (SQLite has one writer at a time); reads use a separate pool
// of query-only connections that keep their statements prepared, one
// connection per read. The queries themselves are package sqlstore's,
// shared with the PostgreSQL store.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options configure Open. The zero value is the default.
type Options struct {
	// ReadConns is the size of the read pool; 0 means 2×GOMAXPROCS.
	ReadConns int
	// EventCache is how many events readers keep in memory
	// (sqlstore.EventCache); 0 means 50,000, negative none.
	EventCache int
}

// Store is a store.Store over one SQLite file.
type Store struct {
	w    *sql.DB // one connection: all writes
	r    *sql.DB // the read pool
	read *sqlstore.Reader
	sqlstore.Methods
	pool *readPool // r's connections, with snapshots and prepared statements

	mu     sync.Mutex
	stmts  map[string]*sql.Stmt // prepared on the writer connection
	wanted map[string]bool      // to prepare once the writer is free
}

// Open opens (creating if needed) the SQLite store at path and applies
// pending migrations.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open store: %w: empty path", store.ErrInvalid)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	// The page size is set first: it takes effect only on a new, empty
	// file, before the switch to WAL (which the driver runs after the
	// _pragma list). 1 KiB pages: under a trickle of commits every read
	// connection drops and refills its page cache, and the driver's
	// allocator makes each 4 KiB page a system call to get and one to give
	// back; 1 KiB pages come from its slabs (reads' CPU under a concurrent
	// ingest 2.4 → 1.2 ms). Existing stores keep their page size.
	dsn := func(pragmas ...string) string {
		q := url.Values{}
		for _, p := range append([]string{"page_size(1024)", "busy_timeout(10000)", "synchronous(NORMAL)",
			"foreign_keys(1)", "cache_size(-16000)"}, pragmas...) {
			q.Add("_pragma", p)
		}
		q.Set("_journal_mode", "WAL")
		q.Set("_txlock", "immediate")
		return "file:" + path + "?" + q.Encode()
	}
	w, err := sql.Open("sqlite", dsn())
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s := &Store{w: w}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("migrate store %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn("query_only(1)"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	n := opts.ReadConns
	if n <= 0 {
		n = 2 * runtime.GOMAXPROCS(0)
	}
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	s.r = r
	if s.pool, err = newReadPool(ctx, r, n); err != nil {
		r.Close()
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s.read = &sqlstore.Reader{DB: s.pool, D: sqlstore.SQLite}
	s.Methods = s.methods()
	switch {
	case opts.EventCache == 0:
		s.read.Cache = sqlstore.NewEventCache(50000)
	case opts.EventCache > 0:
		s.read.Cache = sqlstore.NewEventCache(opts.EventCache)
	}
	return s, nil
}

// Close closes the store.
func (s *Store) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	s.pool.close()
	return errors.Join(s.r.Close(), s.w.Close())
}

// migrate applies the embedded migrations not yet recorded.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := filepath.Base(name)
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with a number", base)
		}
		var n int
		if err := s.w.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, v, base); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// withTx runs fn in a write transaction.
func (s *Store) withTx(ctx context.Context, fn func(tx *wtx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(&wtx{Tx: tx, s: s}); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s.mu.Lock()
	n := len(s.wanted)
	s.mu.Unlock()
	if n > 0 {
		s.prepareWanted(ctx)
	}
	return nil
}

// wtx is a write transaction whose statements are prepared once on the
// writer connection and reused: parsing SQL was a third of the write
// path's time.
type wtx struct {
	*sql.Tx
	s *Store
	// local holds this transaction's handles of its statements: each
	// statement is prepared (or bound to the transaction) once per
	// transaction, however many rows it writes. Preparing per row kept
	// every prepared copy alive until the commit: a 9.9 MB document's
	// 143,000 evidence rows took 3 GB of SQLite memory.
	local map[string]*sql.Stmt
}

func (t *wtx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st := t.local[q]; st != nil {
		return st, nil
	}
	st, err := t.stmtOnce(ctx, q)
	if err != nil {
		return nil, err
	}
	if t.local == nil {
		t.local = map[string]*sql.Stmt{}
	}
	t.local[q] = st
	return st, nil
}

func (t *wtx) stmtOnce(ctx context.Context, q string) (*sql.Stmt, error) {
	t.s.mu.Lock()
	st := t.s.stmts[q]
	if st == nil {
		if t.s.wanted == nil {
			t.s.wanted = map[string]bool{}
		}
		t.s.wanted[q] = true
	}
	t.s.mu.Unlock()
	if st == nil {
		// The writer's one connection is this transaction's: prepare on
		// the transaction now, on the connection once it is free.
		return t.Tx.PrepareContext(ctx, q)
	}
	return t.Tx.StmtContext(ctx, st), nil
}

// prepareWanted prepares on the writer the statements transactions asked
// for; called with no transaction open.
func (s *Store) prepareWanted(ctx context.Context) {
	s.mu.Lock()
	var qs []string
	for q := range s.wanted {
		if s.stmts[q] == nil {
			qs = append(qs, q)
		}
	}
	s.wanted = nil
	s.mu.Unlock()
	// Preparing waits for the writer connection: never hold mu meanwhile
	// (the transaction holding the connection may need it).
	for _, q := range qs {
		st, err := s.w.PrepareContext(ctx, q)
		if err != nil {
			continue
		}
		s.mu.Lock()
		if s.stmts == nil {
			s.stmts = map[string]*sql.Stmt{}
		}
		if s.stmts[q] == nil {
			s.stmts[q] = st
			st = nil
		}
		s.mu.Unlock()
		if st != nil {
			st.Close()
		}
	}
}

func (t *wtx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (t *wtx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}
