package pipeline

import (
	"bufio"
	"compress/gzip"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad/internal/shareddata"
	"dyad/internal/store"
	"dyad/internal/store/postgres"
	"dyad/internal/store/sqlite"
	"dyad/internal/store/storetest"
)

// concurrentDocs is the Reuters slice the concurrency tests ingest; the
// full corpus runs with DYAD_TEST_FULL=1.
const concurrentDocs = 1200

// backend opens handles on one fresh store: every call is another writer
// (another connection pool, as another process would have).
type backend struct {
	name string
	open func(t *testing.T) func() store.Store
}

func backends(t *testing.T) []backend {
	bs := []backend{{"sqlite", func(t *testing.T) func() store.Store {
		path := filepath.Join(t.TempDir(), "c.db")
		return func() store.Store {
			st, err := sqlite.Open(context.Background(), path, sqlite.Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		}
	}}}
	dsn := os.Getenv("DYAD_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("DYAD_TEST_POSTGRES is not set and CI=true: run eval \"$(scripts/pg-test.sh)\" first")
		}
		t.Log("DYAD_TEST_POSTGRES is not set: PostgreSQL left out (eval \"$(scripts/pg-test.sh)\" to include it)")
		return bs
	}
	return append(bs, backend{"postgres", func(t *testing.T) func() store.Store {
		b := make([]byte, 6)
		rand.Read(b)
		schema := "dyad_conc_" + hex.EncodeToString(b)
		t.Cleanup(func() {
			st, err := postgres.Open(context.Background(), dsn, postgres.Options{Schema: schema})
			if err == nil {
				st.DropSchema(context.Background())
				st.Close()
			}
		})
		return func() store.Store {
			st, err := postgres.Open(context.Background(), dsn, postgres.Options{Schema: schema})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		}
	}})
}

// writeSlice writes records [from, to) of a shared corpus to a file.
func writeSlice(t *testing.T, rel string, from, to int) string {
	t.Helper()
	f, err := os.Open(shareddata.Path(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 64<<20)
	var b strings.Builder
	for i := 0; sc.Scan() && (to <= 0 || i < to); i++ {
		if i >= from {
			b.Write(sc.Bytes())
			b.WriteByte('\n')
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), fmt.Sprintf("slice-%d-%d.jsonl", from, to))
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// signalled wraps a sequencer to say when it has the lease.
type signalled struct {
	Sequencer
	got chan struct{}
}

func (s signalled) Acquire(ctx context.Context) (<-chan struct{}, func(context.Context) error, error) {
	lost, done, err := s.Sequencer.Acquire(ctx)
	if err == nil {
		close(s.got)
	}
	return lost, done, err
}

// Two writers on one store — the same input twice at once, and the two
// halves of it at once — give exactly the documents, events (ids, counts,
// evidence), stories and dup_of links of one process ingesting it alone.
func TestConcurrentWritersEqualOneRun(t *testing.T) {
	n := concurrentDocs
	if os.Getenv("DYAD_TEST_FULL") != "" {
		n = 0
	}
	all := writeSlice(t, "corpora/reuters21578.jsonl.gz", 0, n)
	if n == 0 {
		n = 1 << 30
	}
	half := concurrentDocs / 2
	if os.Getenv("DYAD_TEST_FULL") != "" {
		half = 19043 / 2
	}
	first, second := writeSlice(t, "corpora/reuters21578.jsonl.gz", 0, half), writeSlice(t, "corpora/reuters21578.jsonl.gz", half, n)
	limit := 20 * time.Minute
	if os.Getenv("DYAD_TEST_FULL") != "" {
		limit = 3 * time.Hour // four whole-corpus runs per backend on a shared machine
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	for _, be := range backends(t) {
		t.Run(be.name, func(t *testing.T) {
			ingest := func(p *Pipeline, path string) Summary {
				sum, err := p.Ingest(ctx, []string{path})
				if err != nil {
					t.Fatal(err)
				}
				return sum
			}
			open := be.open(t)
			ref := open()
			p, err := New(ctx, ref, Options{})
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			one := ingest(p, all)
			want, err := storetest.Snapshot(ctx, ref)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("one writer: %s; %s in %s", one, storetest.Counts(want), time.Since(start).Round(time.Millisecond))

			for _, tc := range []struct {
				name   string
				inputs [2]string
			}{{"same input twice", [2]string{all, all}}, {"halves", [2]string{first, second}}} {
				t.Run(tc.name, func(t *testing.T) {
					open := be.open(t)
					var ps [2]*Pipeline
					for i := range ps {
						var err error
						if ps[i], err = New(ctx, open(), Options{LeaseTTL: 10 * time.Second}); err != nil {
							t.Fatal(err)
						}
					}
					// The first writer takes the lease first, so that the
					// halves go in input order; the second starts at once
					// and its workers run meanwhile.
					got := make(chan struct{})
					ps[0].seq = signalled{ps[0].seq, got}
					waited := make(chan store.Lease, 1)
					ps[1].seq.(*leaseSequencer).wait = func(l store.Lease) { waited <- l }
					var sums [2]Summary
					var wg sync.WaitGroup
					start := time.Now()
					wg.Add(1)
					go func() { defer wg.Done(); sums[0] = ingest(ps[0], tc.inputs[0]) }()
					<-got
					wg.Add(1)
					go func() { defer wg.Done(); sums[1] = ingest(ps[1], tc.inputs[1]) }()
					wg.Wait()
					snap, err := storetest.Snapshot(ctx, ps[0].st)
					if err != nil {
						t.Fatal(err)
					}
					select {
					case l := <-waited:
						t.Logf("the second writer waited for %s", l.Holder)
					default:
					}
					onlyOne, onlyTwo, ex := storetest.Diff(want, snap)
					t.Logf("two writers: %s | %s; %s in %s", sums[0], sums[1], storetest.Counts(snap), time.Since(start).Round(time.Millisecond))
					if onlyOne+onlyTwo > 0 {
						t.Errorf("two writers differ from one: %d lines only in the one-writer store, %d only in the two-writer store:\n%s",
							onlyOne, onlyTwo, strings.Join(ex, "\n"))
					}
					if tc.name == "same input twice" && sums[0].New+sums[1].New != one.New {
						t.Errorf("new documents %d + %d, want %d in all", sums[0].New, sums[1].New, one.New)
					}
				})
			}
		})
	}
}
