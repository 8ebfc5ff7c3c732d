package code

import (
	"fmt"
	"testing"
)

func TestMergeMentions(t *testing.T) {
	m := func(starts ...int) []mention {
		var out []mention
		for _, s := range starts {
			out = append(out, mention{start: s, end: s + 1})
		}
		return out
	}
	for _, tc := range []struct {
		ms, add []mention
		want    string
	}{
		{m(1, 5), nil, "[1 5]"},
		{nil, m(2), "[2]"},
		{m(1, 5, 9), m(0, 6, 12), "[0 1 5 6 9 12]"},
		{m(3), m(3), "[3 3]"},
	} {
		var got []int
		for _, x := range mergeMentions(tc.ms, tc.add) {
			got = append(got, x.start)
		}
		if s := fmt.Sprint(got); s != tc.want {
			t.Errorf("merge %v + %v = %s, want %s", tc.ms, tc.add, s, tc.want)
		}
	}
}
