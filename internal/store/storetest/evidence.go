package storetest

import (
	"errors"
	"fmt"
	"testing"

	"dyad/internal/news"
	"dyad/internal/store"
)

// testEvidenceCap: one document gives an event at most
// store.MaxEvidencePerDoc sentences (its first) however often it repeats
// them; listings with MaxEvidence return the first sentences and the
// count, through the reader's cache too; EventCapped and EventEvidence
// page the rest.
func testEvidenceCap(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	for _, id := range []string{"a", "b", "c"} {
		put(t, st, doc(id, "2021-12-15", "Outlet "+id, "independent"), store.New)
	}
	sentences := func(docID string, n int) []news.Evidence {
		var out []news.Evidence
		for i := range n {
			s := fmt.Sprintf("Xi met Putin in Beijing, report %s line %d.", docID, i)
			out = append(out, news.Evidence{DocID: docID, Source: "Outlet " + docID, Sentence: s, Start: 100 * i, End: 100*i + len(s)})
		}
		return out
	}
	// Document a repeats the event 40 times, one sentence per coded event
	// as the coder gives them, and once with 8 sentences at a time.
	var evs []news.Event
	for _, e := range sentences("a", 40) {
		evs = append(evs, event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", e))
	}
	if err := st.AddEvents(ctx, evs); err != nil {
		t.Fatal(err)
	}
	if err := st.AddEvents(ctx, []news.Event{event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", sentences("b", 8)...)}); err != nil {
		t.Fatal(err)
	}
	if err := st.AddEvents(ctx, []news.Event{event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", sentences("c", 2)...)}); err != nil {
		t.Fatal(err)
	}
	id := store.EventID("s1", "CHNGOV", "RUSGOV", "03", "2021-12-15")
	total := 2*store.MaxEvidencePerDoc + 2
	full, err := st.Event(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Evidence) != total || full.EvidenceCount != 0 || full.NumArticles != 3 || full.NumSources != 3 {
		t.Fatalf("stored: %d evidence (count %d), %d articles, %d sources; want %d, 0, 3, 3",
			len(full.Evidence), full.EvidenceCount, full.NumArticles, full.NumSources, total)
	}
	if full.Evidence[0].Sentence != sentences("a", 1)[0].Sentence || full.Evidence[store.MaxEvidencePerDoc].DocID != "b" {
		t.Errorf("kept evidence is not each document's first: %q, then %s", full.Evidence[0].Sentence, full.Evidence[store.MaxEvidencePerDoc].DocID)
	}
	list := func(max int) news.Event {
		t.Helper()
		got, err := st.Events(ctx, store.EventFilter{StoryID: "s1", MaxEvidence: max})
		if err != nil || len(got) != 1 {
			t.Fatalf("Events(max %d): %d events, %v", max, len(got), err)
		}
		return got[0]
	}
	// Twice each, the second time from a reader's cache where there is one.
	for _, max := range []int{3, 3, 0, 0, 3, 100, 1, 0} {
		ev := list(max)
		wantN, wantCount := total, 0
		if max > 0 && max < total {
			wantN, wantCount = max, total
		}
		if len(ev.Evidence) != wantN || ev.EvidenceCount != wantCount || ev.Evidence[0].Sentence != full.Evidence[0].Sentence {
			t.Errorf("Events(max %d): %d evidence, count %d; want %d, %d", max, len(ev.Evidence), ev.EvidenceCount, wantN, wantCount)
		}
	}
	er, ok := st.(store.EvidenceReader)
	if !ok {
		t.Skip("store does not implement store.EvidenceReader")
	}
	ev, err := er.EventCapped(ctx, id, 2)
	if err != nil || len(ev.Evidence) != 2 || ev.EvidenceCount != total {
		t.Errorf("EventCapped(2): %d evidence, count %d, %v", len(ev.Evidence), ev.EvidenceCount, err)
	}
	page, n, err := er.EventEvidence(ctx, id, total-2, 5)
	if err != nil || n != total || len(page) != 2 || page[1] != full.Evidence[total-1] {
		t.Errorf("EventEvidence(from %d): %d of %d, %v", total-2, len(page), n, err)
	}
	if _, _, err := er.EventEvidence(ctx, "nope", 0, 5); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("EventEvidence of no event: %v", err)
	}
}
