package code

import (
	"context"
	"strings"
	"testing"
)

// TestServePost: serving on a committee or as an officer is a career, no
// cooperation (gen/verbs.dyad DYAD_SERVE_POST; reuters18, issue 17);
// serving someone's interests and soldiers serving in a country stay AID
// 060.
func TestServePost(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ name, text, want string }{
		{"serves on a committee", "The Kenyan senator serves on the Ugandan trade committee.", ""},
		{"served as envoy", "The Kenyan minister served as Uganda's envoy.", ""},
		{"soldiers served in", "In all, 30,000 Kenyan soldiers served in Uganda over 20 years.", "KENMIL/UGA/060"},
		{"served interests", "Kenya served Uganda's interests.", "KEN/UGA/060"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2010-01-01")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
