// Package storetest is the conformance suite every store.Store backend
// passes: the same behaviour on SQLite and PostgreSQL.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

// Opener opens a fresh, empty store for one test; reopen (may be nil)
// reopens the same store after Close, to check persistence.
type Opener func(t *testing.T) (st store.Store, reopen func() store.Store)

// Run runs the conformance suite.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{"Documents", testDocuments},
		{"DuplicateAndUpdate", testDuplicateAndUpdate},
		{"Paging", testPaging},
		{"CanonicalEvents", testCanonicalEvents},
		{"EventFilters", testEventFilters},
		{"Places", testPlaces},
		{"GroupAndText", testGroupAndText},
		{"FreshReads", testFreshReads},
		{"Quotes", testQuotes},
		{"Stories", testStories},
		{"Signatures", testSignatures},
		{"Series", testSeries},
		{"SortCountRank", testSortCountRank},
		{"Concurrency", testConcurrency},
		{"Bundles", testBundles},
		{"Lease", testLease},
		{"Changes", testChanges},
		{"Jobs", testJobs},
		{"OrphanJobs", testOrphanJobs},
		{"EvidenceCap", testEvidenceCap},
		{"DocEvents", testDocEvents},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

var ctx = context.Background()

func doc(id, published, origin, affiliation string) *news.Document {
	return &news.Document{
		ID: id, ContentHash: "h-" + id, Title: "Title " + id, Published: published,
		Source: news.Source{Name: origin, Origin: origin, Affiliation: affiliation},
		Lang:   "en", Status: news.StatusOK, StoryID: "s1", Text: "Text of " + id,
		Amounts:    []news.Amount{{Text: "$5 billion", Value: 5e9, Currency: "USD", Context: "trade"}},
		IngestedAt: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC),
	}
}

func put(t *testing.T, st store.Store, d *news.Document, want store.Outcome) {
	t.Helper()
	got, err := st.PutDocument(ctx, d)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", d.ID, err)
	}
	if got != want {
		t.Fatalf("PutDocument(%s) = %v, want %v", d.ID, got, want)
	}
}

func testDocuments(t *testing.T, open Opener) {
	st, reopen := open(t)
	a := doc("a", "2021-12-15", "CGTN", "state")
	put(t, st, a, store.New)
	failed := &news.Document{ID: "f", ContentHash: "h-f", Path: "bad.bin", Status: news.Failed("binary file")}
	put(t, st, failed, store.New)
	got, err := st.Document(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != a.Title || got.Source != a.Source || got.Published != a.Published || got.Text != a.Text ||
		len(got.Amounts) != 1 || got.Amounts[0].Value != 5e9 || !got.IngestedAt.Equal(a.IngestedAt) {
		t.Errorf("round trip: got %+v\nwant %+v", got, a)
	}
	if _, err := st.Document(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown document: %v, want ErrNotFound", err)
	}
	if id, err := st.DocumentByHash(ctx, "h-a"); err != nil || id != "a" {
		t.Errorf("DocumentByHash = %q, %v", id, err)
	}
	if _, err := st.DocumentByHash(ctx, "h-zzz"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown hash: %v", err)
	}
	for _, tc := range []struct {
		status string
		want   int
	}{{"", 2}, {"ok", 1}, {"failed", 1}} {
		docs, err := st.Documents(ctx, store.DocFilter{Status: tc.status})
		if err != nil || len(docs) != tc.want {
			t.Errorf("Documents(status %q) = %d docs, %v; want %d", tc.status, len(docs), err, tc.want)
		}
	}
	if err := st.SetDocStory(ctx, "a", "s9", "f", 0.9); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.Document(ctx, "a"); got.StoryID != "s9" || got.DupOf != "f" || got.DupScore != 0.9 {
		t.Errorf("SetDocStory: %+v", got)
	}
	if err := st.SetDocStory(ctx, "nope", "s", "", 0); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SetDocStory unknown: %v", err)
	}
	if reopen != nil {
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		st = reopen()
		if _, err := st.Document(ctx, "a"); err != nil {
			t.Errorf("after reopen: %v", err)
		}
	}
	st.Close()
}

