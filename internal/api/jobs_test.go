package api_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad/internal/api"
	"dyad/internal/store"
	"dyad/internal/store/sqlite"
)

// gatedIngester is fakeIngester held at a gate: each ingest waits until
// the test lets it through, so a test sees what the API answers while
// ingests are busy, with no timing.
type gatedIngester struct {
	fakeIngester
	started chan string // the body's first bytes, when an ingest begins
	gate    chan struct{}
}

func (g gatedIngester) IngestBody(ctx context.Context, r io.Reader, name string) (api.Summary, error) {
	body, err := io.ReadAll(r)
	if err != nil {
		return api.Summary{}, err
	}
	g.started <- string(body[:min(len(body), 20)])
	select {
	case <-g.gate:
	case <-ctx.Done():
		return api.Summary{}, ctx.Err()
	}
	return g.fakeIngester.IngestBody(ctx, bytes.NewReader(body), name)
}

func jobServer(t *testing.T, opts api.Options, readTimeout time.Duration) (*httptest.Server, *api.Server, store.Store, gatedIngester) {
	t.Helper()
	return jobServerOn(t, filepath.Join(t.TempDir(), "jobs.db"), opts, readTimeout)
}

// jobServerOn is jobServer on the SQLite store at path.
func jobServerOn(t *testing.T, path string, opts api.Options, readTimeout time.Duration) (*httptest.Server, *api.Server, store.Store, gatedIngester) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := gatedIngester{fakeIngester{st}, make(chan string, 100), make(chan struct{})}
	opts.IngestToken, opts.Ingester, opts.SpoolDir = "secret", g, t.TempDir()
	a := api.New(st, opts)
	srv := httptest.NewUnstartedServer(a)
	srv.Config.ReadTimeout = readTimeout
	srv.Start()
	t.Cleanup(func() { srv.Close(); a.Close(); st.Close() })
	return srv, a, st, g
}

// bigBody is a 9.4 MB text document of its own (n makes it unique).
func bigBody(n int) []byte {
	line := fmt.Sprintf("The trade ministers of Chile and Peru met in Lima on Tuesday to discuss tariffs (body %d). ", n)
	return append([]byte(fmt.Sprintf("Body %d. ", n)), bytes.Repeat([]byte(line), 9_400_000/len(line)+1)...)
}

func jobOf(t *testing.T, env envelope) store.Job {
	t.Helper()
	var j store.Job
	if err := json.Unmarshal(env.Data, &j); err != nil {
		t.Fatalf("job: %v in %s", err, env.Data)
	}
	return j
}

// waitJob polls a job's status until it is no longer queued or running.
func waitJob(t *testing.T, url, id string) store.Job {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); {
		_, env, _ := do(t, "GET", url+"/api/v1/jobs/"+id, "", nil)
		if j := jobOf(t, env); j.Status != store.JobQueued && j.Status != store.JobRunning {
			return j
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("job %s never finished", id)
	return store.Job{}
}

// TestIngestQueueSevenLargeBodies: seven simultaneous 9.4 MB POSTs are
// all answered 202 while the first ingest is still held (so no answer
// waits for an ingest), and once the ingests run, all seven are stored
// and their jobs read ok.
func TestIngestQueueSevenLargeBodies(t *testing.T) {
	srv, _, st, g := jobServer(t, api.Options{MaxBody: 10 << 20}, 0)
	const n = 7
	ids := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			status, env, h := do(t, "POST", srv.URL+"/api/v1/ingest", "secret", bigBody(i))
			if status != http.StatusAccepted {
				t.Errorf("POST %d: %d %+v", i, status, env.Error)
				return
			}
			j := jobOf(t, env)
			if j.Status != store.JobQueued || j.Bytes < 9_400_000 || h.Get("Location") != "/api/v1/jobs/"+j.ID {
				t.Errorf("POST %d: job %+v, Location %q", i, j, h.Get("Location"))
			}
			ids[i] = j.ID
		}()
	}
	wg.Wait() // every POST answered; the gate is still shut
	if t.Failed() {
		t.FailNow()
	}
	<-g.started // the worker took the first job and waits at the gate
	_, env, _ := do(t, "GET", srv.URL+"/api/v1/jobs", "", nil)
	var list []store.Job
	json.Unmarshal(env.Data, &list)
	running, queued := 0, 0
	for _, j := range list {
		switch j.Status {
		case store.JobRunning:
			running++
		case store.JobQueued:
			queued++
		}
	}
	if len(list) != n || running != 1 || queued != n-1 {
		t.Errorf("while the first ingest is held: %d jobs, %d running, %d queued", len(list), running, queued)
	}
	close(g.gate)
	for i, id := range ids {
		j := waitJob(t, srv.URL, id)
		if j.Status != "ok" || j.New != 1 || len(j.DocIDs) != 1 || j.Finished.IsZero() || j.Started.IsZero() {
			t.Errorf("job %d: %+v", i, j)
			continue
		}
		d, err := st.Document(context.Background(), j.DocIDs[0])
		if err != nil || !strings.HasPrefix(d.Text, fmt.Sprintf("Body %d. ", i)) {
			t.Errorf("job %d: document %s: %v", i, j.DocIDs[0], err)
		}
	}
}

