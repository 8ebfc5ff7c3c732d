package code

import (
	"context"
	"strings"
	"testing"
)

// TestPartyPlural: a party's members in the plural are many, never the
// "he" of the next sentence; a party member named with a name is one
// person ("he" stays his), and the plural still acts as a source.
func TestPartyPlural(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, want string }{
		{"President Reagan agreed to support the bill after opposition Democrats pledged to pass it. However, Zorvath warned the measures could hurt farmers and he said he would urge Reagan to veto the bill.", ""}, // was USAOPP 020 USAGOV
		{"Democratic Senator John Zorvath met farmers in Iowa. He urged President Reagan to veto the bill.", "USALEG/USAGOV/020"},
		{"Opposition Democrats criticised President Reagan over the bill.", "USAOPP/USAGOV/111"},
	} {
		got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "1987-03-16")), " ")
		if tc.want == "" && strings.Contains(got, "USAOPP/USAGOV/02") || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
