package pos_test

import (
	"context"
	"testing"

	"dyad/internal/code"
	"dyad/internal/coding"
)

// TestPerfectHyphen: a hyphenated participle in -ed after a form of
// "have" is a verb (perfecthyphen.go); before a noun it stays a
// modifier. Sentences written for this test (recall22).
func TestPerfectHyphen(t *testing.T) {
	def, err := coding.New(context.Background(), code.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ sent, want string }{
		{"Ugandan senators have over-ruled Kenya.", "UGALEG 120 KEN"},
		{"The Ugandan senators have over-ruled ministers.", "UGALEG 120 UGAGOV"},
		{"Kenya has re-established diplomatic ties with Uganda.", "KEN 050 UGA"},
		{"Kenyan officials have so-called experts in Uganda.", ""},
	} {
		if got := coded(def, tc.sent); got != tc.want {
			t.Errorf("%q → %q, want %q", tc.sent, got, tc.want)
		}
	}
}
