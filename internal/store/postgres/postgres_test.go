package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"

	"dyad/internal/store"
	"dyad/internal/store/postgres"
	"dyad/internal/store/storetest"
)

// dsn returns the test server's DSN from DYAD_TEST_POSTGRES (see
// scripts/pg-test.sh). Without it the tests skip, except under CI=true,
// where they fail: CI must not silently skip the PostgreSQL backend.
func dsn(tb testing.TB) string {
	tb.Helper()
	d := os.Getenv("DYAD_TEST_POSTGRES")
	if d == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("DYAD_TEST_POSTGRES is not set and CI=true: run eval \"$(scripts/pg-test.sh)\" first")
		}
		tb.Skip("DYAD_TEST_POSTGRES is not set; eval \"$(scripts/pg-test.sh)\" to run the PostgreSQL suite")
	}
	return d
}

// freshSchema opens a store in a new schema of its own, dropped when the
// test ends, so runs and tests never see each other's rows.
func freshSchema(tb testing.TB) (open func() *postgres.Store) {
	tb.Helper()
	d := dsn(tb)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "dyad_test_" + hex.EncodeToString(b)
	open = func() *postgres.Store {
		st, err := postgres.Open(context.Background(), d, postgres.Options{Schema: schema})
		if err != nil {
			tb.Fatal(err)
		}
		return st
	}
	tb.Cleanup(func() {
		st := open()
		defer st.Close()
		if err := st.DropSchema(context.Background()); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return open
}

func TestConformance(t *testing.T) {
	dsn(t)
	storetest.Run(t, func(t *testing.T) (store.Store, func() store.Store) {
		open := freshSchema(t)
		return open(), func() store.Store { return open() }
	})
}

func TestMigrationsIdempotent(t *testing.T) {
	open := freshSchema(t)
	for i := 0; i < 2; i++ {
		open().Close()
	}
}

func TestOpenBadDSN(t *testing.T) {
	if _, err := postgres.Open(context.Background(), "postgres://nobody@127.0.0.1:1/none?connect_timeout=1", postgres.Options{}); err == nil {
		t.Fatal("opened a store on a closed port")
	}
}

func BenchmarkPutDocument(b *testing.B) {
	open := freshSchema(b)
	st := open()
	defer st.Close()
	storetest.BenchPutDocument(b, st)
}

func BenchmarkEventsQuery(b *testing.B) {
	open := freshSchema(b)
	st := open()
	defer st.Close()
	storetest.BenchEventsQuery(b, st)
}
