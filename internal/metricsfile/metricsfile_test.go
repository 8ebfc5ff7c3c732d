package metricsfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteSection(t *testing.T) {
	path := filepath.Join(t.TempDir(), "testdata", "metrics.txt")
	steps := []struct {
		name, body, want string
	}{
		{"tabari", "f1 0.9", "== tabari ==\nf1 0.9\n"},
		{"plover", "# a comment line\nrecords 3\n\n", "== plover ==\n# a comment line\nrecords 3\n\n== tabari ==\nf1 0.9\n"},
		{"tabari", "f1 0.95\n", "== plover ==\n# a comment line\nrecords 3\n\n== tabari ==\nf1 0.95\n"},
	}
	for _, s := range steps {
		if err := WriteSection(path, s.name, s.body); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != s.want {
			t.Fatalf("after writing %s:\n%s\nwant:\n%s", s.name, b, s.want)
		}
	}
	if err := WriteSection(path, "two words", "x"); err == nil {
		t.Error("a section name with a space was accepted")
	}
	if err := WriteSection(path, "x", "a\n== y =="); err == nil {
		t.Error("a body with a header line was accepted")
	}
}

func FuzzParseFormat(f *testing.F) {
	f.Add("== a ==\nx\n\n== b ==\ny\n")
	f.Add("junk\n== a ==\n")
	f.Fuzz(func(t *testing.T, text string) {
		s := Parse(text)
		again := Parse(Format(s))
		if len(again) != len(s) {
			t.Fatalf("%d sections, %d after a round trip", len(s), len(again))
		}
		for k, v := range s {
			if again[k] != v {
				t.Fatalf("section %q: %q, %q after a round trip", k, v, again[k])
			}
		}
	})
}