func evidence(docID, source, sentence string) news.Evidence {
	return news.Evidence{DocID: docID, Source: source, Sentence: sentence, Start: 0, End: len(sentence),
		VerbSpan: &news.Span{Start: 3, End: 6}}
}

func event(story, src, tgt, cameo, date string, ev ...news.Evidence) news.Event {
	return news.Event{StoryID: story, Date: date, Source: news.Actor{Code: src, Country: src[:3]},
		Target: news.Actor{Code: tgt, Country: tgt[:3]}, CAMEO: cameo, Root: cameo[:2], Goldstein: 1,
		QuadClass: 1, PLOVER: "CONSULT", Coder: "dyad/test", Evidence: ev,
		Explain: &news.Explanation{Verb: "verbs.txt:1"}, Issues: []string{"TRADE"},
		Confidence: &confidence, Flags: []string{news.FlagDateFromText}}
}

var confidence = 0.75

func testDuplicateAndUpdate(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	a := doc("a", "2021-12-15", "CGTN", "state")
	put(t, st, a, store.New)
	put(t, st, doc("a", "2021-12-15", "CGTN", "state"), store.Duplicate)
	if err := st.AddEvents(ctx, []news.Event{event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("a", "CGTN", "Xi met Putin."))}); err != nil {
		t.Fatal(err)
	}
	if err := st.AddQuotes(ctx, []news.Quote{{ID: "q1", DocID: "a", Text: "We agree."}}); err != nil {
		t.Fatal(err)
	}
	if err := st.PutSignature(ctx, "dedupe", "a", []byte{1}); err != nil {
		t.Fatal(err)
	}
	b := doc("a", "2021-12-16", "CGTN", "state")
	b.ContentHash = "h-a2"
	b.Text = "New text"
	put(t, st, b, store.Updated)
	got, _ := st.Document(ctx, "a")
	if got.Text != "New text" {
		t.Errorf("update kept old text %q", got.Text)
	}
	evs, _ := st.Events(ctx, store.EventFilter{})
	qs, _ := st.Quotes(ctx, store.QuoteFilter{})
	n := 0
	st.Signatures(ctx, "dedupe", func(string, []byte) error { n++; return nil })
	if len(evs) != 0 || len(qs) != 0 || n != 0 {
		t.Errorf("after update: %d events, %d quotes, %d signatures of the old version left", len(evs), len(qs), n)
	}
}

func testPaging(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	for i := 0; i < 7; i++ {
		put(t, st, doc(fmt.Sprintf("d%d", i), fmt.Sprintf("2021-12-%02d", 10-i), "X", "unknown"), store.New)
	}
	var all []string
	after := ""
	for pages := 0; pages < 10; pages++ {
		docs, err := st.Documents(ctx, store.DocFilter{Page: store.Page{Limit: 3, After: after}})
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) == 0 {
			break
		}
		for _, d := range docs {
			all = append(all, d.Published)
		}
		after = docs[len(docs)-1].ID
	}
	if len(all) != 7 {
		t.Fatalf("paged through %d documents, want 7", len(all))
	}
	for i := 1; i < len(all); i++ {
		if all[i] < all[i-1] {
			t.Errorf("not sorted by date: %v", all)
		}
	}
	docs, _ := st.Documents(ctx, store.DocFilter{From: "2021-12-05", To: "2021-12-07"})
	if len(docs) != 3 {
		t.Errorf("date range gave %d documents, want 3", len(docs))
	}
}

