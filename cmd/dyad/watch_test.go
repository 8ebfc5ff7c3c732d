package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/api"
	"dyad/internal/store/sqlite"
	"dyad/internal/web"
)

// dyad watch --once takes a feed's articles; its health shows in
// dyad watch --status, the API and the UI.
func TestWatchOnceAndStatus(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/rss":
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Ports</title><link>http://%[1]s/p/1</link><guid>1</guid></item>
<item><title>Fish</title><link>http://%[1]s/p/2</link><guid>2</guid></item></channel></rss>`, r.Host)
		case strings.HasPrefix(r.URL.Path, "/p/"):
			fmt.Fprintf(w, `<html><body><article><p>The transport minister of Portugal met the mayor of Oslo on Tuesday to sign a shipping accord, number %s, officials said.</p><p>Both sides agreed to cut port fees by a tenth next year.</p></article></body></html>`, r.URL.Path[3:])
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	out := mustDyad(t, "watch", "--once", "--host-delay", "1ms", "--format", "table", "--db", db, srv.URL+"/rss")
	if !strings.Contains(out, "Harbour Gazette") {
		t.Errorf("watch --once status:\n%s", out)
	}
	out = mustDyad(t, "watch", "--status", "--format", "jsonl", "--db", db)
	if !strings.Contains(out, `"new_docs":2`) || !strings.Contains(out, `"items_seen":2`) {
		t.Errorf("watch --status:\n%s", out)
	}
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := api.New(st, api.Options{})
	s.Handle("/", web.New(st))
	hs := httptest.NewServer(s)
	defer hs.Close()
	for path, want := range map[string]string{"/api/v1/feeds": `"new_docs":2`, "/feeds": "Harbour Gazette"} {
		resp, err := http.Get(hs.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("%s: %d, want %q in:\n%s", path, resp.StatusCode, want, body)
		}
	}
	if _, errs, code := dyad(t, "", "watch", "--db", db); code != 2 || !strings.Contains(errs, "no FEED") {
		t.Errorf("watch without feeds: exit %d, %s", code, errs)
	}
}
