package code

import (
	"context"
	"strings"
	"testing"
)

// TestOrgOfficer: a president or chairman titled after a body the
// dictionaries lack is no government official of the article's country;
// a bare title, one after a time or rank word, and one after a known
// body keep the article's country.
func TestOrgOfficer(t *testing.T) {
	c := testCoder(t)
	lead := "Kenya and Uganda signed a trade pact in Nairobi. Kenya praised the pact. "
	for _, tc := range []struct{ text, want string }{
		{"Zentrix President John Mahoney criticised Uganda over the tariffs.", ""},                    // was KENGOV 111 UGA
		{"Zentrix Holdings vice president John Mahoney criticised Uganda over the tariffs.", ""},      // was KENGOV 111 UGA
		{"President John Mahoney criticised Uganda over the tariffs.", "KENGOV/UGA/111"},              // a bare title
		{"In March President John Mahoney criticised Uganda over the tariffs.", "KENGOV/UGA/111"},     // a month before it
		{"Former Vice President John Mahoney criticised Uganda over the tariffs.", "KENGOV/UGA/111"},  // a rank before it
		{"The Kenyan president, John Mahoney, criticised Uganda over the tariffs.", "KENGOV/UGA/111"}, // a country's
	} {
		got := strings.Join(triples(c.Code(context.Background(), "t", lead+tc.text, "2005-01-10")), " ")
		if tc.want == "" && strings.Contains(got, "/UGA/111") || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