// TestIngestQueueFull: with room for two waiting jobs, the fourth POST
// (one running, two waiting) gets 503 with Retry-After; ?wait=1 answers
// 200 with the finished job; Close fails the waiting jobs with a reason.
func TestIngestQueueFull(t *testing.T) {
	srv, a, _, g := jobServer(t, api.Options{IngestQueue: 2}, 0)
	var ids []string
	for i := range 3 {
		status, env, _ := do(t, "POST", srv.URL+"/api/v1/ingest", "secret", []byte(fmt.Sprintf("Document %d of the queue.", i)))
		if status != http.StatusAccepted {
			t.Fatalf("POST %d: %d %+v", i, status, env.Error)
		}
		ids = append(ids, jobOf(t, env).ID)
		if i == 0 {
			<-g.started // the first job runs: the next two wait
		}
	}
	status, env, h := do(t, "POST", srv.URL+"/api/v1/ingest", "secret", []byte("One too many."))
	if status != http.StatusServiceUnavailable || h.Get("Retry-After") == "" || !strings.Contains(env.Error.Message, "queue is full") {
		t.Errorf("POST over the queue: %d, Retry-After %q, %+v", status, h.Get("Retry-After"), env.Error)
	}
	g.gate <- struct{}{} // the first job ends, the second starts
	if j := waitJob(t, srv.URL, ids[0]); j.Status != "ok" {
		t.Errorf("first job: %+v", j)
	}
	<-g.started
	// Room again: a waiting POST answers when its job is done.
	done := make(chan struct{})
	go func() {
		defer close(done)
		status, env, _ := do(t, "POST", srv.URL+"/api/v1/ingest?wait=1", "secret", []byte("Waited for."))
		if j := jobOf(t, env); status != http.StatusOK || j.Status != "ok" || j.New != 1 {
			t.Errorf("POST ?wait=1: %d %+v", status, j)
		}
	}()
	g.gate <- struct{}{} // second
	<-g.started
	g.gate <- struct{}{} // third
	<-g.started
	g.gate <- struct{}{} // the waited-for one
	<-done
	// Two more wait while one is held; Close fails all three.
	var last []string
	for i := range 3 {
		_, env, _ := do(t, "POST", srv.URL+"/api/v1/ingest", "secret", []byte(fmt.Sprintf("Left at close %d.", i)))
		last = append(last, jobOf(t, env).ID)
		if i == 0 {
			<-g.started
		}
	}
	a.Close()
	for _, id := range last {
		if j := waitJob(t, srv.URL, id); !strings.HasPrefix(j.Status, "failed: the server stopped") {
			t.Errorf("job %s after Close: %q", id, j.Status)
		}
	}
	if status, _, _ := do(t, "POST", srv.URL+"/api/v1/ingest", "secret", []byte("After close.")); status != http.StatusServiceUnavailable {
		t.Errorf("POST after Close: %d", status)
	}
}

// TestIngestBadBodies: a body shorter than its Content-Length gets 400, a
// body that stalls gets 408 at the server's read timeout, and neither
// leaves a job.
func TestIngestBadBodies(t *testing.T) {
	srv, _, _, _ := jobServer(t, api.Options{}, time.Second)
	send := func(closeWrite bool) string {
		t.Helper()
		conn, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprintf(conn, "POST /api/v1/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer secret\r\nContent-Length: 1000\r\n\r\nonly a little")
		if closeWrite {
			conn.(*net.TCPConn).CloseWrite()
		}
		conn.SetReadDeadline(time.Now().Add(30 * time.Second))
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("no response: %v", err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return fmt.Sprintf("%d %s", resp.StatusCode, b)
	}
	if got := send(true); !strings.HasPrefix(got, "400 ") || !strings.Contains(got, "Content-Length") {
		t.Errorf("short body: %s", got)
	}
	if got := send(false); !strings.HasPrefix(got, "408 ") || !strings.Contains(got, "too slowly") {
		t.Errorf("stalled body: %s", got)
	}
	_, env, _ := do(t, "GET", srv.URL+"/api/v1/jobs", "", nil)
	if string(env.Data) != "[]" {
		t.Errorf("bad bodies left jobs: %s", env.Data)
	}
}

// TestOrphanJobsFailed: the jobs a killed server of this host left queued
// or running (their server's process is gone) are recorded as failed with
// the reason when a server starts on the store; a job of a live process,
// one of another host and a finished one stay as they were.
func TestOrphanJobsFailed(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "jobs.db")
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	dead := exec.Command(os.Args[0], "-test.run=^$") // a process of this host that has ended
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	deadID := fmt.Sprintf("%s/%d", host, dead.Process.Pid)
	liveID := fmt.Sprintf("%s/%d", host, os.Getppid())
	t0 := time.Now().UTC().Add(-time.Minute)
	for _, j := range []store.Job{
		{ID: "queued", Status: store.JobQueued, Server: deadID, Created: t0},
		{ID: "running", Status: store.JobRunning, Server: deadID, Created: t0, Started: t0},
		{ID: "done", Status: "ok", Server: deadID, Created: t0, Finished: t0},
		{ID: "live", Status: store.JobRunning, Server: liveID, Created: t0},
		{ID: "elsewhere", Status: store.JobQueued, Server: "another-host.example/" + strconv.Itoa(dead.Process.Pid), Created: t0},
	} {
		if err := st.PutJob(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()

	srv, _, _, _ := jobServerOn(t, path, api.Options{}, 0)
	for _, tc := range []struct{ id, want string }{
		{"queued", "failed: "}, {"running", "failed: "}, {"done", "ok"},
		{"live", store.JobRunning}, {"elsewhere", store.JobQueued},
	} {
		_, env, _ := do(t, "GET", srv.URL+"/api/v1/jobs/"+tc.id, "", nil)
		j := jobOf(t, env)
		if !strings.HasPrefix(j.Status, tc.want) || (tc.want == "failed: " && (!strings.Contains(j.Status, "server stopped") || j.Finished.IsZero())) {
			t.Errorf("job %s after a restart: status %q finished %v, want %q…", tc.id, j.Status, j.Finished, tc.want)
		}
	}
}