func testCanonicalEvents(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	for _, d := range []*news.Document{doc("a", "2021-12-15", "CGTN", "state"), doc("b", "2021-12-15", "China Today", "state"), doc("c", "2021-12-16", "CGTN", "state")} {
		put(t, st, d, store.New)
	}
	first := event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("a", "CGTN", "Xi met Putin."))
	if err := st.AddEvents(ctx, []news.Event{first}); err != nil {
		t.Fatal(err)
	}
	// The same evidence again changes nothing; a second report (other
	// sub-code, same root) and a copy from the same origin are merged.
	late := []news.Event{first,
		event("s1", "CHNGOV", "RUSGOV", "031", "2021-12-15", evidence("b", "China Today", "Xi held talks with Putin.")),
		event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("c", "CGTN", "Xi and Putin met.")),
	}
	if err := st.AddEvents(ctx, late); err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("%d events, want one canonical event", len(evs))
	}
	ev := evs[0]
	if ev.NumArticles != 3 || ev.NumSources != 2 || len(ev.Evidence) != 3 {
		t.Errorf("counts: articles %d sources %d evidence %d, want 3, 2, 3", ev.NumArticles, ev.NumSources, len(ev.Evidence))
	}
	if ev.ID != store.EventID("s1", "CHNGOV", "RUSGOV", "03", "2021-12-15") {
		t.Errorf("event id %q is not derived from its key", ev.ID)
	}
	if ev.Evidence[0].VerbSpan == nil || ev.Explain == nil || ev.Explain.Verb != "verbs.txt:1" {
		t.Errorf("spans or explanation lost: %+v", ev)
	}
	if ev.Confidence == nil || *ev.Confidence != 0.75 || len(ev.Flags) != 1 || len(ev.Issues) != 1 {
		t.Errorf("confidence, flags or issues lost: %v %v %v", ev.Confidence, ev.Flags, ev.Issues)
	}
	for issue, want := range map[string]int{"TRADE": 1, "ENERGY": 0, "TRAD": 0} {
		if got := eventIDs(t, st, store.EventFilter{Issue: issue}); len(got) != want {
			t.Errorf("issue %s: %d events, want %d", issue, len(got), want)
		}
	}
	got, err := st.Event(ctx, ev.ID)
	if err != nil || got.NumArticles != 3 {
		t.Errorf("Event(id) = %+v, %v", got, err)
	}
	if _, err := st.Event(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown event: %v", err)
	}
	// Another date or story is another event.
	if err := st.AddEvents(ctx, []news.Event{event("s2", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("a", "CGTN", "x"))}); err != nil {
		t.Fatal(err)
	}
	if evs, _ := st.Events(ctx, store.EventFilter{}); len(evs) != 2 {
		t.Errorf("%d events after another story's, want 2", len(evs))
	}
}

func testEventFilters(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	put(t, st, doc("a", "2021-12-15", "CGTN", "state"), store.New)
	put(t, st, doc("b", "2022-01-10", "Reuters", "independent"), store.New)
	evs := []news.Event{
		event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("a", "CGTN", "Xi met Putin in a video call.")),
		event("s2", "USAGOV", "CHNGOV", "112", "2022-01-10", evidence("b", "Reuters", "Washington accused Beijing.")),
		event("s2", "RUS", "UKR", "190", "2022-01-11", evidence("b", "Reuters", "Russian forces shelled the town.")),
	}
	evs[1].QuadClass, evs[2].QuadClass = 3, 4
	if err := st.AddEvents(ctx, evs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    store.EventFilter
		want int
	}{
		{"all", store.EventFilter{}, 3},
		{"from", store.EventFilter{From: "2022-01-01"}, 2},
		{"to", store.EventFilter{To: "2021-12-31"}, 1},
		{"actor prefix", store.EventFilter{Actor: "CHN"}, 2},
		{"actor lower case", store.EventFilter{Actor: "rus"}, 2},
		{"dyad either way", store.EventFilter{DyadA: "RUS", DyadB: "CHN"}, 1},
		{"dyad", store.EventFilter{DyadA: "RUS", DyadB: "UKR"}, 1},
		{"root", store.EventFilter{Root: "11"}, 1},
		{"quad", store.EventFilter{QuadClass: 4}, 1},
		{"story", store.EventFilter{StoryID: "s2"}, 2},
		{"doc", store.EventFilter{DocID: "a"}, 1},
		{"group", store.EventFilter{Group: "independent"}, 2},
		{"text", store.EventFilter{Text: "VIDEO call"}, 1},
		{"text with wildcard", store.EventFilter{Text: "%"}, 0},
		{"limit", store.EventFilter{Page: store.Page{Limit: 2}}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.Events(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tc.want {
				t.Errorf("%d events, want %d", len(got), tc.want)
			}
		})
	}
	if _, err := st.Events(ctx, store.EventFilter{DyadA: "CHN"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("half a dyad: %v, want ErrInvalid", err)
	}
	page1, _ := st.Events(ctx, store.EventFilter{Page: store.Page{Limit: 2}})
	page2, _ := st.Events(ctx, store.EventFilter{Page: store.Page{Limit: 2, After: page1[1].ID}})
	if len(page2) != 1 || page2[0].Date != "2022-01-11" {
		t.Errorf("second page: %+v", page2)
	}
}

