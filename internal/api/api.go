// Package api is dyad's JSON API under /api/v1, with /healthz and
// /metrics (Prometheus). Every response is one envelope: {"data": …,
// "next": cursor} on success, {"error": {"status": n, "message": "…"}} on
// failure. Filters are the listing commands' own (package query), so the
// CLI and the API mean the same thing. POST /api/v1/ingest is off unless a
// token is configured, and then requires "Authorization: Bearer TOKEN"; it
// queues the body and answers 202 with a job (jobs.go).
package api

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"dyad/internal/export"
	"dyad/internal/news"
	"dyad/internal/query"
	"dyad/internal/store"
)

// Ingester runs the pipeline over a request body (text, HTML or JSONL);
// name is what the client said it is (its Content-Type).
type Ingester interface {
	IngestBody(ctx context.Context, body io.Reader, name string) (Summary, error)
}

// Summary is what an ingest reports.
type Summary struct {
	New       int `json:"new"`
	Duplicate int `json:"duplicate"`
	Failed    int `json:"failed"`
	// Copies counts the new documents that are copies of earlier ones.
	Copies int      `json:"copies"`
	DocIDs []string `json:"doc_ids"`
}

// Options configure the API. The zero value serves read-only.
type Options struct {
	// IngestToken enables POST /api/v1/ingest for requests that carry it.
	IngestToken string
	// Ingester runs ingests; required when IngestToken is set.
	Ingester Ingester
	// MaxBody is the largest request body; 0 means 10 MB.
	MaxBody int64
	// IngestQueue is how many ingest jobs may wait for the worker (the
	// running one not counted); 0 means 16. IngestQueueBytes bounds their
	// bodies' bytes (on disk, in SpoolDir); 0 means 256 MB. A POST that
	// does not fit gets 503 with Retry-After.
	IngestQueue      int
	IngestQueueBytes int64
	// SpoolDir holds the bodies of queued jobs; "" means os.TempDir().
	SpoolDir string
	// IngestWait is how long POST /api/v1/ingest?wait=1 waits for its job
	// before it answers 202 instead of 200; 0 means 50 s (under dyad
	// serve's 60 s write timeout).
	IngestWait time.Duration
	Log        *slog.Logger
	// Registry receives the metrics; nil means a new registry.
	Registry *prometheus.Registry
	// CacheTTL keeps successful GET responses of the read endpoints for
	// this long, keyed by path and query (a micro-cache: a reader may see
	// data up to CacheTTL old; Cache-Control says so). 0 turns it off.
	CacheTTL time.Duration
}

// Server serves the API.
type Server struct {
	st      store.Store
	opts    Options
	mux     *http.ServeMux
	reg     *prometheus.Registry
	latency *prometheus.HistogramVec
	docs    *prometheus.GaugeVec
	events  prometheus.Gauge
	ingests *prometheus.CounterVec
	stages  *prometheus.HistogramVec
	cache   *respCache
	routes  []string // "METHOD /path" of every endpoint, for Routes

	queue      *jobQueue
	queueDepth prometheus.Gauge
	jobsDone   *prometheus.CounterVec
}

