package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/transform"
)

func TestKeyIndex(t *testing.T) {
	m := map[string][]int32{"paris": {3, 1}, "new york": {7}, "york": {2, 9, 4}, "": {5}}
	x, err := newKeyIndex(m)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key  string
		want []int32
	}{
		{"paris", []int32{3, 1}},
		{"new york", []int32{7}},
		{"york", []int32{2, 9, 4}},
		{"", []int32{5}},
		{"pari", nil},
		{"new", nil},
		{"parisx", nil},
		{"london", nil},
	}
	for _, tt := range tests {
		got := x.get(tt.key)
		if !slices.Equal(got, tt.want) {
			t.Errorf("get(%q) = %v, want %v", tt.key, got, tt.want)
		}
		if len(got) > 0 && cap(got) != len(got) {
			t.Errorf("get(%q): cap %d, an append would overwrite the next list", tt.key, cap(got))
		}
	}
}

func TestHashTable(t *testing.T) {
	const n = 5000
	x := newHashTable(n)
	for i := uint64(0); i < n; i++ {
		x.put(i*7919, uint32(i)) // hash 0 included; near hashes share first slots
	}
	x.put(7919, 42) // a second put replaces
	tests := []struct {
		h    uint64
		want uint32
		ok   bool
	}{
		{0, 0, true}, {7919, 42, true}, {2 * 7919, 2, true}, {(n - 1) * 7919, n - 1, true},
		{1, 0, true}, // hash 0 is stored as 1
		{n * 7919, 0, false}, {7918, 0, false}, {3, 0, false},
	}
	for _, tt := range tests {
		if got, ok := x.get(tt.h); got != tt.want || ok != tt.ok {
			t.Errorf("get(%d) = %d, %v; want %d, %v", tt.h, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPlaceBuiltOnce(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ps := g.Lookup("Paris")
	if len(ps) == 0 || ps[0].Country != "FRA" || ps[0].Name != "Paris" || ps[0].Level() != 3 {
		t.Fatalf("Paris: %+v", ps)
	}
	if again := g.Lookup("Paris"); again[0] != ps[0] {
		t.Error("a place is built twice: two pointers for one place")
	}
	fra := g.Country("FRA")
	if fra == nil || fra.Level() != 0 || fra.Feature != "PCLI" || fra != g.Country("FRA") {
		t.Errorf("France: %+v", fra)
	}
	if tx := g.Admin1("USA", "TX"); tx == nil || tx.Name != "Texas" || tx.Level() != 1 {
		t.Errorf("Texas: %+v", tx)
	}
}

// TestFoldLatin checks the table fold against the normalising chain on
// names of our own and on every name, alternate name and demonym of the
// gazetteer it applies to.
func TestFoldLatin(t *testing.T) {
	tests := []struct{ in, want string }{
		{"São Tomé", "Sao Tome"},
		{"Kraków", "Krakow"},
		{"İzmir", "Izmir"},
		{"Ærøskøbing", "Ærøskøbing"}, // no decomposition: kept
		{"Łódź", "Łodz"},
		{"Cafe\u0301 town", "Cafe town"}, // a combining accent is removed
	}
	for _, tt := range tests {
		got, ok := foldLatin(tt.in)
		if !ok || got != tt.want {
			t.Errorf("foldLatin(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if _, ok := foldLatin("Москва"); ok {
		t.Error("Cyrillic is left to the normalising chain")
	}
	zr, err := gzip.NewReader(bytes.NewReader(gazetteerGz))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	checked := 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 {
			continue
		}
		names := append([]string{f[1]}, strings.Split(f[2], "|")...)
		for _, n := range append(names, strings.Split(f[3], "|")...) {
			got, ok := foldLatin(n)
			if !ok {
				continue
			}
			want, _, err := transform.String(newFold(), n)
			if err != nil || got != want {
				t.Fatalf("foldLatin(%q) = %q, the chain gives %q (%v)", n, got, want, err)
			}
			checked++
		}
	}
	if checked < 100000 {
		t.Errorf("only %d names checked", checked)
	}
}

// TestASCIIKey checks that a word of ASCII letters and digits gets from
// asciiAlnumKey the key Key's general path gives it: on a few words and on
// every word of the gazetteer's names, alternate names and demonyms.
func TestASCIIKey(t *testing.T) {
	words := []string{"Moscow", "G7", "USA", "St", "Mt", "FT", "x", "Ste", "Pt", "ABC123", "iPhone"}
	zr, err := gzip.NewReader(bytes.NewReader(gazetteerGz))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 {
			continue
		}
		words = append(words, strings.FieldsFunc(f[1]+" "+f[2]+" "+f[3], func(r rune) bool { return r == ' ' || r == '|' })...)
	}
	checked := 0
	for _, w := range words {
		got, ok := asciiAlnumKey(w)
		if !ok {
			continue
		}
		if want := keyOf(w); got != want {
			t.Fatalf("asciiAlnumKey(%q) = %q, Key's general path %q", w, got, want)
		}
		checked++
	}
	if checked < 100000 {
		t.Errorf("only %d words checked", checked)
	}
	for _, w := range []string{"", "São", "U.S.", "Winston-Salem", "O'Brien", "New York"} {
		if _, ok := asciiAlnumKey(w); ok {
			t.Errorf("asciiAlnumKey(%q): not a word of ASCII letters and digits", w)
		}
	}
}
