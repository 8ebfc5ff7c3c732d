package storetest

import (
	"testing"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

// testChanges: what changed after a cursor — documents and events, an
// event once at its latest change, a deleted event marked so.
func testChanges(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	cl, ok := st.(store.ChangeLog)
	if !ok {
		t.Skip("store does not implement store.ChangeLog")
	}
	list := func(since int64) []store.ChangeItem {
		t.Helper()
		cs, err := cl.Changes(ctx, since, time.Time{}, 100)
		if err != nil {
			t.Fatal(err)
		}
		items, err := store.LoadChanges(ctx, st, cs)
		if err != nil {
			t.Fatal(err)
		}
		return items
	}
	put(t, st, doc("a", "2021-12-15", "CGTN", "state"), store.New)
	put(t, st, doc("b", "2021-12-15", "TASS", "state"), store.New)
	if err := st.AddEvents(ctx, []news.Event{event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("a", "CGTN", "Xi met Putin."))}); err != nil {
		t.Fatal(err)
	}
	all := list(0)
	if len(all) != 3 || all[0].ID != "a" || all[0].Document == nil || all[2].Kind != store.ChangeEvent || all[2].Event == nil || all[2].At == nil {
		t.Fatalf("since 0: %+v", all)
	}
	cursor := all[len(all)-1].Seq
	if got := list(cursor); len(got) != 0 {
		t.Fatalf("nothing changed, got %+v", got)
	}
	// b reports the same event: the event changes (once), b is unchanged.
	if err := st.AddEvents(ctx, []news.Event{event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("b", "TASS", "Putin met Xi."))}); err != nil {
		t.Fatal(err)
	}
	got := list(cursor)
	if len(got) != 1 || got[0].Kind != store.ChangeEvent || got[0].Event.NumArticles != 2 || got[0].Seq <= cursor {
		t.Fatalf("after a second report: %+v", got)
	}
	if again := list(0); len(again) != 3 {
		t.Errorf("an object changed twice is listed once: %d changes", len(again))
	}
	// A new version of a document drops its evidence: the event loses
	// b, and the document is listed as changed.
	cursor = got[0].Seq
	nb := doc("b", "2021-12-15", "TASS", "state")
	nb.ContentHash = "h-b2"
	put(t, st, nb, store.Updated)
	got = list(cursor)
	kinds := map[string]bool{}
	for _, c := range got {
		kinds[c.Kind+":"+c.ID] = true
	}
	if !kinds["document:b"] || len(got) < 1 {
		t.Errorf("after an update: %+v", got)
	}
}
