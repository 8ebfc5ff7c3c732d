package code

import (
	"context"
	"strings"
	"testing"
)

// TestDemandCode: the verb "demand" takes the demand (10x) of the
// appeal or intent its block's patterns for "urge" and "want" give
// (demandcode.go, issue 17); the events must be exactly these.
func TestDemandCode(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"demanded talks", "Kenya demanded talks with Uganda.", "KEN/UGA/106"},
		{"demanded negotiations", "Kenya demanded negotiations with Uganda.", "KEN/UGA/106"},
		{"demanded a solution", "Kenya demanded a peaceful solution from Uganda.", "KEN/UGA/107"},
		{"demanded aid", "Kenya demanded aid from Uganda.", "KEN/UGA/103"},
		{"demanded cooperation", "Kenya demanded cooperation from Uganda.", "KEN/UGA/102"},
		{"demanded elections", "Kenya demanded elections in Uganda.", "KEN/UGA/1041"},
		// unchanged: other verbs of the block, and demand patterns
		{"wants talks", "Kenya wants talks with Uganda.", "KEN/UGA/026"},
		{"demanded a ceasefire", "Kenya demanded a ceasefire from Uganda.", "KEN/UGA/1056"},
		{"demanded that", "Kenya demanded that Uganda withdraw its troops.", "KEN/UGA/100"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2016-09-10")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestUrgeTalks: urging talks or a settlement is an appeal to negotiate
// (026) or to settle (027), no talks held (verbs.dyad DYAD_URGE, issue
// 17); the events must be exactly these.
func TestUrgeTalks(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"urged talks", "Kenya urged talks with Uganda.", "KEN/UGA/026"},
		{"urged new talks", "Kenya urged new talks with Uganda.", "KEN/UGA/026"},
		{"urged dialogue", "Kenya urged dialogue with Uganda.", "KEN/UGA/026"},
		{"urged to hold talks", "Kenya urged Uganda to hold talks.", "KEN/UGA/026"},
		{"urged a solution", "Kenya urged a peaceful solution with Uganda.", "KEN/UGA/027"},
		{"urged to make peace", "Kenya urged Uganda to make peace with Sudan.", "KEN/UGA/027"},
		// unchanged
		{"urged to release", "Kenya urged Uganda to release the journalists.", "KEN/UGA/0253"},
		{"urged to act", "Kenya urged Uganda to act.", "KEN/UGA/020"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2016-09-10")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
