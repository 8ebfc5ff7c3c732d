package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/internal/api"
	"dyad/internal/news"
	"dyad/internal/store"
	"dyad/internal/store/sqlite"
)

// fakeIngester stores one document per request, so the token and size
// rules are tested without the pipeline.
type fakeIngester struct{ st store.Store }

func (f fakeIngester) IngestBody(ctx context.Context, r io.Reader, name string) (api.Summary, error) {
	body, err := io.ReadAll(r)
	if err != nil {
		return api.Summary{}, err
	}
	h := news.ContentHash(body)
	d := &news.Document{ID: news.DocID(h), ContentHash: h, Status: news.StatusOK, Text: string(body)}
	out, err := f.st.PutDocument(ctx, d)
	if err != nil {
		return api.Summary{}, err
	}
	if out == store.Duplicate {
		return api.Summary{Duplicate: 1, DocIDs: []string{d.ID}}, nil
	}
	return api.Summary{New: 1, DocIDs: []string{d.ID}}, nil
}

func fixture(t *testing.T) (*httptest.Server, store.Store) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "api.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	doc := &news.Document{ID: "d1", ContentHash: "h1", Title: "Leaders meet", Published: "2021-12-15", Status: news.StatusOK,
		Source: news.Source{Name: "Example Wire", Origin: "Example Wire", Affiliation: "independent"}, StoryID: "s1", Text: "The leaders of Chile and Peru met in Lima."}
	if _, err := st.PutDocument(ctx, doc); err != nil {
		t.Fatal(err)
	}
	ev := news.Event{StoryID: "s1", Date: "2021-12-15", Source: news.Actor{Code: "CHLGOV", Country: "CHL"}, Target: news.Actor{Code: "PERGOV", Country: "PER"},
		CAMEO: "036", Root: "03", Goldstein: 4, QuadClass: 1, Evidence: []news.Evidence{{DocID: "d1", Source: "Example Wire", Sentence: "The leaders of Chile and Peru met in Lima.", Start: 0, End: 42}}}
	if err := st.AddEvents(ctx, []news.Event{ev}); err != nil {
		t.Fatal(err)
	}
	if err := st.AddQuotes(ctx, []news.Quote{{ID: "q1", DocID: "d1", StoryID: "s1", Text: "We agree on everything.", Speaker: news.Speaker{Name: "Ana Ruiz"}, Date: "2021-12-15"}}); err != nil {
		t.Fatal(err)
	}
	if err := st.PutStory(ctx, news.Story{ID: "s1", Title: "Leaders meet", FirstSeen: "2021-12-15", LastSeen: "2021-12-15", DocIDs: []string{"d1"}}); err != nil {
		t.Fatal(err)
	}
	a := api.New(st, api.Options{IngestToken: "secret", Ingester: fakeIngester{st}, MaxBody: 1000})
	srv := httptest.NewServer(a)
	t.Cleanup(func() { srv.Close(); a.Close() })
	return srv, st
}

type envelope struct {
	Data  json.RawMessage `json:"data"`
	Next  string          `json:"next"`
	Error *struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	} `json:"error"`
}

func do(t *testing.T, method, url, token string, body []byte) (int, envelope, http.Header) {
	t.Helper()
	req, _ := http.NewRequest(method, url, bytes.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var env envelope
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(b, &env); err != nil {
			t.Fatalf("%s %s: not JSON: %s", method, url, b)
		}
	}
	return resp.StatusCode, env, resp.Header
}

