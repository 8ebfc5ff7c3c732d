package pos_test

import (
	"context"
	"strings"
	"testing"

	"dyad/internal/code"
	"dyad/internal/coding"
)

// TestPronounAgree: "it" is never a name that only modifies the noun
// after it ("the Ugandan committee … it", "Kenyan sports Promoters Ltd
// said it"): it stands for that noun phrase, no actor (code
// pronoun_agree.go, with the tagger). Sentences written for this test.
func TestPronounAgree(t *testing.T) {
	def, err := coding.New(context.Background(), code.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ sent, want, not string }{
		{"This issue was defused on the Ugandan committee but bankers say it will probably recur in talks with Kenya and Tanzania.", "", "UGA 036"},
		{"Kenyan sports Promoters Ltd said it has agreed to sell its publication business to Uganda.", "", "KEN 050 UGA"},
		{"Kenya last week warned that it would punish Uganda.", "KEN 137 UGA", ""},
		{"Uganda also warned that it would punish Kenya.", "UGA 137 KEN", ""},
		{"The Kenyan government said it would expel Ugandan diplomats.", "KENGOV 1", ""},
	} {
		got := coded(def, tc.sent)
		if tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%q → %q, want %q", tc.sent, got, tc.want)
		}
		if tc.not != "" && strings.Contains(got, tc.not) {
			t.Errorf("%q → %q, not %q", tc.sent, got, tc.not)
		}
	}
}
