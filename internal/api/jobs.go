package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"sync"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

// The ingest queue. POST /api/v1/ingest reads the body into a spool file,
// records a job (store.Job, "queued") and answers 202 with it at once;
// one worker runs the jobs in order through the Ingester (the pipeline
// runs one ingest at a time anyway) and records each as "running", then
// "ok" or "failed: reason". GET /api/v1/jobs/{id} reports a job. The
// queue is bounded by jobs and by bytes: a POST that does not fit gets
// 503 with Retry-After before its body is read. ?wait=1 keeps the
// synchronous answer: the request waits for its job (at most
// Options.IngestWait) and gets 200 with the finished job, else 202.

// Defaults of the queue's options.
const (
	defaultQueueJobs  = 16
	defaultQueueBytes = 256 << 20
	defaultIngestWait = 50 * time.Second
	retryAfter        = "5" // seconds, in the 503 of a full queue
)

// job is a queued ingest as the server holds it while it waits or runs.
type job struct {
	store.Job
	path string        // the spooled body
	done chan struct{} // closed when the job ended
}

// jobQueue is the server's ingest queue and worker.
type jobQueue struct {
	mu       sync.Mutex
	waiting  int   // jobs reserved or queued, not yet running
	bytes    int64 // their bytes (the reservation until a body is read)
	closed   bool
	running  *job
	ch       chan *job
	ctx      context.Context
	cancel   context.CancelFunc
	stopped  chan struct{}
	jobs     jobKeeper
	serverID string
}

// jobKeeper stores jobs: the store when it implements store.JobStore,
// else memory.
type jobKeeper interface {
	PutJob(ctx context.Context, j store.Job) error
	Job(ctx context.Context, id string) (store.Job, error)
	Jobs(ctx context.Context, limit int) ([]store.Job, error)
}

// startQueue makes the queue and starts its worker.
func (s *Server) startQueue() {
	host, _ := os.Hostname()
	serverID := fmt.Sprintf("%s/%d", host, os.Getpid())
	var keeper jobKeeper = newMemJobs(1000)
	if js, ok := s.st.(store.JobStore); ok {
		keeper = js
		if s.opts.IngestToken != "" && s.opts.Ingester != nil {
			s.failOrphanJobs(js, serverID)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	q := &jobQueue{ch: make(chan *job, s.opts.IngestQueue), ctx: ctx, cancel: cancel, stopped: make(chan struct{}),
		jobs: keeper, serverID: serverID}
	s.queue = q
	go s.work(q)
}

// Close stops the ingest queue: the running job is cancelled (the
// pipeline keeps what it committed) and recorded as failed, each waiting
// job is recorded as failed without running, and their spool files go.
// POSTs after Close get 503. Close is safe to call more than once.
func (s *Server) Close() error {
	q := s.queue
	if q == nil {
		return nil
	}
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		<-q.stopped
		return nil
	}
	q.closed = true
	q.mu.Unlock()
	q.cancel()
	close(q.ch)
	<-q.stopped
	return nil
}

// work runs the queued jobs one at a time until the queue is closed.
func (s *Server) work(q *jobQueue) {
	defer close(q.stopped)
	for j := range q.ch {
		q.mu.Lock()
		q.waiting--
		q.bytes -= j.Bytes
		q.running = j
		q.mu.Unlock()
		s.queueDepth.Set(float64(q.len()))
		s.run(q, j)
		q.mu.Lock()
		q.running = nil
		q.mu.Unlock()
	}
}

// len is the number of jobs waiting.
func (q *jobQueue) len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.waiting
}

// run runs one job and records how it ended.
func (s *Server) run(q *jobQueue, j *job) {
	defer close(j.done)
	defer os.Remove(j.path)
	// A job's rows are written with a context of their own, so that the
	// failure of a job cut short by Close is still recorded.
	record := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := q.jobs.PutJob(ctx, j.Job); err != nil {
			s.opts.Log.Error("record ingest job", "job", j.ID, "err", err)
		}
	}
	if q.ctx.Err() != nil {
		j.Status, j.Finished = news.Failed("the server stopped before the job ran; send the body again"), time.Now().UTC()
		record()
		s.jobsDone.WithLabelValues("failed").Inc()
		return
	}
	j.Status, j.Started = store.JobRunning, time.Now().UTC()
	record()
	sum, err := s.ingestFile(q.ctx, j.path, j.Name)
	j.Finished = time.Now().UTC()
	j.New, j.Duplicate, j.Failed, j.Copies = sum.New, sum.Duplicate, sum.Failed, sum.Copies
	j.DocIDs, j.DocCount = sum.DocIDs, len(sum.DocIDs)
	if len(j.DocIDs) > store.MaxJobDocIDs {
		j.DocIDs = j.DocIDs[:store.MaxJobDocIDs]
	}
	switch {
	case err != nil && q.ctx.Err() != nil:
		j.Status = news.Failed("the server stopped during the job; what was committed is stored, send the body again for the rest")
	case err != nil:
		j.Status = news.Failed(err.Error())
	default:
		j.Status = news.StatusOK
	}
	record()
	s.ingests.WithLabelValues("new").Add(float64(sum.New))
	s.ingests.WithLabelValues("duplicate").Add(float64(sum.Duplicate))
	s.ingests.WithLabelValues("failed").Add(float64(sum.Failed))
	if err != nil {
		s.opts.Log.Error("ingest job failed", "job", j.ID, "err", err)
		s.jobsDone.WithLabelValues("failed").Inc()
	} else {
		s.jobsDone.WithLabelValues("ok").Inc()
	}
}

