package geo

import (
	"slices"
	"testing"
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
