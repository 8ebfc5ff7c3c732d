package main

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInputSize(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("0123456789"), 0o644)
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "b.html"), []byte("<p>x</p>"), 0o644)
	f, _ := os.Create(filepath.Join(dir, "c.jsonl.gz"))
	zw := gzip.NewWriter(f)
	zw.Write([]byte(strings.Repeat("{\"text\":\"hello\"}\n", 100)))
	zw.Close()
	f.Close()
	if got := inputSize([]string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "sub")}); got != 18 {
		t.Errorf("files: %d, want 18", got)
	}
	if got := inputSize([]string{dir}); got != 18+1700 {
		t.Errorf("with a gzip file: %d, want %d", got, 18+1700)
	}
	for _, in := range [][]string{{"-"}, {"https://example.org/feed"}, {filepath.Join(dir, "missing")}} {
		if got := inputSize(in); got != 0 {
			t.Errorf("%v: %d, want 0 (unknown)", in, got)
		}
	}
}
