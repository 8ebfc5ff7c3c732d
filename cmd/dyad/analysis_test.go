package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// snippets returns the fenced code blocks of a language in a Markdown file.
func snippets(t *testing.T, path, lang string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)```" + lang + "\n(.*?)```")
	var out []string
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		out = append(out, m[1])
	}
	return out
}

// tool finds an analysis tool: skipped locally when missing, a failure
// under CI, whose .ci/run installs them.
func tool(t *testing.T, what, install string, check ...string) {
	t.Helper()
	cmd := exec.Command(check[0], check[1:]...)
	if out, err := cmd.CombinedOutput(); err != nil {
		msg := fmt.Sprintf("%s not available (%v: %.200s); install: %s", what, err, out, install)
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
}

// TestAnalysisSnippets runs docs/analysis.md's pandas, DuckDB and R
// snippets against a fresh export of the examples and checks that each
// reads every event.
func TestAnalysisSnippets(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	if _, errs, code := dyad(t, "", "ingest", "--db", db, "../../examples"); code != 3 { // one bad record
		t.Fatalf("ingest: %s", errs)
	}
	for _, args := range [][]string{
		{"-o", "events.csv", "--evidence", "evidence.csv", "--lookups", "lookups"},
		{"-o", "events.parquet", "--evidence", "evidence.parquet"},
	} {
		for i := range args {
			if i%2 == 1 {
				args[i] = filepath.Join(dir, args[i])
			}
		}
		mustDyad(t, append([]string{"export", "--db", db}, args...)...)
	}
	csv, _ := os.ReadFile(filepath.Join(dir, "events.csv"))
	n := strings.Count(string(csv), "\n") - 1 // no field of the examples spans lines
	if n < 5 {
		t.Fatalf("only %d events exported", n)
	}
	want := fmt.Sprintf("%d events", n)
	doc := filepath.Join("..", "..", "docs", "analysis.md")
	run := func(t *testing.T, lang string, cmd func(code string) *exec.Cmd) {
		code := strings.Join(snippets(t, doc, lang), "\n")
		if code == "" {
			t.Fatalf("docs/analysis.md has no %s snippet", lang)
		}
		c := cmd(code)
		c.Dir = dir
		out, err := c.CombinedOutput()
		if err != nil {
			t.Fatalf("%s snippet failed: %v\n%s", lang, err, out)
		}
		if !strings.Contains(string(out), want) {
			t.Errorf("%s snippet did not print %q:\n%s", lang, want, out)
		}
		t.Logf("%s output:\n%s", lang, out)
	}
	t.Run("pandas", func(t *testing.T) {
		// Debian's python3-pandas is for Debian's python3, which a
		// python3 earlier on PATH (pyenv) may hide.
		py := "python3"
		if exec.Command("/usr/bin/python3", "-c", "import pandas").Run() == nil {
			py = "/usr/bin/python3"
		}
		tool(t, "pandas", "apt-get install python3-pandas", py, "-c", "import pandas")
		run(t, "python", func(code string) *exec.Cmd { return exec.Command(py, "-c", code) })
	})
	t.Run("duckdb", func(t *testing.T) {
		tool(t, "DuckDB for node", "npm install --prefix DIR @duckdb/node-api; NODE_PATH=DIR/node_modules", "node", "-e", `require("@duckdb/node-api")`)
		run(t, "js", func(code string) *exec.Cmd { return exec.Command("node", "-e", code) })
	})
	t.Run("R", func(t *testing.T) {
		tool(t, "R", "apt-get install r-base-core", "Rscript", "-e", "1")
		run(t, "r", func(code string) *exec.Cmd { return exec.Command("Rscript", "-e", code) })
	})
}
