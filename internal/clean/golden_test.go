package clean

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/news"
)

var update = flag.Bool("update", false, "rewrite the want.json sections of testdata/golden/*.txtar")

// archive is a txtar archive: a comment, then files opened by "-- name --"
// lines.
type archive struct {
	comment string
	names   []string
	files   map[string]string
}

func parseArchive(s string) archive {
	a := archive{files: map[string]string{}}
	cur := ""
	var b strings.Builder
	flush := func() {
		if cur == "" {
			a.comment = b.String()
		} else {
			a.files[cur] = b.String()
			a.names = append(a.names, cur)
		}
		b.Reset()
	}
	for _, line := range strings.SplitAfter(s, "\n") {
		t := strings.TrimRight(line, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			flush()
			cur = strings.TrimSpace(t[3 : len(t)-3])
			continue
		}
		b.WriteString(line)
	}
	flush()
	return a
}

func (a archive) format() string {
	var b strings.Builder
	b.WriteString(a.comment)
	for _, n := range a.names {
		b.WriteString("-- " + n + " --\n")
		b.WriteString(a.files[n])
	}
	return b.String()
}

// TestGolden runs each testdata/golden/*.txtar case through Extract (the
// path of `dyad extract`): section "input" is the body, optional "raw.json"
// the input's hints, "want.json" the expected document. -update rewrites
// want.json.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.txtar")
	if len(files) == 0 {
		t.Fatal("no golden cases")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(b))
			input, ok := a.files["input"]
			if !ok {
				t.Fatal("no input section")
			}
			var hints struct{ URL, Title, Source, Published, Lang string }
			if h := a.files["raw.json"]; h != "" {
				if err := json.Unmarshal([]byte(h), &hints); err != nil {
					t.Fatalf("raw.json: %v", err)
				}
			}
			raw := news.RawDoc{URL: hints.URL, Title: hints.Title, Source: hints.Source, Published: hints.Published,
				Lang: hints.Lang, Path: filepath.Base(f), Body: []byte(input)}
			doc := Extract(ctx, raw, Options{})
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			if *update {
				if _, ok := a.files["want.json"]; !ok {
					a.names = append(a.names, "want.json")
				}
				a.files["want.json"] = string(got)
				if err := os.WriteFile(f, []byte(a.format()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, ok := a.files["want.json"]
			if !ok {
				t.Fatal("no want.json section (run with -update)")
			}
			if !bytes.Equal(got, []byte(want)) {
				t.Errorf("document differs (go test -run TestGolden -update to accept)\n got %s\nwant %s", got, want)
			}
		})
	}
}
