package main

import (
	"context"
	"errors"

	"dyad/internal/store"
)

// openPostgres opens a PostgreSQL store.
func openPostgres(ctx context.Context, dsn string) (store.Store, error) {
	return nil, errors.New("cannot open store: the PostgreSQL backend is not built yet (use a SQLite path)")
}