func TestEndpoints(t *testing.T) {
	srv, _ := fixture(t)
	tests := []struct {
		name, method, path, token string
		body                      []byte
		status                    int
		want                      string // in data or error message
	}{
		{"events", "GET", "/api/v1/events", "", nil, 200, "CHLGOV"},
		{"events filtered", "GET", "/api/v1/events?dyad=PER-CHL&from=2021-12-01", "", nil, 200, "PERGOV"},
		{"events none", "GET", "/api/v1/events?root=19", "", nil, 200, "[]"},
		{"event", "GET", "/api/v1/events/" + store.EventID("s1", "CHLGOV", "PERGOV", "03", "2021-12-15"), "", nil, 200, "Lima"},
		{"unknown event", "GET", "/api/v1/events/nope", "", nil, 404, "not found"},
		{"bad date", "GET", "/api/v1/events?from=yesterday", "", nil, 400, "YYYY-MM-DD"},
		{"bad dyad", "GET", "/api/v1/events?dyad=CHL", "", nil, 400, "dash"},
		{"unknown parameter", "GET", "/api/v1/events?colour=red", "", nil, 400, "unknown parameter"},
		{"docs", "GET", "/api/v1/docs", "", nil, 200, "Leaders meet"},
		{"doc", "GET", "/api/v1/docs/d1", "", nil, 200, "Example Wire"},
		{"unknown doc", "GET", "/api/v1/docs/zzz", "", nil, 404, "not found"},
		{"bad status", "GET", "/api/v1/docs?status=maybe", "", nil, 400, "status"},
		{"quotes", "GET", "/api/v1/quotes?speaker=ruiz", "", nil, 200, "We agree"},
		{"stories", "GET", "/api/v1/stories", "", nil, 200, "s1"},
		{"story", "GET", "/api/v1/stories/s1", "", nil, 200, "Leaders meet"},
		{"unknown story", "GET", "/api/v1/stories/s404", "", nil, 404, "not found"},
		{"series", "GET", "/api/v1/series?dyad=CHL-PER&by=month&split=group", "", nil, 200, "2021-12"},
		{"series without dyad", "GET", "/api/v1/series", "", nil, 400, "dyad is required"},
		{"series bad period", "GET", "/api/v1/series?dyad=CHL-PER&by=decade", "", nil, 400, "day, week, month or year"},
		{"series two dyads, filled years", "GET", "/api/v1/series?dyad=CHL-PER,CHL-ARG&by=year&fill=1&from=2020-01-01&to=2021-12-31", "", nil, 200, `"dyad":"CHL-ARG"`},
		{"series country totals", "GET", "/api/v1/series?actor=PER&direction=ba&quad=1", "", nil, 200, `"dyad":"*→PER","events":1`},
		{"series dyad and actor", "GET", "/api/v1/series?actor=PER&dyad=CHL-PER", "", nil, 400, "not both"},
		{"unknown endpoint", "GET", "/api/v1/nothing", "", nil, 404, "no such endpoint"},
		{"ingest without token", "POST", "/api/v1/ingest", "", []byte("Some text."), 401, "token"},
		{"ingest with wrong token", "POST", "/api/v1/ingest", "wrong", []byte("Some text."), 401, "token"},
		{"ingest, waiting", "POST", "/api/v1/ingest?wait=1", "secret", []byte("The ministers met in Quito."), 200, "\"new\":1"},
		{"ingest again, waiting", "POST", "/api/v1/ingest?wait=1", "secret", []byte("The ministers met in Quito."), 200, "\"duplicate\":1"},
		{"ingest queued", "POST", "/api/v1/ingest", "secret", []byte("The ministers met in Lima."), 202, "\"status\":\"queued\""},
		{"ingest bad wait", "POST", "/api/v1/ingest?wait=soon", "secret", []byte("x"), 400, "wait must be 0 or 1"},
		{"jobs", "GET", "/api/v1/jobs?limit=5", "", nil, 200, "\"new\":1"},
		{"jobs bad parameter", "GET", "/api/v1/jobs?colour=red", "", nil, 400, "unknown parameter"},
		{"unknown job", "GET", "/api/v1/jobs/j404", "", nil, 404, "not found"},
		{"ingest empty", "POST", "/api/v1/ingest", "secret", nil, 400, "empty body"},
		{"ingest too large", "POST", "/api/v1/ingest", "secret", bytes.Repeat([]byte("x"), 5000), 413, "limit"},
		{"ingest by GET", "GET", "/api/v1/ingest", "secret", nil, 405, "not allowed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, env, _ := do(t, tc.method, srv.URL+tc.path, tc.token, tc.body)
			if status != tc.status {
				t.Errorf("status %d, want %d (%s %v)", status, tc.status, env.Data, env.Error)
			}
			got := string(env.Data)
			if env.Error != nil {
				got = env.Error.Message
				if env.Error.Status != status {
					t.Errorf("envelope status %d != %d", env.Error.Status, status)
				}
			}
			if !strings.Contains(got, tc.want) {
				t.Errorf("response %q lacks %q", got, tc.want)
			}
		})
	}
}

func TestIngestOffWithoutToken(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "api.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(api.New(st, api.Options{}))
	defer srv.Close()
	if status, env, _ := do(t, "POST", srv.URL+"/api/v1/ingest", "anything", []byte("x")); status != 404 || !strings.Contains(env.Error.Message, "off") {
		t.Errorf("ingest without configured token: %d %+v", status, env.Error)
	}
}

func TestPagingAndHealth(t *testing.T) {
	srv, st := fixture(t)
	ctx := context.Background()
	for _, d := range []string{"2021-12-16", "2021-12-17"} {
		ev := news.Event{StoryID: "s1", Date: d, Source: news.Actor{Code: "CHL"}, Target: news.Actor{Code: "PER"}, CAMEO: "042", Root: "04",
			Evidence: []news.Evidence{{DocID: "d1", Sentence: "x"}}}
		if err := st.AddEvents(ctx, []news.Event{ev}); err != nil {
			t.Fatal(err)
		}
	}
	_, p1, _ := do(t, "GET", srv.URL+"/api/v1/events?limit=2", "", nil)
	if p1.Next == "" {
		t.Fatal("full page without a cursor")
	}
	_, p2, _ := do(t, "GET", srv.URL+"/api/v1/events?limit=2&after="+p1.Next, "", nil)
	var evs []news.Event
	json.Unmarshal(p2.Data, &evs)
	if len(evs) != 1 || evs[0].Date != "2021-12-17" || p2.Next != "" {
		t.Errorf("second page %+v next %q", evs, p2.Next)
	}
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	resp, err = http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(b), `dyad_documents{status="ok"} 1`) || !strings.Contains(string(b), "dyad_http_request_seconds") {
		t.Errorf("metrics lack documents or latencies:\n%.600s", b)
	}
}