// ingestFile runs the Ingester over a spooled body.
func (s *Server) ingestFile(ctx context.Context, path, name string) (Summary, error) {
	f, err := os.Open(path)
	if err != nil {
		return Summary{}, fmt.Errorf("open the spooled body: %w", err)
	}
	defer f.Close()
	return s.opts.Ingester.IngestBody(ctx, f, name)
}

// reserve takes a place in the queue for a body of n bytes, or says why
// there is none.
func (q *jobQueue) reserve(n, maxJobs, maxBytes int64) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	switch {
	case q.closed:
		return httpError{http.StatusServiceUnavailable, "the server is stopping; send the body again later"}
	case int64(q.waiting) >= maxJobs:
		return httpError{http.StatusServiceUnavailable, fmt.Sprintf("the ingest queue is full (%d jobs waiting); retry later", q.waiting)}
	case q.waiting > 0 && q.bytes+n > maxBytes:
		return httpError{http.StatusServiceUnavailable, fmt.Sprintf("the ingest queue is full (%d bytes waiting); retry later", q.bytes)}
	}
	q.waiting++
	q.bytes += n
	return nil
}

// release gives back a reservation that did not become a job.
func (q *jobQueue) release(n int64) {
	q.mu.Lock()
	q.waiting--
	q.bytes -= n
	q.mu.Unlock()
}

// resize changes a reservation to the body's real size.
func (q *jobQueue) resize(from, to int64) {
	q.mu.Lock()
	q.bytes += to - from
	q.mu.Unlock()
}

// enqueue hands a job to the worker; false when the queue closed
// meanwhile.
func (q *jobQueue) enqueue(j *job) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return false
	}
	q.ch <- j // never blocks: the channel holds IngestQueue jobs and reserve admits no more
	return true
}

func (s *Server) ingest(w http.ResponseWriter, r *http.Request) error {
	if s.opts.IngestToken == "" || s.opts.Ingester == nil {
		return errNotFound("ingest over the API is off: start dyad serve with --ingest-token or $DYAD_INGEST_TOKEN")
	}
	if !s.authorized(w, r) {
		return httpError{http.StatusUnauthorized, "missing or wrong ingest token"}
	}
	wait, err := boolParam(r, "wait")
	if err != nil {
		return err
	}
	if r.ContentLength > s.opts.MaxBody {
		return httpError{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over the %d-byte limit", s.opts.MaxBody)}
	}
	q := s.queue
	reserved := r.ContentLength
	if reserved < 0 {
		reserved = s.opts.MaxBody
	}
	if err := q.reserve(reserved, int64(s.opts.IngestQueue), s.opts.IngestQueueBytes); err != nil {
		w.Header().Set("Retry-After", retryAfter)
		s.jobsDone.WithLabelValues("refused").Inc()
		return err
	}
	j, err := s.spool(w, r)
	if err != nil {
		q.release(reserved)
		return err
	}
	q.resize(reserved, j.Bytes)
	if err := q.jobs.PutJob(r.Context(), j.Job); err != nil {
		q.release(j.Bytes)
		os.Remove(j.path)
		return fmt.Errorf("record ingest job: %w", err)
	}
	if !q.enqueue(j) {
		q.release(j.Bytes)
		os.Remove(j.path)
		j.Status, j.Finished = news.Failed("the server stopped before the job ran; send the body again"), time.Now().UTC()
		q.jobs.PutJob(context.WithoutCancel(r.Context()), j.Job)
		w.Header().Set("Retry-After", retryAfter)
		return httpError{http.StatusServiceUnavailable, "the server is stopping; send the body again later"}
	}
	s.queueDepth.Set(float64(q.len()))
	w.Header().Set("Location", "/api/v1/jobs/"+j.ID)
	if wait {
		timer := time.NewTimer(s.opts.IngestWait)
		defer timer.Stop()
		select {
		case <-j.done:
			writeJSON(w, http.StatusOK, map[string]any{"data": j.Job})
			return nil
		case <-timer.C:
		case <-r.Context().Done():
			return nil // the client left; the job goes on
		}
		// Still queued or running: report the stored state.
		if cur, err := q.jobs.Job(r.Context(), j.ID); err == nil {
			writeJSON(w, http.StatusAccepted, map[string]any{"data": cur})
			return nil
		}
	}
	writeJSON(w, http.StatusAccepted, map[string]any{"data": j.queuedView()})
	return nil
}

// queuedView is the job as it was accepted (what a 202 reports).
func (j *job) queuedView() store.Job {
	return store.Job{ID: j.ID, Status: store.JobQueued, Name: j.Name, Bytes: j.Bytes, Server: j.Server, Created: j.Created}
}

// spool reads the body into a file of the spool folder and makes its job.
// Bad bodies are 400 (empty, shorter than their Content-Length), 408
// (too slow: the server's read timeout) or 413 (too large).
func (s *Server) spool(w http.ResponseWriter, r *http.Request) (*job, error) {
	f, err := os.CreateTemp(s.opts.SpoolDir, "dyad-ingest-*.body")
	if err != nil {
		return nil, fmt.Errorf("spool the body: %w", err)
	}
	n, err := io.Copy(f, http.MaxBytesReader(w, r.Body, s.opts.MaxBody))
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("spool the body: %w", cerr)
	}
	if err == nil && n == 0 {
		err = httpError{http.StatusBadRequest, "empty body: send text, HTML or JSONL"}
	}
	if err != nil {
		os.Remove(f.Name())
		return nil, bodyError(err)
	}
	j := &job{path: f.Name(), done: make(chan struct{})}
	j.ID = newJobID()
	j.Status = store.JobQueued
	j.Name = r.Header.Get("Content-Type")
	j.Bytes = n
	j.Server = s.queue.serverID
	j.Created = time.Now().UTC()
	return j, nil
}

