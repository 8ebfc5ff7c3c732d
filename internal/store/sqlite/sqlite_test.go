package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"dyad/internal/store"
	"dyad/internal/store/sqlite"
	"dyad/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) (store.Store, func() store.Store) {
		path := filepath.Join(t.TempDir(), "dyad.db")
		open := func() store.Store {
			st, err := sqlite.Open(context.Background(), path, sqlite.Options{})
			if err != nil {
				t.Fatal(err)
			}
			return st
		}
		return open(), open
	})
}

func TestMigrationsIdempotent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	for i := 0; i < 2; i++ {
		st, err := sqlite.Open(context.Background(), path, sqlite.Options{})
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		st.Close()
	}
}

func benchStore(b *testing.B) *sqlite.Store {
	st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

func BenchmarkPutDocument(b *testing.B) { storetest.BenchPutDocument(b, benchStore(b)) }

func BenchmarkEventsQuery(b *testing.B) { storetest.BenchEventsQuery(b, benchStore(b)) }
