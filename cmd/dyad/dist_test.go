package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/nats-io/nats-server/v2/server"

	"dyad/internal/shareddata"
	"dyad/internal/store"
	"dyad/internal/store/postgres"
	"dyad/internal/store/sqlite"
	"dyad/internal/store/storetest"
)

// TestMain lets the distributed tests start real dyad processes: the test
// binary, run with DYAD_TEST_EXEC=1, is dyad.
func TestMain(m *testing.M) {
	if os.Getenv("DYAD_TEST_EXEC") == "1" {
		main() // exits, with main's signal handling (130/143)
	}
	os.Exit(m.Run())
}

// firstLines writes the first n records of a shared corpus (0: all) to a
// file and returns its path and the number written.
func firstLines(t *testing.T, rel string, n int) (string, int) {
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
	i := 0
	for ; (n <= 0 || i < n) && sc.Scan(); i++ {
		b.Write(sc.Bytes())
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), filepath.Base(strings.TrimSuffix(rel, ".gz")))
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, i
}

func startNATS(t *testing.T) string {
	t.Helper()
	s, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true,
		JetStreamMaxMemory: 256 << 20, JetStreamMaxStore: 4 << 30,
	})
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	t.Cleanup(s.Shutdown)
	return s.ClientURL()
}

// pgSchemaDSN makes a fresh schema and returns a DSN whose connections use it.
func pgSchemaDSN(t *testing.T, dsn string) string {
	t.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "dyad_dist_" + hex.EncodeToString(b)
	st, err := postgres.Open(context.Background(), dsn, postgres.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	t.Cleanup(func() {
		if st, err := postgres.Open(context.Background(), dsn, postgres.Options{Schema: schema}); err == nil {
			st.DropSchema(context.Background())
			st.Close()
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func snapshotOf(t *testing.T, st store.Store) []string {
	t.Helper()
	snap, err := storetest.Snapshot(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// Workers on NATS JetStream and PostgreSQL — 1, 2 and 4 processes, one of
// the four killed with SIGKILL mid-stream while it holds the sequencer —
// store exactly what one process stores in SQLite: documents, events
// (ids, counts, evidence), stories and dup_of. A subset of Reuters and
// BBC; DYAD_TEST_FULL=1 runs both corpora whole (scripts/scale-out.sh).
func TestWorkersEqualOneProcess(t *testing.T) {
	dsn := os.Getenv("DYAD_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("DYAD_TEST_POSTGRES is not set and CI=true: run eval \"$(scripts/pg-test.sh)\" first")
		}
		t.Skip("DYAD_TEST_POSTGRES is not set; eval \"$(scripts/pg-test.sh)\" to run the distributed test")
	}
	nr, nb := 500, 250
	if os.Getenv("DYAD_TEST_FULL") != "" {
		nr, nb = 0, 0
	}
	reuters, n1 := firstLines(t, "corpora/reuters21578.jsonl.gz", nr)
	bbc, n2 := firstLines(t, "corpora/bbc-news.jsonl.gz", nb)
	total := n1 + n2
	ctx := context.Background()

	refDB := filepath.Join(t.TempDir(), "ref.db")
	start := time.Now()
	out, errs, code := dyad(t, "", "ingest", "--db", refDB, reuters, bbc)
	if code != 0 && code != 3 {
		t.Fatalf("reference ingest: exit %d: %s", code, errs)
	}
	refSecs := time.Since(start).Seconds()
	ref, err := sqlite.Open(ctx, refDB, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := snapshotOf(t, ref)
	ref.Close()
	t.Logf("one process, SQLite: %s — %s; %.0f docs/s", strings.TrimSpace(out), storetest.Counts(want), float64(total)/refSecs)

	for _, tc := range []struct {
		workers int
		kill    bool
	}{{1, false}, {2, false}, {4, true}} {
		t.Run(fmt.Sprintf("%d workers", tc.workers), func(t *testing.T) {
			natsURL := startNATS(t)
			db := pgSchemaDSN(t, dsn)
			if _, errs, code := dyad(t, "", "ingest", "--nats", natsURL, reuters, bbc); code != 0 {
				t.Fatalf("publish: exit %d: %s", code, errs)
			}
			start := time.Now()
			procs := make([]*exec.Cmd, tc.workers)
			outs := make([]*strings.Builder, tc.workers)
			exited := make(chan int, tc.workers)
			for i := range procs {
				cmd := exec.Command(os.Args[0], "worker", "--nats", natsURL, "--db", db, "--once",
					"--ack-wait", "5s", "--lease-ttl", "15s")
				cmd.Env = append(os.Environ(), "DYAD_TEST_EXEC=1")
				outs[i] = &strings.Builder{}
				cmd.Stdout, cmd.Stderr = outs[i], outs[i]
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				procs[i] = cmd
				go func(i int) { cmd.Wait(); exited <- i }(i)
			}
			t.Cleanup(func() {
				for _, p := range procs {
					p.Process.Kill()
				}
			})
			killed := -1
			if tc.kill {
				killed = killHolder(t, db, procs, total/3)
			}
			deadline := time.After(15 * time.Minute)
			for range procs {
				select {
				case <-exited:
				case <-deadline:
					t.Fatal("workers did not finish in 15 minutes")
				}
			}
			secs := time.Since(start).Seconds()
			for i, p := range procs {
				if i != killed && p.ProcessState.ExitCode() != 0 && p.ProcessState.ExitCode() != 3 {
					t.Errorf("worker %d: exit %d:\n%s", i, p.ProcessState.ExitCode(), outs[i])
				}
			}
			st, err := postgres.Open(ctx, db, postgres.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			got := snapshotOf(t, st)
			only1, only2, ex := storetest.Diff(want, got)
			var lines []string
			for i, o := range outs {
				if i == killed {
					lines = append(lines, "killed")
					continue
				}
				lines = append(lines, strings.TrimSpace(lastLine(o.String())))
			}
			t.Logf("%d workers on NATS+PostgreSQL: %s; %.0f docs/s (%.1fs); workers: %s", tc.workers, storetest.Counts(got),
				float64(total)/secs, secs, strings.Join(lines, " | "))
			if only1+only2 > 0 {
				t.Errorf("workers differ from one process: %d lines only in the one-process store, %d only in the workers':\n%s",
					only1, only2, strings.Join(ex, "\n"))
			}
		})
	}
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// killHolder waits until at least n documents are stored, then kills with
// SIGKILL the worker that holds the sequencer lease, and returns its index.
func killHolder(t *testing.T, dsn string, procs []*exec.Cmd, n int) int {
	t.Helper()
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for deadline := time.Now().Add(10 * time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		var docs int
		if err := db.QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&docs); err != nil || docs < n {
			continue
		}
		var holder string
		var exp int64
		if err := db.QueryRow(`SELECT holder, expires_ms FROM leases WHERE name = 'sequencer'`).Scan(&holder, &exp); err != nil {
			continue
		}
		if exp < time.Now().UnixMilli() {
			continue
		}
		parts := strings.Split(holder, ":")
		if len(parts) < 3 {
			t.Fatalf("lease holder %q", holder)
		}
		pid, _ := strconv.Atoi(parts[len(parts)-2])
		for i, p := range procs {
			if p.Process.Pid == pid {
				if err := p.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				t.Logf("killed worker %d (pid %d, the sequencer) with %d documents stored", i, pid, docs)
				return i
			}
		}
	}
	t.Fatal("no worker held the lease with enough documents stored")
	return -1
}
