package modality_test

import (
	"context"
	"strings"
	"testing"

	"dyad/internal/code"
	"dyad/internal/coding"
)

// TestOneSided codes sentences written for this test with the default
// coder: a two-way act one side hopes, plans or offers is that side's
// intent only; a scheduled one ("will") is both sides', and a giver or a
// passive's agent after the verb stays the source.
func TestOneSided(t *testing.T) {
	c, err := coding.New(context.Background(), code.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ sent, want string }{
		{"Kenya hopes to sign a deal with Uganda.", "KEN 030 UGA"},
		{"Kenya hopes to reach a deal with Uganda.", "KEN 030 UGA"},
		{"Kenya offered to sign a deal with Uganda.", "KEN 030 UGA"},
		{"Kenya is ready to reach an agreement with Uganda.", "KEN 030 UGA"},
		{"Uganda will receive loans from Kenya.", "KEN 0331 UGA"},
		{"Uganda will be attacked by Kenya.", "KEN 138 UGA"},
		// a "that" clause another hopes: neither direction is done
		{"The organisers hope that the Ugandan president will use the opportunity for talks with the Kenyan president.", ""},
	} {
		var got []string
		for _, ev := range c.Code(context.Background(), "d", tc.sent, "2024-01-01") {
			got = append(got, ev.Source.Code+" "+ev.CAMEO+" "+ev.Target.Code)
		}
		if strings.Join(got, ", ") != tc.want {
			t.Errorf("%q → %q, want %q", tc.sent, got, tc.want)
		}
	}
}
