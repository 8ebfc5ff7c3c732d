package main

import (
	"context"
	"flag"
	"os"
	"strings"

	"dyad/internal/store"
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

// openStore opens the store a DSN names.
func openStore(ctx context.Context, dsn string) (store.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return openPostgres(ctx, dsn)
	}
	return sqlite.Open(ctx, strings.TrimPrefix(dsn, "sqlite://"), sqlite.Options{})
}