// bodyError classifies an error reading a request body.
func bodyError(err error) error {
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		return httpError{http.StatusRequestTimeout, "the body came too slowly (the server's read timeout passed); send it again"}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return httpError{http.StatusBadRequest, "the body ended before its Content-Length"}
	}
	return err
}

// newJobID is a job id: time-ordered, then random.
func newJobID() string {
	var b [6]byte
	rand.Read(b[:])
	return "j" + strconv.FormatInt(time.Now().UnixMilli(), 36) + hex.EncodeToString(b[:])
}

func boolParam(r *http.Request, name string) (bool, error) {
	switch v := r.URL.Query().Get(name); v {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	default:
		return false, httpError{http.StatusBadRequest, fmt.Sprintf("%s must be 0 or 1, not %q", name, v)}
	}
}

func (s *Server) getJob(w http.ResponseWriter, r *http.Request) error {
	j, err := s.queue.jobs.Job(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": j})
	return nil
}

func (s *Server) listJobs(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	for k := range q {
		if k != "limit" {
			return httpError{http.StatusBadRequest, fmt.Sprintf("unknown parameter %q (jobs takes limit)", k)}
		}
	}
	limit := defaultLimit
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			return httpError{http.StatusBadRequest, "limit must be 1 to 1000"}
		}
		limit = n
	}
	jobs, err := s.queue.jobs.Jobs(r.Context(), limit)
	if err != nil {
		return err
	}
	if jobs == nil {
		jobs = []store.Job{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": jobs})
	return nil
}

// memJobs keeps the latest jobs in memory, for a store that keeps none.
type memJobs struct {
	mu    sync.Mutex
	max   int
	order []string
	byID  map[string]store.Job
}

func newMemJobs(max int) *memJobs { return &memJobs{max: max, byID: map[string]store.Job{}} }

func (m *memJobs) PutJob(_ context.Context, j store.Job) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.byID[j.ID]; !ok {
		m.order = append(m.order, j.ID)
		if len(m.order) > m.max {
			delete(m.byID, m.order[0])
			m.order = m.order[1:]
		}
	}
	m.byID[j.ID] = j
	return nil
}

func (m *memJobs) Job(_ context.Context, id string) (store.Job, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	j, ok := m.byID[id]
	if !ok {
		return store.Job{}, fmt.Errorf("job %s: %w", id, store.ErrNotFound)
	}
	return j, nil
}

func (m *memJobs) Jobs(_ context.Context, limit int) ([]store.Job, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []store.Job
	for i := len(m.order) - 1; i >= 0 && (limit <= 0 || len(out) < limit); i-- {
		out = append(out, m.byID[m.order[i]])
	}
	return out, nil
}
