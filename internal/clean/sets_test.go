package clean

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"dyad/internal/shareddata"
)

// page is one page of an evaluation set: its HTML, its URL and what a
// right extraction holds, either a gold text (scored by the ScrapingHub
// shingle metric) or snippets it must and must not contain (scored by
// trafilatura's evaluation).
type page struct {
	name, url   string
	html        []byte
	gold        string
	with, witho []string
}

// scrapinghubPages reads the shared ScrapingHub benchmark.
func scrapinghubPages(t testing.TB) []page {
	dir := shareddata.Path(t, "corpora/scrapinghub-aeb")
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]struct {
		Body string `json:"articleBody"`
		URL  string `json:"url"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	var pages []page
	for id, g := range gold {
		html, err := readGz(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, page{name: id, url: g.URL, html: html, gold: g.Body})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].name < pages[j].name })
	return pages
}

// trafilaturaEvalPages reads trafilatura's own evaluation set, which the
// go-trafilatura module ships (test-files/comparison and test-files/mock,
// annotated in scripts/comparison/data.go): about 990 pages of many sites
// and languages, each with snippets the main text must and must not hold.
// The module is a dependency, so the Go module cache has it; the test
// skips when it cannot be found (and fails under CI).
func trafilaturaEvalPages(t testing.TB) []page {
	dir := trafilaturaModuleDir(t)
	src := filepath.Join(dir, "scripts", "comparison", "data.go")
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
	if err != nil {
		t.Fatalf("trafilatura evaluation set: %v", err)
	}
	var pages []page
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		url, ok := stringLit(kv.Key)
		entry, ok2 := kv.Value.(*ast.CompositeLit)
		if !ok || !ok2 {
			return true
		}
		p := page{url: url}
		for _, e := range entry.Elts {
			field, ok := e.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			name, _ := field.Key.(*ast.Ident)
			if name == nil {
				continue
			}
			switch name.Name {
			case "File":
				p.name, _ = stringLit(field.Value)
			case "With":
				p.with = stringLits(field.Value)
			case "Without":
				p.witho = stringLits(field.Value)
			}
		}
		if p.name == "" {
			return false
		}
		for _, sub := range []string{"comparison", "mock"} {
			if b, err := os.ReadFile(filepath.Join(dir, "test-files", sub, p.name)); err == nil {
				p.html = b
				break
			}
		}
		if p.html != nil {
			pages = append(pages, p)
		}
		return false
	})
	if len(pages) < 900 {
		t.Fatalf("trafilatura evaluation set: %d pages, want about 990", len(pages))
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].name < pages[j].name })
	return pages
}

func stringLit(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	return s, err == nil
}

func stringLits(e ast.Expr) []string {
	c, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []string
	for _, el := range c.Elts {
		if s, ok := stringLit(el); ok {
			out = append(out, s)
		}
	}
	return out
}

// trafilaturaModuleDir is the go-trafilatura module's folder in the module
// cache.
func trafilaturaModuleDir(t testing.TB) string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/markusmobius/go-trafilatura").Output()
	dir := strings.TrimSpace(string(out))
	if err == nil && dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "scripts", "comparison", "data.go")); err == nil {
			return dir
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("go-trafilatura's evaluation set not found in the module cache (go mod download): %v", err)
	}
	t.Skipf("go-trafilatura's evaluation set not found in the module cache (go mod download): %v", err)
	return ""
}
