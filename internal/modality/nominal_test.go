package modality_test

import (
	"context"
	"strings"
	"testing"

	"dyad/internal/code"
	"dyad/internal/coding"
)

// TestNominalNotDone codes sentences written for this test with the
// default coder: a visit or talks named as a noun and called off code
// nothing; ones still to come are an intent (nominal.go, senses18).
func TestNominalNotDone(t *testing.T) {
	c, err := coding.New(context.Background(), code.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ sent, want string }{
		{"The Kenyan president's visit to Uganda was cancelled.", ""},
		{"The Kenyan president's visit to Uganda was called off after the riots.", ""},
		{"Kenya cancelled the Kenyan president's visit to Uganda.", ""},
		{"The talks were shelved during the Kenyan president's visit to Uganda.", "KENGOV 042 UGA, UGA 043 KENGOV"},
		{"The Kenyan president's visit to Uganda last week focused on trade.", "KENGOV 042 UGA, UGA 043 KENGOV"},
		// the host's side of a visit to come is not the host's intent (code/scheduled.go futureHost, code/scheduledmeet.go)
		{"The Kenyan president's visit to Uganda next week will focus on trade.", "KENGOV 036 UGA"},
		{"Kenya said talks with Uganda starting Sunday would focus on trade.", "KEN 036 UGA"},
		{"Kenya said talks with Uganda ended on Sunday.", "KEN 046 UGA"},
		{"Kenya held talks with Uganda on Sunday, a day before the next round.", "KEN 046 UGA, UGA 046 KEN"},
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
