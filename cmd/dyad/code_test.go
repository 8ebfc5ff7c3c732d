package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCodeCommand(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.","date":"2021-12-15"}`,
		`{"id":"b"}`,
		`{broken json`,
		`Israeli troops attacked Hamas militants in Gaza.`,
		``,
	}, "\n") + "\n"
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"code", "--explain"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("got %d output lines for 5 input lines:\n%s", len(lines), out.String())
	}
	type rec struct {
		ID     string `json:"id"`
		Events []struct {
			CAMEO   string `json:"cameo"`
			Explain *struct {
				Verb string `json:"verb"`
			} `json:"explain"`
		} `json:"events"`
		Error string `json:"error"`
	}
	tests := []struct {
		name      string
		id        string
		minEvents int
		wantErr   bool
	}{
		{"json record", "a", 1, false},
		{"record without text", "b", 0, true},
		{"bad json", "3", 0, true},
		{"plain text line", "4", 1, false},
		{"empty line", "5", 0, false},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r rec
			if err := json.Unmarshal([]byte(lines[i]), &r); err != nil {
				t.Fatalf("line %d not JSON: %v", i+1, err)
			}
			if r.ID != tc.id || len(r.Events) < tc.minEvents || (r.Error != "") != tc.wantErr || r.Events == nil {
				t.Errorf("line %d = %s", i+1, lines[i])
			}
			for _, e := range r.Events {
				if e.Explain == nil || e.Explain.Verb == "" {
					t.Errorf("no explanation with --explain: %s", lines[i])
				}
			}
		})
	}
}

func TestCodeCommandBadDictionary(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"code", "--verbs", filepath.Join(t.TempDir(), "missing.verbs")}, strings.NewReader(""), &out, &errb)
	if code != 1 || strings.Count(strings.TrimSpace(errb.String()), "\n") != 0 {
		t.Errorf("exit %d, stderr %q: want 1 and one line", code, errb.String())
	}
}

func TestDictCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "x.actors")
	bad := filepath.Join(dir, "y.actors")
	os.WriteFile(good, []byte("ARNOR [ARN]\nGONDOR [GON]\n"), 0o644)
	os.WriteFile(bad, []byte("ARNOR [ARN]\nHOBBIT [HOB >9913]\n"), 0o644)
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"dict", "check", good}, nil, &out, &errb); code != 0 || !strings.Contains(out.String(), "2 actors") {
		t.Errorf("good file: exit %d, out %q, err %q", code, out.String(), errb.String())
	}
	out.Reset()
	errb.Reset()
	if code := run(context.Background(), []string{"dict", "check", bad}, nil, &out, &errb); code != 1 || !strings.Contains(out.String(), bad+":2:") {
		t.Errorf("bad file: exit %d, out %q", code, out.String())
	}
}
