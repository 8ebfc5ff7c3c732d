package storetest

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"dyad/internal/store"
)

// testJobs: ingest jobs are stored, replaced by id, listed newest first,
// kept across a reopen; a store that never had one lists none.
func testJobs(t *testing.T, open Opener) {
	st, reopen := open(t)
	js, ok := st.(store.JobStore)
	if !ok {
		st.Close()
		t.Skip("store does not implement store.JobStore")
	}
	if got, err := js.Jobs(ctx, 10); err != nil || len(got) != 0 {
		t.Fatalf("Jobs on a new store = %v, %v", got, err)
	}
	if _, err := js.Job(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Job(nope) on a new store: %v, want ErrNotFound", err)
	}
	t0 := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	ids := make([]string, 0, store.MaxJobDocIDs+5)
	for i := range store.MaxJobDocIDs + 5 {
		ids = append(ids, fmt.Sprintf("d%d", i))
	}
	for i, id := range []string{"j1", "j2", "j3"} {
		j := store.Job{ID: id, Status: store.JobQueued, Bytes: int64(100 * i), Created: t0.Add(time.Duration(i) * time.Second)}
		if err := js.PutJob(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	done := store.Job{ID: "j2", Status: "ok", Bytes: 100, Created: t0.Add(time.Second), Finished: t0.Add(time.Minute),
		New: 3, DocIDs: ids, DocCount: len(ids)}
	if err := js.PutJob(ctx, done); err != nil {
		t.Fatal(err)
	}
	check := func(js store.JobStore) {
		t.Helper()
		got, err := js.Job(ctx, "j2")
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != "ok" || got.New != 3 || !got.Finished.Equal(done.Finished) || len(got.DocIDs) != store.MaxJobDocIDs || got.DocCount != len(ids) {
			t.Errorf("j2 = %+v (doc ids %d)", got.Status, len(got.DocIDs))
		}
		list, err := js.Jobs(ctx, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 || list[0].ID != "j3" || list[1].ID != "j2" {
			t.Errorf("Jobs(2) = %v", list)
		}
	}
	check(js)
	if reopen != nil {
		st.Close()
		st = reopen()
		check(st.(store.JobStore))
	}
	st.Close()
}