func testQuotes(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	qs := []news.Quote{
		{ID: "q1", DocID: "a", StoryID: "s1", Text: "Putting people first.", Speaker: news.Speaker{Name: "Xi Jinping", Actor: "CHNGOV"}, Date: "2021-12-15"},
		{ID: "q2", DocID: "b", Text: "The U.S. attempts to interfere.", Speaker: news.Speaker{Name: "Zhao Lijian", Title: "Foreign Ministry spokesperson", Actor: "CHNGOV"}, Date: "2021-12-07", Start: 3, End: 30},
	}
	if err := st.AddQuotes(ctx, qs); err != nil {
		t.Fatal(err)
	}
	qs[0].Text = "Putting people first is our philosophy."
	if err := st.AddQuotes(ctx, qs[:1]); err != nil {
		t.Fatal(err)
	}
	all, _ := st.Quotes(ctx, store.QuoteFilter{})
	if len(all) != 2 || all[0].ID != "q2" || all[1].Text != qs[0].Text || all[0].End != 30 {
		t.Errorf("quotes: %+v", all)
	}
	if got, _ := st.Quotes(ctx, store.QuoteFilter{Speaker: "zhao"}); len(got) != 1 || got[0].Speaker.Title == "" {
		t.Errorf("speaker filter: %+v", got)
	}
	if got, _ := st.Quotes(ctx, store.QuoteFilter{DocID: "a"}); len(got) != 1 {
		t.Errorf("doc filter: %+v", got)
	}
}

func testStories(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	s := news.Story{ID: "s1", Title: "Xi and Putin meet", FirstSeen: "2021-12-15", LastSeen: "2021-12-15", DocIDs: []string{"a"}, Sources: []string{"CGTN"}}
	if err := st.PutStory(ctx, s); err != nil {
		t.Fatal(err)
	}
	s.DocIDs, s.Sources, s.LastSeen = append(s.DocIDs, "b"), append(s.Sources, "China Today"), "2021-12-20"
	if err := st.PutStory(ctx, s); err != nil {
		t.Fatal(err)
	}
	if err := st.PutStory(ctx, news.Story{ID: "s2", FirstSeen: "2022-03-01", LastSeen: "2022-03-01"}); err != nil {
		t.Fatal(err)
	}
	got, err := st.Story(ctx, "s1")
	if err != nil || len(got.DocIDs) != 2 || len(got.Sources) != 2 || got.LastSeen != "2021-12-20" {
		t.Errorf("story: %+v, %v", got, err)
	}
	if _, err := st.Story(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown story: %v", err)
	}
	if got, _ := st.Stories(ctx, store.StoryFilter{From: "2022-01-01"}); len(got) != 1 || got[0].ID != "s2" {
		t.Errorf("stories from: %+v", got)
	}
}

