package modality_test

import (
	"context"
	"strings"
	"testing"

	"dyad/internal/code"
	"dyad/internal/coding"
)

// TestHopedThenDone codes sentences written for this test with the default
// coder: a verb coordinated with a say-verb after its "that" clause
// ("predicted that … and criticised") is the speaker's own act, not part
// of what was predicted or hoped (hopedThat); an act inside the clause
// still is.
func TestHopedThenDone(t *testing.T) {
	c, err := coding.New(context.Background(), code.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ sent, want, not string }{
		{"Kenya predicted that the talks would fail and criticised Uganda.", "KEN 111 UGA", ""},
		{"Kenya feared that the talks would collapse and condemned Uganda.", "KEN 111 UGA", ""},
		{"Kenya believed that the deal was unfair but praised Uganda for its patience.", "KEN 051 UGA", ""},
		// inside the "that" clause: hoped, not done
		{"Kenya hoped that Tanzania would praise Uganda.", "", "TZA 051 UGA"},
		{"Kenya predicted that Tanzania would criticise Uganda and Burundi.", "", "TZA 111 UGA"},
	} {
		var got []string
		for _, ev := range c.Code(context.Background(), "d", tc.sent, "2015-03-02") {
			got = append(got, ev.Source.Code+" "+ev.CAMEO+" "+ev.Target.Code)
		}
		g := strings.Join(got, ", ")
		if tc.want != "" && !strings.Contains(g, tc.want) {
			t.Errorf("%q → %q, want %q", tc.sent, g, tc.want)
		}
		if tc.not != "" && strings.Contains(g, tc.not) {
			t.Errorf("%q → %q, not %q", tc.sent, g, tc.not)
		}
	}
}
