package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"dyad/internal/news"
	"dyad/internal/store"
)

// TestEvidenceCapped: an event reported by 13 documents that each repeat
// it 2,000 times, and by 2,000 more documents once each, keeps 5
// sentences per document in the store; the events page carries its
// first 5 with the count and a link, stays under 1 MB (uncapped it would
// be ~20 MB), and the link pages through all the rest.
func TestEvidenceCapped(t *testing.T) {
	srv, st := fixture(t)
	ctx := context.Background()
	key := func(docID string) news.Event {
		return news.Event{StoryID: "s9", Date: "2021-12-20", Source: news.Actor{Code: "FRAGOV", Country: "FRA"},
			Target: news.Actor{Code: "CHN", Country: "CHN"}, CAMEO: "036", Root: "03", Goldstein: 4, QuadClass: 1}
	}
	filler := strings.Repeat(" and the officials said the talks were constructive", 10)
	for d := range 13 {
		docID := fmt.Sprintf("big%02d", d)
		var evs []news.Event
		for i := range 2000 {
			s := fmt.Sprintf("The foreign minister of France met the Chinese ambassador in Paris, line %d%s.", i, filler)
			ev := key(docID)
			ev.Evidence = []news.Evidence{{DocID: docID, Source: "Outlet " + docID, Sentence: s, Start: i * 600, End: i*600 + len(s)}}
			evs = append(evs, ev)
		}
		if err := st.AddEvents(ctx, evs); err != nil {
			t.Fatal(err)
		}
	}
	var many []news.Event
	for d := range 2000 {
		ev := key("")
		ev.Evidence = []news.Evidence{{DocID: fmt.Sprintf("small%04d", d), Source: "Outlet", Sentence: "The foreign minister of France met the Chinese ambassador." + filler}}
		many = append(many, ev)
	}
	if err := st.AddEvents(ctx, many); err != nil {
		t.Fatal(err)
	}
	total := 13*store.MaxEvidencePerDoc + 2000

	resp, err := http.Get(srv.URL + "/api/v1/events")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	t.Logf("events page: %d bytes", len(body))
	if len(body) >= 1<<20 {
		t.Errorf("events page is %d bytes, want under 1 MB", len(body))
	}
	var pg struct {
		Data []struct {
			news.Event
			EvidenceMore string `json:"evidence_more"`
		} `json:"data"`
	}
	if err := json.Unmarshal(body, &pg); err != nil {
		t.Fatal(err)
	}
	var big *news.Event
	var more string
	for i := range pg.Data {
		if pg.Data[i].StoryID == "s9" {
			big, more = &pg.Data[i].Event, pg.Data[i].EvidenceMore
		}
	}
	if big == nil {
		t.Fatalf("the reported event is not on the page: %.300s", body)
	}
	if len(big.Evidence) != 5 || big.EvidenceCount != total || big.NumArticles != 2013 || more == "" {
		t.Fatalf("listed event: %d evidence, count %d, %d articles, more %q; want 5, %d, 2013, a link", len(big.Evidence), big.EvidenceCount, big.NumArticles, more, total)
	}
	// Follow the link to the end.
	got := append([]news.Evidence(nil), big.Evidence...)
	for next := more + "&limit=1000"; next != ""; {
		status, env, _ := do(t, "GET", srv.URL+next, "", nil)
		if status != 200 {
			t.Fatalf("%s: %d %+v", next, status, env.Error)
		}
		var page []news.Evidence
		json.Unmarshal(env.Data, &page)
		got = append(got, page...)
		next = ""
		if env.Next != "" {
			next = fmt.Sprintf("/api/v1/events/%s/evidence?after=%s&limit=1000", big.ID, env.Next)
		}
	}
	if len(got) != total || got[0].DocID != "big00" || got[5].DocID != "big01" || got[total-1].DocID != "small1999" {
		t.Errorf("paged evidence: %d sentences (want %d), first %s, sixth %s, last %s", len(got), total, got[0].DocID, got[5].DocID, got[len(got)-1].DocID)
	}
	status, env, _ := do(t, "GET", srv.URL+"/api/v1/events/"+big.ID, "", nil)
	var one news.Event
	json.Unmarshal(env.Data, &one)
	if status != 200 || len(one.Evidence) != 100 || one.EvidenceCount != total {
		t.Errorf("one event: %d, %d evidence, count %d", status, len(one.Evidence), one.EvidenceCount)
	}
	for _, bad := range []string{"after=-1", "limit=0", "limit=5000", "colour=red"} {
		if status, _, _ := do(t, "GET", srv.URL+"/api/v1/events/"+big.ID+"/evidence?"+bad, "", nil); status != 400 {
			t.Errorf("evidence?%s: %d, want 400", bad, status)
		}
	}
	if status, _, _ := do(t, "GET", srv.URL+"/api/v1/events/nope/evidence", "", nil); status != 404 {
		t.Errorf("evidence of no event: %d, want 404", status)
	}
}

// TestDocTextCapped: a listed document carries the first 64 KB of its
// text (cut between characters) with its size and a link; one document
// has all of it.
func TestDocTextCapped(t *testing.T) {
	srv, st := fixture(t)
	text := strings.Repeat("Les ministres se sont réunis à Genève. ", 20000) // ~800 KB, two-byte letters
	d := &news.Document{ID: "big", ContentHash: "hbig", Status: news.StatusOK, Published: "2021-12-16", Text: text}
	if _, err := st.PutDocument(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	_, env, _ := do(t, "GET", srv.URL+"/api/v1/docs", "", nil)
	var docs []struct {
		news.Document
		TextBytes int    `json:"text_bytes"`
		TextMore  string `json:"text_more"`
	}
	json.Unmarshal(env.Data, &docs)
	if len(docs) != 2 || docs[0].TextMore != "" || docs[0].TextBytes != 0 {
		t.Fatalf("docs: %d, first %+v", len(docs), docs[0].TextMore)
	}
	big := docs[1]
	if len(big.Text) > 64<<10 || len(big.Text) < 64<<10-4 || !strings.HasPrefix(text, big.Text) || big.TextBytes != len(text) || big.TextMore != "/api/v1/docs/big" {
		t.Errorf("listed big document: %d bytes of %d, more %q", len(big.Text), big.TextBytes, big.TextMore)
	}
	_, env, _ = do(t, "GET", srv.URL+big.TextMore, "", nil)
	var one news.Document
	json.Unmarshal(env.Data, &one)
	if one.Text != text {
		t.Errorf("one document: %d bytes, want %d", len(one.Text), len(text))
	}
}