func testSignatures(t *testing.T, open Opener) {
	st, reopen := open(t)
	for i, id := range []string{"c", "a", "b"} {
		if err := st.PutSignature(ctx, "dedupe", id, []byte{byte(i)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.PutSignature(ctx, "story", "a", []byte("x")); err != nil {
		t.Fatal(err)
	}
	if reopen != nil {
		st.Close()
		st = reopen()
	}
	defer st.Close()
	var order []string
	if err := st.Signatures(ctx, "dedupe", func(id string, data []byte) error { order = append(order, id); return nil }); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(order) != "[c a b]" {
		t.Errorf("signatures in order %v, want [c a b]", order)
	}
	stop := errors.New("stop")
	if err := st.Signatures(ctx, "dedupe", func(string, []byte) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("callback error not returned: %v", err)
	}
}

func testSeries(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	put(t, st, doc("a", "2021-12-15", "CGTN", "state"), store.New)
	put(t, st, doc("b", "2021-12-15", "Reuters", "independent"), store.New)
	e1 := event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("a", "CGTN", "Xi met Putin."), evidence("b", "Reuters", "Xi and Putin talked."))
	e1.Goldstein = 4
	e2 := event("s2", "RUSGOV", "CHNGOV", "051", "2021-12-20", evidence("a", "CGTN", "Putin praised Xi."))
	e2.Goldstein = 3.4
	e3 := event("s3", "CHNGOV", "RUSGOV", "112", "2022-01-03", evidence("b", "Reuters", "China accused Russia."))
	e3.Goldstein, e3.QuadClass = -2, 3
	if err := st.AddEvents(ctx, []news.Event{e1, e2, e3}); err != nil {
		t.Fatal(err)
	}
	pts, err := st.Series(ctx, store.SeriesQuery{DyadA: "CHN", DyadB: "RUS", By: "month", Split: "group"})
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) != 2 {
		t.Fatalf("%d periods, want 2: %+v", len(pts), pts)
	}
	dec := pts[0]
	if dec.Period != "2021-12" || dec.Events != 2 || dec.GoldsteinMean != 3.7 || dec.ByQuad["1"] != 2 ||
		dec.ByGroup["state"] != 2 || dec.ByGroup["independent"] != 1 || dec.Dyad != "CHN-RUS" {
		t.Errorf("December: %+v", dec)
	}
	if jan := pts[1]; jan.Period != "2022-01" || jan.ByQuad["3"] != 1 || jan.GoldsteinMean != -2 {
		t.Errorf("January: %+v", jan)
	}
	if pts, _ := st.Series(ctx, store.SeriesQuery{DyadA: "CHN", DyadB: "RUS", By: "week"}); len(pts) != 3 || pts[0].Period != "2021-W50" {
		t.Errorf("weeks: %+v", pts)
	}
	if pts, _ := st.Series(ctx, store.SeriesQuery{DyadA: "CHN", DyadB: "RUS", By: "month", Direction: "ba", Fill: true, From: "2021-12-01", To: "2022-01-31"}); len(pts) != 2 ||
		pts[0].Events != 1 || pts[1].Events != 0 || pts[0].ByDirection["ba"] != 1 {
		t.Errorf("B→A, filled: %+v", pts)
	}
	if pts, _ := st.Series(ctx, store.SeriesQuery{Actor: "RUS", By: "year", QuadClass: 1}); len(pts) != 1 || pts[0].Events != 2 {
		t.Errorf("actor totals, quad 1: %+v", pts)
	}
	if pts, _ := st.Series(ctx, store.SeriesQuery{DyadA: "CHN", DyadB: "RUS", Root: "11"}); len(pts) != 1 || pts[0].Period != "2022-01" {
		t.Errorf("root 11: %+v", pts)
	}
	if _, err := st.Series(ctx, store.SeriesQuery{DyadA: "CHN", DyadB: "RUS", By: "decade"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("bad period: %v", err)
	}
}

func testConcurrency(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := 0; w < 4; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				id := fmt.Sprintf("w%d-%d", w, i)
				if _, err := st.PutDocument(ctx, doc(id, "2021-12-15", "X", "unknown")); err != nil {
					errs <- err
					return
				}
				if err := st.AddEvents(ctx, []news.Event{event("s", "CHN", "RUS", "036", "2021-12-15", evidence(id, "X", "s"))}); err != nil {
					errs <- err
					return
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				if _, err := st.Events(ctx, store.EventFilter{Actor: "CHN"}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	evs, _ := st.Events(ctx, store.EventFilter{})
	if len(evs) != 1 || evs[0].NumArticles != 100 || evs[0].NumSources != 1 {
		t.Errorf("after concurrent writes: %d events, %+v", len(evs), evs)
	}
	stats, err := st.Stats(ctx)
	if err != nil || stats.Documents["ok"] != 100 || stats.Events != 1 || stats.EventsByDoc != 100 {
		t.Errorf("stats: %+v, %v", stats, err)
	}
}

func testBundles(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	d := doc("a", "2021-12-15", "CGTN", "state")
	story := &news.Story{ID: "s1", Title: "t", FirstSeen: "2021-12-15", LastSeen: "2021-12-15", DocIDs: []string{"a"}}
	b := store.Bundle{Doc: d, Story: story,
		Events:     []news.Event{event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("a", "CGTN", "Xi met Putin."))},
		Quotes:     []news.Quote{{ID: "q1", DocID: "a", Text: "We agree."}},
		Signatures: []store.Signature{{Kind: "dedupe", Data: []byte{1}}}}
	again := b
	out, err := st.PutBundles(ctx, []store.Bundle{b, again})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 || out[0] != store.New || out[1] != store.Duplicate {
		t.Errorf("outcomes %v, want [new duplicate]", out)
	}
	evs, _ := st.Events(ctx, store.EventFilter{})
	qs, _ := st.Quotes(ctx, store.QuoteFilter{})
	s, err := st.Story(ctx, "s1")
	n := 0
	st.Signatures(ctx, "dedupe", func(string, []byte) error { n++; return nil })
	if len(evs) != 1 || evs[0].NumArticles != 1 || len(qs) != 1 || err != nil || s.Title != "t" || n != 1 {
		t.Errorf("bundle not stored whole: %d events, %d quotes, story %v (%v), %d signatures", len(evs), len(qs), s, err, n)
	}
	// A failing bundle rolls the whole batch back.
	bad := store.Bundle{Doc: &news.Document{ID: "", ContentHash: "x"}}
	if _, err := st.PutBundles(ctx, []store.Bundle{{Doc: doc("b", "2021-12-16", "X", "unknown")}, bad}); err == nil {
		t.Fatal("a bundle without id was accepted")
	}
	if _, err := st.Document(ctx, "b"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("batch was not rolled back: %v", err)
	}
}

// ids lists the ids of events.
func ids(evs []news.Event) []string {
	out := make([]string, len(evs))
	for i, ev := range evs {
		out[i] = ev.ID
	}
	return out
}

func eventIDs(t *testing.T, st store.Store, f store.EventFilter) []string {
	t.Helper()
	evs, err := st.Events(ctx, f)
	if err != nil {
		t.Fatalf("Events(%+v): %v", f, err)
	}
	return ids(evs)
}

// testGroupAndText checks the group and text filters where their indexes
// must follow the data: events stored before their documents, a document
// replaced by one of another affiliation, evidence dropped, paging within
// a group, short and wildcard text, text outside ASCII.
func testGroupAndText(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	evs := []news.Event{
		event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("a", "CGTN", "Xi met Putin in a video call.")),
		event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-16", evidence("a", "CGTN", "Zhōngguó and Russia signed 5_000 deals.")),
		event("s2", "USAGOV", "CHNGOV", "112", "2022-01-10", evidence("b", "Reuters", "Washington accused Beijing.")),
		event("s2", "RUS", "UKR", "190", "2022-01-11", evidence("b", "Reuters", "Russian forces shelled the town."),
			evidence("a", "CGTN", "Russian forces answered shelling.")),
	}
	// The events come first: their documents are not stored yet.
	if err := st.AddEvents(ctx, evs); err != nil {
		t.Fatal(err)
	}
	if got := eventIDs(t, st, store.EventFilter{Group: "state"}); len(got) != 0 {
		t.Errorf("group state before any document: %v", got)
	}
	put(t, st, doc("a", "2021-12-15", "CGTN", "state"), store.New)
	put(t, st, doc("b", "2022-01-10", "Reuters", "independent"), store.New)
	all := eventIDs(t, st, store.EventFilter{})
	if len(all) != 4 {
		t.Fatalf("%d events, want 4", len(all))
	}
	tests := []struct {
		name string
		f    store.EventFilter
		want []string // ids by index in all
	}{
		{"state", store.EventFilter{Group: "state"}, []string{all[0], all[1], all[3]}},
		{"independent", store.EventFilter{Group: "independent"}, []string{all[2], all[3]}},
		{"state, dated", store.EventFilter{Group: "state", From: "2021-12-16", To: "2022-01-10"}, []string{all[1]}},
		{"state, second page", store.EventFilter{Group: "state", Page: store.Page{Limit: 2, After: all[1]}}, []string{all[3]}},
		{"state and actor", store.EventFilter{Group: "state", Actor: "RUS"}, []string{all[0], all[1], all[3]}},
		{"unknown group", store.EventFilter{Group: "none"}, nil},
		{"text", store.EventFilter{Text: "SHELL"}, []string{all[3]}},
		{"text of two letters", store.EventFilter{Text: "xi"}, []string{all[0]}},
		{"text with an underscore", store.EventFilter{Text: "5_0"}, []string{all[1]}},
		{"underscore is no wildcard", store.EventFilter{Text: "5x0"}, nil},
		{"text outside ASCII", store.EventFilter{Text: "Zhōngguó"}, []string{all[1]}},
		{"text and group", store.EventFilter{Text: "Russian forces", Group: "independent"}, []string{all[3]}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventIDs(t, st, tc.f)
			if fmt.Sprint(got) != fmt.Sprint(nonNil(tc.want)) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	// Document a comes back from an independent outlet with other text:
	// its old evidence goes, and with it its events' state group.
	a := doc("a", "2021-12-15", "AP", "independent")
	a.ContentHash = "h-a2"
	put(t, st, a, store.Updated)
	if got := eventIDs(t, st, store.EventFilter{Group: "state"}); len(got) != 0 {
		t.Errorf("group state after the update: %v", got)
	}
	if got := eventIDs(t, st, store.EventFilter{Group: "independent"}); fmt.Sprint(got) != fmt.Sprint([]string{all[2], all[3]}) {
		t.Errorf("group independent after the update: %v", got)
	}
	if got := eventIDs(t, st, store.EventFilter{Text: "video call"}); len(got) != 0 {
		t.Errorf("text of dropped evidence still found: %v", got)
	}
	if got := eventIDs(t, st, store.EventFilter{Text: "answered"}); len(got) != 0 {
		t.Errorf("text of dropped evidence still found: %v", got)
	}
	if got := eventIDs(t, st, store.EventFilter{Text: "shelled"}); fmt.Sprint(got) != fmt.Sprint([]string{all[3]}) {
		t.Errorf("text of kept evidence: %v", got)
	}
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// testFreshReads checks that a read after a write sees it, whatever the
// backend keeps in memory between reads: new evidence on an event read
// before, through the same handle and through another one (another
// process).
func testFreshReads(t *testing.T, open Opener) {
	st, reopen := open(t)
	defer st.Close()
	put(t, st, doc("a", "2021-12-15", "CGTN", "state"), store.New)
	put(t, st, doc("b", "2021-12-15", "Reuters", "independent"), store.New)
	ev := event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("a", "CGTN", "Xi met Putin."))
	if err := st.AddEvents(ctx, []news.Event{ev}); err != nil {
		t.Fatal(err)
	}
	count := func(st store.Store, want int) {
		t.Helper()
		evs, err := st.Events(ctx, store.EventFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != 1 || len(evs[0].Evidence) != want || evs[0].NumArticles != want {
			t.Fatalf("events %+v, want one with %d evidence", evs, want)
		}
		one, err := st.Event(ctx, evs[0].ID)
		if err != nil || len(one.Evidence) != want {
			t.Fatalf("event %s: %d evidence (%v), want %d", evs[0].ID, len(one.Evidence), err, want)
		}
	}
	count(st, 1)
	ev.Evidence = []news.Evidence{evidence("b", "Reuters", "Xi and Putin met.")}
	if err := st.AddEvents(ctx, []news.Event{ev}); err != nil {
		t.Fatal(err)
	}
	count(st, 2)
	if reopen == nil {
		return
	}
	other := reopen()
	defer other.Close()
	count(other, 2)
	c := doc("c", "2021-12-15", "TASS", "state")
	ev.Evidence = []news.Evidence{evidence("c", "TASS", "Putin met Xi.")}
	if _, err := other.PutBundles(ctx, []store.Bundle{{Doc: c, Events: []news.Event{ev}}}); err != nil {
		t.Fatal(err)
	}
	count(st, 3)
}

// testSortCountRank covers the web UI's reads: newest first with undated
// events last, page offsets, counts and the dyad ranking.
func testSortCountRank(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	put(t, st, doc("a", "2021-12-15", "CGTN", "state"), store.New)
	var evs []news.Event
	for i, date := range []string{"2021-12-01", "", "2021-12-03", "2021-12-02"} {
		evs = append(evs, event(fmt.Sprintf("s%d", i), "CHNGOV", "RUSGOV", "036", date, evidence("a", "CGTN", "Xi met Putin.")))
	}
	evs = append(evs, event("s9", "USAGOV", "RUSMIL", "112", "2021-12-05", evidence("a", "CGTN", "The US accused Russia.")))
	evs = append(evs, event("s8", "RUS", "CHN", "112", "2021-12-06", evidence("a", "CGTN", "Russia accused China.")))
	if err := st.AddEvents(ctx, evs); err != nil {
		t.Fatal(err)
	}
	got, err := st.Events(ctx, store.EventFilter{DyadA: "CHN", DyadB: "RUS", Desc: true})
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, ev := range got {
		dates = append(dates, ev.Date)
	}
	if strings.Join(dates, ",") != "2021-12-06,2021-12-03,2021-12-02,2021-12-01," {
		t.Errorf("newest first, undated last: %v", dates)
	}
	page, _ := st.Events(ctx, store.EventFilter{DyadA: "CHN", DyadB: "RUS", Desc: true, Page: store.Page{Limit: 2}, Offset: 2})
	if len(page) != 2 || page[0].Date != "2021-12-02" {
		t.Errorf("offset 2: %+v", page)
	}
	after, _ := st.Events(ctx, store.EventFilter{DyadA: "CHN", DyadB: "RUS", Desc: true, Page: store.Page{Limit: 2, After: got[1].ID}})
	if len(after) != 2 || after[0].Date != "2021-12-02" {
		t.Errorf("after, descending: %+v", after)
	}
	if c, ok := st.(store.EventCounter); ok {
		if n, err := c.CountEvents(ctx, store.EventFilter{DyadA: "CHN", DyadB: "RUS", Page: store.Page{Limit: 1}}); err != nil || n != 5 {
			t.Errorf("count: %d, %v", n, err)
		}
	}
	if r, ok := st.(store.DyadRanker); ok {
		top, err := r.TopDyads(ctx, 10)
		if err != nil || len(top) != 2 || top[0] != (store.DyadCount{A: "CHN", B: "RUS", Events: 5, Last: "2021-12-06"}) || top[1].A != "RUS" || top[1].B != "USA" {
			t.Errorf("top dyads: %+v, %v", top, err)
		}
	}
}