// New returns the API over st.
func New(st store.Store, opts Options) *Server {
	if opts.MaxBody <= 0 {
		opts.MaxBody = 10 << 20
	}
	if opts.IngestQueue <= 0 {
		opts.IngestQueue = defaultQueueJobs
	}
	if opts.IngestQueueBytes <= 0 {
		opts.IngestQueueBytes = defaultQueueBytes
	}
	if opts.IngestWait <= 0 {
		opts.IngestWait = defaultIngestWait
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	reg := opts.Registry
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	s := &Server{st: st, opts: opts, mux: http.NewServeMux(), reg: reg,
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dyad_http_request_seconds",
			Help: "HTTP request latency by route and status.", Buckets: prometheus.DefBuckets}, []string{"route", "status"}),
		docs: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "dyad_documents",
			Help: "Stored documents by status."}, []string{"status"}),
		events: prometheus.NewGauge(prometheus.GaugeOpts{Name: "dyad_events", Help: "Stored canonical events."}),
		ingests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dyad_ingested_documents_total",
			Help: "Documents ingested through the API by outcome."}, []string{"outcome"}),
		stages: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "dyad_stage_seconds",
			Help: "Pipeline stage latency per document.", Buckets: prometheus.ExponentialBuckets(1e-5, 4, 10)}, []string{"stage"}),
		queueDepth: prometheus.NewGauge(prometheus.GaugeOpts{Name: "dyad_ingest_queue_jobs",
			Help: "Ingest jobs waiting in the API's queue."}),
		jobsDone: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dyad_ingest_jobs_total",
			Help: "API ingest jobs by outcome: ok, failed, refused (queue full)."}, []string{"outcome"}),
	}
	reg.MustRegister(s.latency, s.docs, s.events, s.ingests, s.stages, s.queueDepth, s.jobsDone)
	s.startQueue()
	if opts.CacheTTL > 0 {
		s.cache = newRespCache(opts.CacheTTL, 4096)
	}
	s.route("GET /api/v1/events", s.listEvents)
	s.route("GET /api/v1/events/{id}", s.getEvent)
	s.route("GET /api/v1/events/{id}/evidence", s.eventEvidenceList)
	s.route("GET /api/v1/docs", s.listDocs)
	s.route("GET /api/v1/docs/{id}", s.getDoc)
	s.route("GET /api/v1/quotes", s.listQuotes)
	s.route("GET /api/v1/stories", s.listStories)
	s.route("GET /api/v1/stories/{id}", s.getStory)
	s.route("GET /api/v1/series", s.series)
	s.route("GET /api/v1/feeds", s.listFeeds)
	s.route("GET /api/v1/changes", s.changes)
	s.route("POST /api/v1/ingest", s.ingest)
	s.route("GET /api/v1/jobs", s.listJobs)
	s.route("GET /api/v1/jobs/{id}", s.getJob)
	// The export streams and is never cached: it is registered outside route.
	s.mux.HandleFunc("GET /api/v1/export", s.export)
	s.routes = append(s.routes, "GET /api/v1/export", "GET /healthz", "GET /metrics")
	s.route("/api/", func(w http.ResponseWriter, r *http.Request) error {
		if methods := s.allowed(r); len(methods) > 0 {
			w.Header().Set("Allow", strings.Join(methods, ", "))
			return httpError{http.StatusMethodNotAllowed, r.Method + " not allowed on " + r.URL.Path + " (" + strings.Join(methods, ", ") + ")"}
		}
		return errNotFound("no such endpoint " + r.Method + " " + r.URL.Path)
	})
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	metrics := promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
	s.mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		s.refreshGauges(r.Context())
		metrics.ServeHTTP(w, r)
	})
	return s
}

// ObserveStage records a pipeline stage's latency (pipeline.Options.Observe).
func (s *Server) ObserveStage(stage string, d time.Duration) {
	s.stages.WithLabelValues(stage).Observe(d.Seconds())
}

// Routes lists the API's endpoints as "METHOD /path" (docs/openapi.json
// is checked against it).
func (s *Server) Routes() []string { return append([]string(nil), s.routes...) }

// Handle adds a handler to the server's mux (the web UI).
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// ServeHTTP serves the API.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.mux.ServeHTTP(w, r)
}

func (s *Server) refreshGauges(ctx context.Context) {
	st, err := s.st.Stats(ctx)
	if err != nil {
		return
	}
	for k, v := range st.Documents {
		s.docs.WithLabelValues(k).Set(float64(v))
	}
	s.events.Set(float64(st.Events))
}

// httpError is an error with a status.
type httpError struct {
	status int
	msg    string
}

func (e httpError) Error() string { return e.msg }

func errNotFound(msg string) error { return httpError{http.StatusNotFound, msg} }

// unknownAfter is the error for an after cursor that names nothing stored
// (a bad request, not an empty page), or the store's error.
func unknownAfter(after string, err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return httpError{http.StatusBadRequest, fmt.Sprintf("after %q is no id from a previous page", after)}
	}
	return err
}

// allowed lists the methods other than r's that a route of the API serves
// at r's path.
func (s *Server) allowed(r *http.Request) []string {
	var out []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method {
			continue
		}
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, pat := s.mux.Handler(r2); pat != "" && pat != "/api/" {
			out = append(out, m)
		}
	}
	return out
}

