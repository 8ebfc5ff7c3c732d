package cameo

import (
	"os"
	"path/filepath"
	"testing"

	"dyad/internal/shareddata"
)

func TestTable(t *testing.T) {
	once.Do(load)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 280 {
		t.Fatalf("only %d codes", len(all))
	}
	for _, c := range all {
		root := RootOf(c.Code)
		if c.QuadClass < 1 || c.QuadClass > 4 {
			t.Errorf("%s: quad class %d", c.Code, c.QuadClass)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: goldstein %v", c.Code, c.Goldstein)
		}
		if r, ok := table[root]; !ok || r.QuadClass != c.QuadClass {
			t.Errorf("%s: quad class differs from its root's", c.Code)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		code      string
		goldstein float64
		quad      int
		plover    string
	}{
		{"036", 4, 1, "AGREE"},
		{"112", -2, 3, "ACCUSE"},
		{"190", -10, 4, "ASSAULT"},
		{"0361", 4, 1, "AGREE"}, // falls back to its parent
	}
	for _, tc := range tests {
		c, ok := Lookup(tc.code)
		if !ok || c.Goldstein != tc.goldstein || c.QuadClass != tc.quad || c.PLOVER != tc.plover || c.Code != tc.code {
			t.Errorf("Lookup(%s) = %+v, %v", tc.code, c, ok)
		}
	}
	if _, ok := Lookup("999"); ok {
		t.Error("unknown code found")
	}
}

// The committed table is what the generator makes from the shared data.
func TestGenerated(t *testing.T) {
	src := shareddata.Path(t, "eventcoding/cameo/cameo_codes_derived.tsv")
	got, err := Generate(src)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join("codes.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if got != string(b) {
		t.Error("codes.tsv differs from the generator's output: run go run ./internal/cameo/gen")
	}
}

func TestRefusal(t *testing.T) {
	for _, tc := range []struct{ code, want string }{
		{"036", "125"}, {"043", "125"}, {"057", "127"}, {"051", "120"},
		{"061", "121"}, {"073", "122"}, {"081", "124"}, {"190", ""}, {"0", ""},
	} {
		if got := Refusal(tc.code); got != tc.want {
			t.Errorf("Refusal(%q) = %q, want %q", tc.code, got, tc.want)
		}
	}
}
