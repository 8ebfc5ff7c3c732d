package code

import (
	"context"
	"strings"
	"testing"
)

// TestRegionGroups: the states of a region named as one body (regions.tsv
// "African countries" AFRGOV, …) act and are acted upon, are never "he",
// and do not keep an article's role words from the outlet's country.
func TestRegionGroups(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, want, not string // want: SRC/TGT/CODE among the events ("" none); not: must not be among them
	}{
		{"a group as target", "Uganda criticised Western governments.", "UGA/WSTGOV/111", ""},
		{"a group as source", "African countries criticised Uganda.", "AFRGOV/UGA/111", ""},
		{"leaders of a region", "European leaders blamed Uganda for the crisis.", "EURGOV/UGA/112", ""},
		{"Gulf Arab states", "Kenya urged Gulf Arab states to lift the ban.", "KEN/PGSGOV/020", ""},
		{"not he", "Kenya criticised Western governments. He urged Uganda to release the pilots.", "KEN/WSTGOV/111", "WSTGOV/UGA/020"},
		{"outlet's government", "The Trades Union Congress urged the government to study the help other European countries give.", "GBRLAB/GBRGOV/020", ""},
		{"Western states is no group", "Western states criticised Uganda.", "", ""},
		{"Gulf States is no group", "Gulf States criticised Uganda.", "", ""},
	}
	for _, tc := range tests {
		got := strings.Join(triples(c.CodeIn(context.Background(), "t", tc.text, "2005-01-15", "GBR")), " ")
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) || tc.not != "" && strings.Contains(got, tc.not) {
			t.Errorf("%s: %q: got %q, want %q, not %q", tc.name, tc.text, got, tc.want, tc.not)
		}
	}
}
