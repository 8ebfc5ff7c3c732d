package code

import (
	"context"
	"strings"
	"testing"
)

// TestOfficeCountry: a title of office without a country takes the
// country of the article's latest earlier mention of that office with
// one (officeCountry, title17), before the article's or the outlet's.
func TestOfficeCountry(t *testing.T) {
	c := testCoder(t)
	const lead = "Britain criticised Kenya on Monday. Britain praised Tanzania. "
	checkTripleCases(t, c, "2005-03-01", "GBR", []tripleCase{
		{"the office named before with a possessor", lead + "Uganda's foreign minister arrived in London on Monday. The foreign minister met Tanzania's president on Tuesday.",
			[]string{"UGAGOV/TZAGOV/040"}, []string{"GBRGOV/TZAGOV/040"}},
		{"the office of a person named before", lead + "Ugandan President Yoweri Museveni arrived in London on Monday. The president met Tanzania's foreign minister on Tuesday.",
			[]string{"UGAGOV/TZAGOV/040"}, []string{"GBRGOV/TZAGOV/040"}},
		{"the title's head word", lead + "A senior Ugandan government official arrived in London on Monday. The official criticised Tanzania on Tuesday.",
			[]string{"UGAGOV/TZA/111"}, []string{"GBRGOV/TZA/111"}},
		{"a former office places nothing", lead + "The former Ugandan foreign minister arrived in London on Monday. The foreign minister met Tanzania's president on Tuesday.",
			[]string{"GBRGOV/TZAGOV/040"}, []string{"UGAGOV/TZAGOV/040"}},
		{"the same office named later in the sentence is passed over", lead + "Uganda's foreign minister arrived in London on Monday. The foreign minister and Kenya's foreign minister met Tanzania's president on Tuesday.",
			[]string{"UGAGOV/TZAGOV/040", "KENGOV/TZAGOV/040"}, []string{"GBRGOV/TZAGOV/040"}},
		{"a plural role is a body, not the officeholder", lead + "Ugandan officials arrived in London on Monday. Officials criticised Tanzania on Tuesday.",
			nil, []string{"UGAGOV/TZA/111"}},
		{"an adjective before the country is no title of it", lead + "An official Ugandan delegation arrived in London on Monday. The official criticised Tanzania on Tuesday.",
			nil, []string{"UGAGOV/TZA/111"}},
	})
}

// checkTriples codes text as one document of the outlet's country on
// date and fails for each SRC/TGT/CODE triple of want the events lack
// and each of not they hold (a prefix such as "IRNLEG/" matches too).
// tripleCase is one row of a table test on checkTriples: events that
// must be among a sentence's (want) and events that must not (not), as
// "SRC/TGT/CAMEO" substrings.
type tripleCase struct {
	name, text string
	want, not  []string
}

// checkTripleCases codes each case's text on date (outlet: the outlet's
// country, "" none) and checks it with checkTriples.
func checkTripleCases(t *testing.T, c *Coder, date, outlet string, cases []tripleCase) {
	t.Helper()
	for _, tc := range cases {
		checkTriples(t, c, tc.name, tc.text, date, outlet, tc.want, tc.not)
	}
}

func checkTriples(t *testing.T, c *Coder, name, text, date, outlet string, want, not []string) {
	t.Helper()
	got := strings.Join(triples(c.CodeIn(context.Background(), "t", text, date, outlet)), " ")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s: got %q, want %q", name, got, w)
		}
	}
	for _, w := range not {
		if strings.Contains(got, w) {
			t.Errorf("%s: got %q, not %q", name, got, w)
		}
	}
}
