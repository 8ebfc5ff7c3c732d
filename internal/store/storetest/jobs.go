package storetest

import (
	"errors"
	"fmt"
	"strings"
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

// testOrphanJobs: the jobs a stopped server left queued or running are
// recorded as failed with the reason, those of live servers and finished
// ones stay as they are, and a second pass finds none.
func testOrphanJobs(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	js, ok := st.(store.JobStore)
	if !ok {
		t.Skip("store does not implement store.JobStore")
	}
	gone := func(server string) bool { return strings.HasPrefix(server, "dead/") }
	at := time.Date(2024, 3, 4, 5, 6, 7, 0, time.UTC)
	if got, err := js.FailOrphanJobs(ctx, gone, "r", at); err != nil || len(got) != 0 {
		t.Fatalf("FailOrphanJobs on a new store = %v, %v", got, err)
	}
	t0 := at.Add(-time.Hour)
	jobs := []store.Job{
		{ID: "q", Status: store.JobQueued, Server: "dead/1", Name: `text/plain; x="status":"ok"`},
		{ID: "r", Status: store.JobRunning, Server: "dead/2", Started: t0},
		{ID: "done", Status: "ok", Server: "dead/1", Finished: t0},
		{ID: "bad", Status: "failed: parse", Server: "dead/1", Finished: t0},
		{ID: "live", Status: store.JobQueued, Server: "live/3"},
		{ID: "liverun", Status: store.JobRunning, Server: "live/3"},
	}
	for i, j := range jobs {
		j.Created = t0.Add(time.Duration(i) * time.Second)
		if err := js.PutJob(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	const reason = "the server stopped before the job finished"
	failed, err := js.FailOrphanJobs(ctx, gone, reason, at)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, j := range failed {
		ids = append(ids, j.ID)
	}
	if strings.Join(ids, ",") != "q,r" {
		t.Errorf("failed jobs %v, want q,r", ids)
	}
	for _, tc := range []struct{ id, status string }{
		{"q", "failed: " + reason}, {"r", "failed: " + reason}, {"done", "ok"}, {"bad", "failed: parse"},
		{"live", store.JobQueued}, {"liverun", store.JobRunning},
	} {
		j, err := js.Job(ctx, tc.id)
		if err != nil {
			t.Fatal(err)
		}
		if j.Status != tc.status {
			t.Errorf("job %s: status %q, want %q", tc.id, j.Status, tc.status)
		}
		if strings.HasPrefix(tc.status, "failed: "+reason) && !j.Finished.Equal(at) {
			t.Errorf("job %s: finished %v, want %v", tc.id, j.Finished, at)
		}
	}
	if again, err := js.FailOrphanJobs(ctx, gone, reason, at); err != nil || len(again) != 0 {
		t.Errorf("second FailOrphanJobs = %v, %v; want none", again, err)
	}
}
