package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"dyad/internal/news"
)

// dyad runs one command line in-process and returns stdout, stderr and the
// exit code.
func dyad(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// mustDyad runs a command that must succeed.
func mustDyad(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := dyad(t, "", args...)
	if code != 0 {
		t.Fatalf("dyad %s: exit %d\nstderr: %s", strings.Join(args, " "), code, errs)
	}
	return out
}

func decodeJSON[T any](t *testing.T, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("decode JSON: %v\n%s", err, s)
	}
	return v
}

func TestUsage(t *testing.T) {
	existing := filepath.Join(t.TempDir(), "e.db")
	st, err := openStore(context.Background(), existing)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	typo := filepath.Join(t.TempDir(), "typo.db")
	defer func() {
		if _, err := os.Stat(typo); err == nil {
			t.Errorf("a read command created the store %s", typo)
		}
	}()
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout or stderr
	}{
		{"no command", nil, 2, "Commands:"},
		{"help", []string{"--help"}, 0, "Commands:"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"bad flag", []string{"docs", "--no-such-flag"}, 2, "flag provided but not defined"},
		{"bad format", []string{"docs", "--db", filepath.Join(t.TempDir(), "x.db"), "--format", "xml"}, 2, "--format must be"},
		{"ingest without input", []string{"ingest", "--db", filepath.Join(t.TempDir(), "x.db")}, 2, "no INPUT"},
		{"doc without id", []string{"doc"}, 2, "one document ID"},
		{"unknown doc", []string{"doc", "--db", existing, "nope"}, 1, `no document "nope"`},
		{"export gdelt without -o", []string{"export", "--db", existing, "--format", "gdelt"}, 2, "-o - writes gdelt to stdout"},
		{"read command, no store", []string{"events", "--db", typo}, 1, "no store at"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := dyad(t, "", tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, errs)
			}
			if !strings.Contains(out+errs, tc.want) {
				t.Errorf("output does not mention %q:\n%s%s", tc.want, out, errs)
			}
			if tc.code != 0 && strings.Count(strings.TrimSpace(errs), "\n") > 0 && tc.name != "bad flag" && tc.name != "no command" {
				t.Errorf("error is not one line: %q", errs)
			}
		})
	}
}

// Every command has --help with an example.
func TestHelpEverywhere(t *testing.T) {
	for name := range commands {
		t.Run(name, func(t *testing.T) {
			out, errs, code := dyad(t, "", name, "--help")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if errs != "" || strings.Count(out, "Usage:") != 1 {
				t.Errorf("--help: usage not printed once on stdout only: stdout %q, stderr %q", out, errs)
			}
			if !strings.Contains(out, "Usage: dyad "+name) || !strings.Contains(out, "Example:") {
				t.Errorf("--help lacks usage or example:\n%s", out)
			}
		})
	}
}

func TestExamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	out, errs, code := dyad(t, "", "run", "--db", db, "../../examples")
	if code != 3 { // done, but one record failed
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "ingested 6 new, 0 duplicate, 1 failed (1 of the new is a copy of an earlier document)") {
		t.Errorf("summary: %s", errs)
	}
	if !strings.Contains(errs, "example-broken-1") && !strings.Contains(errs, "wire.jsonl") {
		t.Errorf("the broken record's failure is not reported: %s", errs)
	}
	if !strings.HasPrefix(out, "DATE") || strings.Count(out, "\n") < 3 {
		t.Errorf("event table:\n%s", out)
	}
	// The spun copy is marked as a duplicate of the wire story.
	docs := decodeJSON[[]news.Document](t, mustDyad(t, "docs", "--db", db, "--format", "json"))
	byID := map[string]news.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	if got := byID["example-farm-1"].DupOf; got != "example-wire-1" {
		t.Errorf("spun copy dup_of = %q, want example-wire-1", got)
	}
	// The copy is one more article but not one more source.
	evs := decodeJSON[[]news.Event](t, mustDyad(t, "events", "--db", db, "--dyad", "IGO-BLR", "--format", "json"))
	if len(evs) != 1 || evs[0].NumArticles != 2 || evs[0].NumSources != 1 {
		t.Errorf("EU–Belarus sanctions: %d events %+v, want one with 2 articles from 1 source", len(evs), evs)
	}
	// A second run adds nothing and still prints the events.
	out2, errs2, _ := dyad(t, "", "run", "--db", db, "../../examples")
	if !strings.Contains(errs2, "ingested 0 new, 7 duplicate, 0 failed") {
		t.Errorf("second run summary: %s", errs2)
	}
	if out2 != out {
		t.Errorf("second run printed other events:\n%s\nvs\n%s", out2, out)
	}
}

func TestBadInputsAreFailedRows(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("empty.txt", nil)
	write("binary.bin", []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0})
	write("latin1.txt", []byte("Le pr\xe9sident fran\xe7ais a rencontr\xe9 le chancelier allemand \xe0 Berlin mardi pour discuter de la d\xe9fense europ\xe9enne."))
	write("records.jsonl", []byte("{\"id\":\"ok-1\",\"text\":\"France and Germany signed a defence agreement in Berlin on Tuesday.\"}\nnot json at all\n{\"id\":\"no-text\",\"title\":\"empty\"}\n"))
	write("noarticle.html", []byte("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"))
	write("big.txt", bytes.Repeat([]byte("A long line of words. "), 2000))
	db := filepath.Join(t.TempDir(), "x.db")
	out, errs, code := dyad(t, "", "ingest", "--db", db, "--max-bytes", "20000", dir, filepath.Join(dir, "does-not-exist.txt"))
	if code != 3 { // done, some inputs failed
		t.Fatalf("exit %d: %s", code, errs)
	}
	t.Logf("%s%s", out, errs)
	docs := decodeJSON[[]news.Document](t, mustDyad(t, "docs", "--db", db, "--format", "json"))
	status := map[string]string{}
	for _, d := range docs {
		status[filepath.Base(d.Path)] = d.Status
		if strings.Contains(d.Status, "\n") {
			t.Errorf("%s: status is not one line: %q", d.Path, d.Status)
		}
	}
	var keys []string
	for k, v := range status {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	t.Logf("statuses:\n%s", strings.Join(keys, "\n"))
	for _, name := range []string{"empty.txt", "binary.bin", "noarticle.html", "big.txt", "does-not-exist.txt", "records.jsonl:2", "records.jsonl:3"} {
		if !strings.HasPrefix(status[name], "failed: ") {
			t.Errorf("%s: status %q, want a failed row", name, status[name])
		}
	}
	for _, name := range []string{"latin1.txt", "records.jsonl:1"} {
		if status[name] != "ok" {
			t.Errorf("%s: status %q, want ok", name, status[name])
		}
	}
}

// Failed inputs are named one line each, up to maxFailureLines, then
// summed up; a name with a newline or an escape code is quoted.
func TestFailureLines(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < maxFailureLines+10; i++ {
		bin := []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, byte(i)}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("binary%03d.bin", i)), bin, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "bad\nname\x1b[31m.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := dyad(t, "", "ingest", "--db", filepath.Join(t.TempDir(), "x.db"), dir)
	if code != 3 {
		t.Errorf("exit %d, want 3", code)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != maxFailureLines+2 || !strings.Contains(lines[maxFailureLines], "and 11 more failed inputs") {
		t.Errorf("%d lines on stderr:\n%s", len(lines), errs)
	}
	if strings.Contains(errs, "\x1b") {
		t.Errorf("escape code printed raw:\n%q", errs)
	}
}
