package code

import (
	"context"
	"strings"
	"testing"
)

// TestOwnGovernment: a minister's or a department's statement or intent
// about its own government named as a body is no event; a legislator's,
// a central bank's, another country's government and a person stay.
func TestOwnGovernment(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, want string }{
		{"Kenyan Defence Minister Yusuf Haji says the government already checks every arrival for malaria.", ""}, // was KENGOVMIL 010 KENGOV
		{"Kenyan Health Minister Charity Ngilu promised the government would build new hospitals.", ""},          // was KENGOVHLH 03 KENGOV
		{"Kenyan Defence Minister Yusuf Haji criticised the Ugandan government.", "KENGOVMIL/UGAGOV/111"},
		{"Kenyan Health Minister Charity Ngilu said the Ugandan government had failed.", "KENGOVHLH/UGAGOV/"},
		{"Kenyan legislators said the government had failed the farmers.", "KENLEG/KENGOV/"},
	} {
		got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2005-01-10")), " ")
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
