package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/api"
	"dyad/internal/store/sqlite"
)

// A follower with a cursor file gets everything once, then only what a
// later ingest changed; the API pages the same log.
func TestChangesFollow(t *testing.T) {
	dir := t.TempDir()
	db, cursor := filepath.Join(dir, "c.db"), filepath.Join(dir, "cursor")
	first := filepath.Join(dir, "a.jsonl")
	os.WriteFile(first, []byte(`{"id":"a1","title":"Talks","published":"2025-03-03","source":"Wire","text":"Japan and South Korea agreed on Monday to resume regular security talks, officials in Tokyo said."}`+"\n"), 0o644)
	mustDyad(t, "ingest", "--db", db, first)
	lines := func(s string) []map[string]any {
		var out []map[string]any
		for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
			if l == "" {
				continue
			}
			var m map[string]any
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatalf("%v: %s", err, l)
			}
			out = append(out, m)
		}
		return out
	}
	all := lines(mustDyad(t, "changes", "--db", db, "--cursor-file", cursor, "--format", "jsonl"))
	var docs, events int
	for _, c := range all {
		switch c["kind"] {
		case "document":
			docs++
		case "event":
			events++
		}
	}
	if docs != 1 || events < 1 {
		t.Fatalf("first call: %d documents, %d events: %v", docs, events, all)
	}
	if again := lines(mustDyad(t, "changes", "--db", db, "--cursor-file", cursor, "--format", "jsonl")); len(again) != 0 {
		t.Fatalf("nothing changed, got %v", again)
	}
	second := filepath.Join(dir, "b.jsonl")
	os.WriteFile(second, []byte(`{"id":"b1","title":"Aid","published":"2025-06-02","source":"Wire","text":"Germany pledged 500 million euros in humanitarian aid to Sudan on Monday, the foreign ministry said."}`+"\n"), 0o644)
	mustDyad(t, "ingest", "--db", db, second)
	news := lines(mustDyad(t, "changes", "--db", db, "--cursor-file", cursor, "--format", "jsonl"))
	if len(news) < 2 || news[0]["id"] != "b1" {
		t.Fatalf("after a second ingest: %v", news)
	}
	for _, c := range news {
		if c["kind"] == "document" && c["id"] != "b1" {
			t.Errorf("an unchanged document listed again: %v", c)
		}
	}
	if _, errs, code := dyad(t, "", "changes", "--db", db, "--since", "yesterday"); code != 2 || !strings.Contains(errs, "cursor") {
		t.Errorf("bad --since: exit %d, %s", code, errs)
	}

	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	hs := httptest.NewServer(api.New(st, api.Options{}))
	defer hs.Close()
	since, n := "0", 0
	for page := 0; page < 20; page++ {
		resp, err := http.Get(hs.URL + "/api/v1/changes?limit=1&since=" + since)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var r struct {
			Data   []map[string]any `json:"data"`
			Cursor string           `json:"cursor"`
			More   bool             `json:"more"`
		}
		if err := json.Unmarshal(body, &r); err != nil || resp.StatusCode != 200 {
			t.Fatalf("%d %s", resp.StatusCode, body)
		}
		n += len(r.Data)
		since = r.Cursor
		if !r.More {
			break
		}
	}
	if want := len(all) + len(news); n != want {
		t.Errorf("the API paged %d changes, want %d", n, want)
	}
}
