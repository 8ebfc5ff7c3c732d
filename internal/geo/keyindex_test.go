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
