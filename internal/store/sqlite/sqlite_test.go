package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"dyad/internal/news"
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

// With a read lag, a reader sees a commit at most that late, and an idle
// reader lets go of its snapshot so that a checkpoint can finish.
func TestReadLag(t *testing.T) {
	ctx := context.Background()
	const lag = 100 * time.Millisecond
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{ReadLag: lag, ReadConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	count := func() int {
		docs, err := st.Documents(ctx, store.DocFilter{})
		if err != nil {
			t.Fatal(err)
		}
		return len(docs)
	}
	put := func(id string) {
		d := &news.Document{ID: id, ContentHash: "h" + id, Status: news.StatusOK}
		if _, err := st.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	put("a")
	if n := count(); n != 1 {
		t.Fatalf("%d documents, want 1", n)
	}
	start := time.Now()
	put("b")
	if n := count(); n != 1 && time.Since(start) < lag/2 {
		t.Errorf("%d documents within the lag: the snapshot was not kept", n)
	}
	time.Sleep(lag + 10*time.Millisecond)
	if n := count(); n != 2 {
		t.Errorf("%d documents after the lag, want 2", n)
	}
	time.Sleep(3 * lag) // the janitor ends the idle snapshot
	put("c")
	var busy, logFrames, done int
	if err := st.Checkpoint(ctx, &busy, &logFrames, &done); err != nil {
		t.Fatal(err)
	}
	if busy != 0 || logFrames != done {
		t.Errorf("checkpoint: busy %d, %d of %d frames: an idle reader holds a snapshot", busy, done, logFrames)
	}
}
