package main

import (
	"bufio"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"dyad/internal/shareddata"
	"dyad/internal/store"
	"dyad/internal/store/sqlite"
)

// child starts dyad with args in a process of its own (the test binary
// runs main under $DYAD_TEST_EXEC, see TestMain).
func child(t *testing.T, args ...string) (*exec.Cmd, *strings.Builder) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "DYAD_TEST_EXEC=1")
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &out
}

// reutersSubset writes the first n Reuters records (0: all) to a JSONL
// file and returns its path.
func reutersSubset(t *testing.T, n int) string {
	t.Helper()
	recs := shareddata.Records(t, "corpora/reuters21578.jsonl.gz", n)
	path := filepath.Join(t.TempDir(), "reuters.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// snapshot is what must not depend on how an ingest was interrupted: each
// document's story and original, each story's members, the event ids.
type snapshot struct {
	docs    map[string]string   // id → status|story|dup_of
	stories map[string][]string // id → sorted doc ids
	events  []string            // sorted ids
}

func takeSnapshot(t *testing.T, db string) snapshot {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := snapshot{docs: map[string]string{}, stories: map[string][]string{}}
	docs, err := st.Documents(ctx, store.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		s.docs[d.ID] = d.Status + "|" + d.StoryID + "|" + d.DupOf
	}
	stories, err := st.Stories(ctx, store.StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range stories {
		s.stories[x.ID] = slices.Sorted(slices.Values(x.DocIDs))
	}
	events, err := st.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		s.events = append(s.events, e.ID)
	}
	slices.Sort(s.events)
	return s
}

// members checks that every story lists exactly the documents whose
// story_id is the story.
func (s snapshot) members(t *testing.T, name string) {
	t.Helper()
	want := map[string][]string{}
	for id, v := range s.docs {
		if story := strings.Split(v, "|")[1]; story != "" {
			want[story] = append(want[story], id)
		}
	}
	missing, extra := 0, 0
	for id, docs := range want {
		for _, d := range docs {
			if !slices.Contains(s.stories[id], d) {
				missing++
			}
		}
	}
	for id, got := range s.stories {
		for _, d := range got {
			if v, ok := s.docs[d]; !ok || strings.Split(v, "|")[1] != id {
				extra++
			}
		}
	}
	t.Logf("%s: %d documents, %d stories, %d events; story members missing %d, extra %d", name, len(s.docs), len(s.stories), len(s.events), missing, extra)
	if missing != 0 || extra != 0 {
		t.Errorf("%s: stories.doc_ids differ from the documents' story_id: %d missing, %d extra", name, missing, extra)
	}
}

// diff reports how s differs from the clean run's snapshot.
func (s snapshot) diff(t *testing.T, name string, clean snapshot) {
	t.Helper()
	moved := 0
	for id, v := range clean.docs {
		if s.docs[id] != v {
			moved++
		}
	}
	storiesDiffer := 0
	for id, docs := range clean.stories {
		if !slices.Equal(s.stories[id], docs) {
			storiesDiffer++
		}
	}
	t.Logf("%s vs one run: %d/%d documents with another story or original, %d stories differ, %d vs %d stories, %d vs %d events",
		name, moved, len(clean.docs), storiesDiffer, len(s.stories), len(clean.stories), len(s.events), len(clean.events))
	if moved != 0 || storiesDiffer != 0 || len(s.docs) != len(clean.docs) || len(s.stories) != len(clean.stories) || !slices.Equal(s.events, clean.events) {
		t.Errorf("%s: not what one uninterrupted run gives", name)
	}
}

// envInt reads an integer from the environment, or def.
func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

// An ingest killed (kill -9) at random points and run again, stopped by
// SIGTERM and run again, or run on the first part of the input and then
// on all of it, stores the same stories, originals and event ids as one
// uninterrupted run. $DYAD_TEST_RESUME_RECORDS sets the Reuters records
// used (0: all 19,043; default 500), $DYAD_TEST_KILLS the kills (default
// 2).
func TestInterruptedIngestEqualsOneRun(t *testing.T) {
	if testing.Short() {
		t.Skip("short: skipping child-process ingests")
	}
	input := reutersSubset(t, envInt("DYAD_TEST_RESUME_RECORDS", 500))
	dir := t.TempDir()
	ingest := func(db string, extra ...string) (*exec.Cmd, *strings.Builder) {
		return child(t, append([]string{"ingest", "--db", db}, append(extra, input)...)...)
	}

	cleanDB := filepath.Join(dir, "clean.db")
	start := time.Now()
	cmd, out := ingest(cleanDB)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	took := time.Since(start)
	t.Logf("one run: %v: %s", took.Round(time.Millisecond), strings.TrimSpace(lastLine(out.String())))
	clean := takeSnapshot(t, cleanDB)
	clean.members(t, "one run")

	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 0))
	t.Logf("kill points seeded with %d", seed)

	// kill -9 at random points, then a run to the end.
	killedDB := filepath.Join(dir, "killed.db")
	for i := 0; i < envInt("DYAD_TEST_KILLS", 2); i++ {
		at := time.Duration(rng.Int64N(int64(took)))
		cmd, _ := ingest(killedDB)
		time.Sleep(at)
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Logf("kill -9 %d after %v", i+1, at.Round(time.Millisecond))
	}
	cmd, out = ingest(killedDB)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("ingest after kill -9: %v\n%s", err, out)
	}
	killed := takeSnapshot(t, killedDB)
	killed.members(t, "after kill -9")
	killed.diff(t, "after kill -9", clean)

	// SIGTERM: the run stops soon, commits what is done, prints the
	// summary and exits 143.
	termDB := filepath.Join(dir, "term.db")
	cmd, out = ingest(termDB)
	time.Sleep(took / 2)
	sent := time.Now()
	_ = cmd.Process.Signal(syscall.SIGTERM)
	err := cmd.Wait()
	stopIn := time.Since(sent)
	t.Logf("SIGTERM after %v: stopped in %v: %s", (took / 2).Round(time.Millisecond), stopIn.Round(time.Millisecond), strings.TrimSpace(lastLine(out.String())))
	if cmd.ProcessState.ExitCode() != 143 && err != nil {
		t.Errorf("SIGTERM: %v, want exit 143\n%s", err, out)
	}
	if cmd.ProcessState.ExitCode() == 143 && !strings.Contains(out.String(), "ingested ") {
		t.Errorf("SIGTERM: no summary:\n%s", out)
	}
	if stopIn > 10*time.Second {
		t.Errorf("SIGTERM: took %v to stop", stopIn)
	}
	cmd, out = ingest(termDB)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("ingest after SIGTERM: %v\n%s", err, out)
	}
	term := takeSnapshot(t, termDB)
	term.members(t, "after SIGTERM")
	term.diff(t, "after SIGTERM", clean)

	// The first part of the input, then all of it.
	partDB := filepath.Join(dir, "part.db")
	first := filepath.Join(dir, "first.jsonl")
	data, err := os.ReadFile(input)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	if err := os.WriteFile(first, []byte(strings.Join(lines[:len(lines)*2/5], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{first, input} {
		cmd, out := child(t, "ingest", "--db", partDB, in)
		if err := cmd.Wait(); err != nil {
			t.Fatalf("ingest %s: %v\n%s", in, err, out)
		}
	}
	part := takeSnapshot(t, partDB)
	part.members(t, "resumed")
	part.diff(t, "resumed", clean)
}