// TestCache: with a TTL, a repeated GET is answered from the cache (an
// event added meanwhile is not yet seen) until the TTL passes; errors are
// never cached.
func TestCache(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "api.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const ttl = time.Second
	srv := httptest.NewServer(api.New(st, api.Options{CacheTTL: ttl}))
	defer srv.Close()
	count := func() int {
		_, env, h := do(t, "GET", srv.URL+"/api/v1/events?actor=CHL", "", nil)
		if h.Get("Cache-Control") != "public, max-age=1" {
			t.Errorf("Cache-Control %q", h.Get("Cache-Control"))
		}
		var evs []news.Event
		json.Unmarshal(env.Data, &evs)
		return len(evs)
	}
	cached := time.Now() // no later than the cached answer's time
	if n := count(); n != 0 {
		t.Fatalf("empty store: %d events", n)
	}
	expires := time.Now().Add(ttl) // no earlier than its expiry
	ev := news.Event{StoryID: "s1", Date: "2021-12-16", Source: news.Actor{Code: "CHL"}, Target: news.Actor{Code: "PER"}, CAMEO: "042", Root: "04",
		Evidence: []news.Evidence{{DocID: "d1", Sentence: "x"}}}
	if err := st.AddEvents(ctx, []news.Event{ev}); err != nil {
		t.Fatal(err)
	}
	// On a loaded machine the TTL may have passed already: the cached
	// answer is then not asserted.
	if n := count(); n != 0 && time.Since(cached) < ttl {
		t.Errorf("within the TTL: %d events, want the cached 0", n)
	}
	time.Sleep(time.Until(expires) + 50*time.Millisecond)
	if n := count(); n != 1 {
		t.Errorf("after the TTL: %d events, want 1", n)
	}
	for range 2 {
		if status, _, h := do(t, "GET", srv.URL+"/api/v1/events?from=bad", "", nil); status != 400 || h.Get("Cache-Control") != "" {
			t.Errorf("error response: %d, Cache-Control %q", status, h.Get("Cache-Control"))
		}
	}
}

func TestExport(t *testing.T) {
	srv, _ := fixture(t)
	get := func(path string) (int, string, http.Header) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), resp.Header
	}
	for _, tc := range []struct {
		path, ctype string
		status      int
		want        string
	}{
		{"/api/v1/export", "text/csv", 200, "id,date,date_text,source_code"},
		{"/api/v1/export?format=csv&dyad=PER-CHL", "text/csv", 200, "Express intent to meet or negotiate"},
		{"/api/v1/export?format=csv&root=19", "text/csv", 200, "id,date,date_text"},
		{"/api/v1/export?format=jsonl&actor=CHL", "application/x-ndjson", 200, `"cameo":"036"`},
		{"/api/v1/export?format=gdelt", "text/tab-separated-values", 200, "CHLGOV"},
		{"/api/v1/export?format=parquet", "application/vnd.apache.parquet", 200, "PAR1"},
		{"/api/v1/export?format=csv&evidence=1", "text/csv", 200, "event_id,doc_id,outlet"},
		{"/api/v1/export?format=xml", "application/json", 400, "format must be"},
		{"/api/v1/export?from=yesterday", "application/json", 400, "YYYY-MM-DD"},
		{"/api/v1/export?format=gdelt&evidence=1", "application/json", 400, "evidence table"},
	} {
		status, body, h := get(tc.path)
		if status != tc.status || !strings.HasPrefix(h.Get("Content-Type"), tc.ctype) || !strings.Contains(body, tc.want) {
			t.Errorf("%s: %d %s, want %d %s containing %q; body %.200s", tc.path, status, h.Get("Content-Type"), tc.status, tc.ctype, tc.want, body)
		}
	}
}

// A wrong method on an API path is 405 with Allow; a cursor that names
// nothing stored is 400, not an empty page.
func TestMethodAndCursorErrors(t *testing.T) {
	srv, _ := fixture(t)
	status, env, _ := do(t, "DELETE", srv.URL+"/api/v1/events", "", nil)
	if status != http.StatusMethodNotAllowed || !strings.Contains(env.Error.Message, "GET") {
		t.Errorf("DELETE /api/v1/events: %d %+v", status, env.Error)
	}
	if status, _, _ := do(t, "GET", srv.URL+"/api/v1/nothing", "", nil); status != http.StatusNotFound {
		t.Errorf("unknown endpoint: %d", status)
	}
	for _, path := range []string{"/api/v1/events?after=bogus", "/api/v1/docs?after=bogus", "/api/v1/stories?after=bogus"} {
		if status, env, _ := do(t, "GET", srv.URL+path, "", nil); status != http.StatusBadRequest {
			t.Errorf("%s: %d %+v", path, status, env.Error)
		}
	}
}
