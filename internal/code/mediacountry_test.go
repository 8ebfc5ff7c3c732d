package code

import (
	"context"
	"strings"
	"testing"
)

// TestMediaCountry: a news outlet is its country's media (the
// dictionary's mediaCountries, internal/dict/gen/mediacountry.go), not a
// country-less MED; Reuters, with no one home over the years, stays MED.
// An outlet, named in full, by a short name or with a medium's noun, is
// no "he" or "she" (outletbody.go); its reporter is.
func TestMediaCountry(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, want string }{
		{"British MPs urged the BBC to publish its accounts.", "GBRLEG/GBRMED/020"},      // was GBRLEG/MED/020
		{"The French government criticised CNN for its coverage.", "FRAGOV/USAMED/111"},  // was FRAGOV/MED/111
		{"The Egyptian government accused Al Jazeera of bias.", "EGYGOV/QATMED/112"},     // was EGYGOV/MED/112
		{"The French government criticised Reuters for its coverage.", "FRAGOV/MED/111"}, // stays
		{"The French government criticised the Ugandan president for his speech.", "FRAGOV/UGAGOV/111"},
		// the pronoun after an outlet
		{`US Defence Secretary Caspar Weinberger told interviewers on the CNN television network that the test had worked. "They keep growing," he said of the Soviet military.`,
			"USAGOVMIL/SUNMIL/010"}, // was USAMED/SUNMIL/010 with the outlet given its country
		{"Kenyan President Mwai Kibaki gave an interview to The Washington Post. He criticised Uganda.", "KENGOV/UGA/111"},          // the Post is no "he"
		{"A CNN correspondent met the Egyptian president. He said the Soviet Union was wrong.", "USAMED/EGYGOV/040 USAMED/SUN/111"}, // the reporter is "he"
	} {
		got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "1987-03-28")), " ")
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