// route wraps a handler that returns an error into the envelope and the
// latency metric.
func (s *Server) route(pattern string, h func(http.ResponseWriter, *http.Request) error) {
	name := pattern
	if strings.Contains(pattern, " ") {
		s.routes = append(s.routes, pattern)
	}
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		cacheable := s.cache != nil && r.Method == http.MethodGet && !strings.HasPrefix(name, "GET /api/v1/jobs")
		if cacheable {
			if body, ok := s.cache.get(r.URL.RequestURI(), start); ok {
				w.Header().Set("Content-Type", "application/json; charset=utf-8")
				w.Header().Set("Cache-Control", s.cache.control)
				w.Write(body)
				s.latency.WithLabelValues(name, "200").Observe(time.Since(start).Seconds())
				return
			}
		}
		rec := &statusWriter{ResponseWriter: w, status: 200}
		if cacheable {
			rec.keep = true
			w.Header().Set("Cache-Control", s.cache.control)
		}
		if err := h(rec, r); err != nil {
			status, msg := classify(err)
			if status == http.StatusInternalServerError {
				s.opts.Log.Error("request failed", "path", r.URL.Path, "err", err)
				msg = "internal error"
			}
			writeJSON(rec, status, map[string]any{"error": map[string]any{"status": status, "message": msg}})
		}
		if rec.keep && rec.status == http.StatusOK {
			s.cache.put(r.URL.RequestURI(), rec.buf.Bytes(), start)
		}
		s.latency.WithLabelValues(name, strconv.Itoa(rec.status)).Observe(time.Since(start).Seconds())
	})
}

// classify maps errors to statuses in one table.
func classify(err error) (int, string) {
	var he httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over the %d-byte limit", mbe.Limit)
	case errors.Is(err, query.ErrBadParam), errors.Is(err, store.ErrInvalid):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	}
	return http.StatusInternalServerError, err.Error()
}

