package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"dyad/internal/store"
	"dyad/internal/store/postgres"
	"dyad/internal/store/sqlite"
)

// dbFlag registers --db: the store DSN, falling back to $DYAD_DB and then
// ./dyad.db.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("DYAD_DB")
	if def == "" {
		def = "./dyad.db"
	}
	return fs.String("db", def, "store: a SQLite file path, or postgres://… (env DYAD_DB)")
}

// openStore opens the store a DSN names: postgres:// or postgresql:// is
// a PostgreSQL database, anything else a SQLite file (its directory is
// created when missing). The error is one line naming the store.
func openStore(ctx context.Context, dsn string) (store.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		st, err := postgres.Open(ctx, dsn, postgres.Options{})
		if err != nil {
			return nil, fmt.Errorf("cannot open store %s: %s", redactDSN(dsn), oneLine(err.Error()))
		}
		return st, nil
	}
	path := strings.TrimPrefix(dsn, "sqlite://")
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("cannot open store %s: %s", path, oneLine(err.Error()))
		}
	}
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		return nil, fmt.Errorf("cannot open store %s: %s", path, oneLine(err.Error()))
	}
	return st, nil
}

// openExisting opens a store for a command that only reads: a SQLite
// file that does not exist is an error, never created.
func openExisting(ctx context.Context, dsn string) (store.Store, error) {
	if !strings.HasPrefix(dsn, "postgres://") && !strings.HasPrefix(dsn, "postgresql://") {
		path := strings.TrimPrefix(dsn, "sqlite://")
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("no store at %s (ingest into it first, or give --db or $DYAD_DB)", quoteName(path))
		}
	}
	return openStore(ctx, dsn)
}

// quoteName quotes a file name for a message when it holds anything but
// printable characters (a newline, an escape code), so that it stays one
// line and cannot drive the terminal.
func quoteName(s string) string {
	for _, r := range s {
		if r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\uFFFD' {
			return strconv.Quote(s)
		}
	}
	return s
}

// redactDSN hides the password of a postgres:// DSN.
func redactDSN(dsn string) string {
	i := strings.Index(dsn, "://")
	at := strings.LastIndex(dsn, "@")
	if i < 0 || at < i {
		return dsn
	}
	if c := strings.Index(dsn[i+3:at], ":"); c >= 0 {
		return dsn[:i+3+c] + ":***" + dsn[at:]
	}
	return dsn
}