type statusWriter struct {
	http.ResponseWriter
	status int
	keep   bool // copy the body for the cache
	buf    bytes.Buffer
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	if code != http.StatusOK {
		w.Header().Del("Cache-Control")
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.keep {
		w.buf.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// page writes a list with its cursor: the id of the last item when the
// page is full.
func page[T any](w http.ResponseWriter, items []T, limit int, id func(T) string) error {
	if items == nil {
		items = []T{}
	}
	env := map[string]any{"data": items}
	if limit > 0 && len(items) == limit {
		env["next"] = id(items[len(items)-1])
	}
	writeJSON(w, http.StatusOK, env)
	return nil
}

// defaultLimit applies to API listings that ask for none.
const defaultLimit = 100

func limited(v interface{ Get(string) string }, p *store.Page) {
	if v.Get("limit") == "" {
		p.Limit = defaultLimit
	}
}

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) error {
	f, err := query.Events(r.URL.Query())
	if err != nil {
		return err
	}
	limited(r.URL.Query(), &f.Page)
	f.MaxEvidence = listEvidence
	evs, err := s.st.Events(r.Context(), f)
	if err != nil {
		return err
	}
	if len(evs) == 0 && f.After != "" {
		if _, err := s.st.Event(r.Context(), f.After); err != nil {
			return unknownAfter(f.After, err)
		}
	}
	out := make([]listedEvent, len(evs))
	for i, ev := range evs {
		out[i] = listed(ev)
	}
	return page(w, out, f.Limit, func(e listedEvent) string { return e.ID })
}

// Evidence caps: an event in a listing carries its first listEvidence
// sentences, GET /api/v1/events/{id} its first eventEvidence; when it has
// more, evidence_count counts them and evidence_more links to the rest
// (GET /api/v1/events/{id}/evidence, pages of at most maxEvidencePage).
// So a page's size is bounded by its limit, not by how often its events
// were reported.
const (
	listEvidence    = 5
	eventEvidence   = 100
	maxEvidencePage = 1000
)

// listedEvent is an event as the API lists it: with the link to the rest
// of its evidence when it was cut.
type listedEvent struct {
	news.Event
	EvidenceMore string `json:"evidence_more,omitempty"`
}

func listed(ev news.Event) listedEvent {
	le := listedEvent{Event: ev}
	if ev.EvidenceCount > len(ev.Evidence) {
		le.EvidenceMore = fmt.Sprintf("/api/v1/events/%s/evidence?after=%d", url.PathEscape(ev.ID), len(ev.Evidence))
	}
	return le
}

// eventCapped reads one event with at most max evidence sentences (all
// of them from a store that cannot cap).
func (s *Server) eventCapped(ctx context.Context, id string, max int) (news.Event, error) {
	if er, ok := s.st.(store.EvidenceReader); ok {
		return er.EventCapped(ctx, id, max)
	}
	return s.st.Event(ctx, id)
}

func (s *Server) getEvent(w http.ResponseWriter, r *http.Request) error {
	ev, err := s.eventCapped(r.Context(), r.PathValue("id"), eventEvidence)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": listed(ev)})
	return nil
}

// eventEvidenceList pages an event's evidence: after=N skips the first N
// (the next of the previous page), limit (default 100, at most 1,000).
func (s *Server) eventEvidenceList(w http.ResponseWriter, r *http.Request) error {
	er, ok := s.st.(store.EvidenceReader)
	if !ok {
		return errNotFound("this store cannot page evidence: GET /api/v1/events/{id} has all of it")
	}
	q := r.URL.Query()
	for k := range q {
		if k != "after" && k != "limit" {
			return httpError{http.StatusBadRequest, fmt.Sprintf("unknown parameter %q (evidence takes after and limit)", k)}
		}
	}
	after, limit := 0, defaultLimit
	var err error
	if v := q.Get("after"); v != "" {
		if after, err = strconv.Atoi(v); err != nil || after < 0 {
			return httpError{http.StatusBadRequest, fmt.Sprintf("after must be a whole number (the next of the previous page), not %q", v)}
		}
	}
	if v := q.Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > maxEvidencePage {
			return httpError{http.StatusBadRequest, fmt.Sprintf("limit must be 1 to %d", maxEvidencePage)}
		}
	}
	evs, total, err := er.EventEvidence(r.Context(), r.PathValue("id"), after, limit)
	if err != nil {
		return err
	}
	env := map[string]any{"data": evs, "count": total}
	if after+len(evs) < total {
		env["next"] = strconv.Itoa(after + len(evs))
	}
	writeJSON(w, http.StatusOK, env)
	return nil
}

func (s *Server) listDocs(w http.ResponseWriter, r *http.Request) error {
	f, err := query.Docs(r.URL.Query())
	if err != nil {
		return err
	}
	limited(r.URL.Query(), &f.Page)
	docs, err := s.st.Documents(r.Context(), f)
	if err != nil {
		return err
	}
	if len(docs) == 0 && f.After != "" {
		if _, err := s.st.Document(r.Context(), f.After); err != nil {
			return unknownAfter(f.After, err)
		}
	}
	out := make([]listedDoc, len(docs))
	for i, d := range docs {
		out[i] = listedDoc{Document: d}
		if len(d.Text) > listText {
			cut := listText
			for cut > 0 && !utf8.RuneStart(d.Text[cut]) {
				cut--
			}
			out[i].Text = d.Text[:cut]
			out[i].TextBytes = len(d.Text)
			out[i].TextMore = "/api/v1/docs/" + url.PathEscape(d.ID)
		}
	}
	return page(w, out, f.Limit, func(d listedDoc) string { return d.ID })
}

// listText caps a document's text in GET /api/v1/docs (its first 64 KB;
// text_bytes and text_more, the link to the whole document, say there is
// more), so that a page of large documents stays bounded.
const listText = 64 << 10

// listedDoc is a document as the API lists it.
type listedDoc struct {
	news.Document
	TextBytes int    `json:"text_bytes,omitempty"`
	TextMore  string `json:"text_more,omitempty"`
}

func (s *Server) getDoc(w http.ResponseWriter, r *http.Request) error {
	d, err := s.st.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": d})
	return nil
}

func (s *Server) listQuotes(w http.ResponseWriter, r *http.Request) error {
	f, err := query.Quotes(r.URL.Query())
	if err != nil {
		return err
	}
	limited(r.URL.Query(), &f.Page)
	qs, err := s.st.Quotes(r.Context(), f)
	if err != nil {
		return err
	}
	return page(w, qs, f.Limit, func(q news.Quote) string { return q.ID })
}

func (s *Server) listStories(w http.ResponseWriter, r *http.Request) error {
	f, err := query.Stories(r.URL.Query())
	if err != nil {
		return err
	}
	limited(r.URL.Query(), &f.Page)
	sts, err := s.st.Stories(r.Context(), f)
	if err != nil {
		return err
	}
	if len(sts) == 0 && f.After != "" {
		if _, err := s.st.Story(r.Context(), f.After); err != nil {
			return unknownAfter(f.After, err)
		}
	}
	return page(w, sts, f.Limit, func(s news.Story) string { return s.ID })
}

func (s *Server) getStory(w http.ResponseWriter, r *http.Request) error {
	st, err := s.st.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": st})
	return nil
}

func (s *Server) series(w http.ResponseWriter, r *http.Request) error {
	qs, err := query.SeriesList(r.URL.Query())
	if err != nil {
		return err
	}
	pts, err := seriesOf(r.Context(), s.st, qs)
	if err != nil {
		return err
	}
	if pts == nil {
		pts = []news.SeriesPoint{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": pts})
	return nil
}

// export streams every event the listing filters select as CSV, GDELT
// TSV, JSONL or Parquet (format=…; evidence=1 gives the flat evidence table
// instead). Errors found before the first byte get the JSON envelope; a
// failure while streaming cuts the response short (the client sees an
// incomplete body) and is logged.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	status := http.StatusOK
	defer func() {
		s.latency.WithLabelValues("GET /api/v1/export", strconv.Itoa(status)).Observe(time.Since(start).Seconds())
	}()
	fail := func(err error) {
		var msg string
		status, msg = classify(err)
		if status >= 500 {
			s.opts.Log.Error("request failed", "path", r.URL.Path, "err", err)
			msg = "internal error"
		}
		writeJSON(w, status, map[string]any{"error": map[string]any{"status": status, "message": msg}})
	}
	v := r.URL.Query()
	format := v.Get("format")
	evidence := v.Get("evidence")
	v.Del("format")
	v.Del("evidence")
	if format == "" {
		format = "csv"
	}
	if _, ok := export.ContentType[format]; !ok {
		fail(httpError{http.StatusBadRequest, "format must be one of " + strings.Join(export.Formats, ", ")})
		return
	}
	if evidence != "" && evidence != "0" && evidence != "1" {
		fail(httpError{http.StatusBadRequest, "evidence must be 0 or 1"})
		return
	}
	f, err := query.Events(v)
	if err != nil {
		fail(err)
		return
	}
	docs := export.CachedDocs(r.Context(), s.st.Document)
	var ew export.Writer
	name := "events"
	if evidence == "1" {
		name = "evidence"
		ew, err = export.NewEvidenceWriter(format, w, docs)
	} else {
		ew, err = export.NewWriter(format, w, docs)
	}
	if err != nil {
		fail(httpError{http.StatusBadRequest, err.Error()})
		return
	}
	ext := map[string]string{"csv": "csv", "gdelt": "tsv", "jsonl": "jsonl", "parquet": "parquet"}[format]
	w.Header().Set("Content-Type", export.ContentType[format])
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="dyad-%s.%s"`, name, ext))
	if _, err := export.Stream(r.Context(), s.st, f, ew); err != nil {
		s.opts.Log.Error("export cut short", "err", err)
		return
	}
	if err := ew.Close(); err != nil {
		s.opts.Log.Error("export cut short", "err", err)
	}
}

// seriesOf concatenates the series of several dyads or actors, each
// point naming its own in Dyad.
func seriesOf(ctx context.Context, st store.Store, qs []store.SeriesQuery) ([]news.SeriesPoint, error) {
	var out []news.SeriesPoint
	for _, q := range qs {
		pts, err := st.Series(ctx, q)
		if err != nil {
			return nil, err
		}
		out = append(out, pts...)
	}
	return out, nil
}

// authorized checks the ingest token, asking for it when it is wrong.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(tok), []byte(s.opts.IngestToken)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dyad"`)
		return false
	}
	return true
}
