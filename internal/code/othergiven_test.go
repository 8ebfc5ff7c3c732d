package code

import (
	"context"
	"testing"
)

// TestOtherGiven: a given name that is not the known person's before the
// surname of a one-word entry ("DONALD TRUMP | TRUMP") names someone
// else, no actor; the person's own given name, a middle initial or name,
// a title or an honorific keep the person (othergiven.go).
func TestOtherGiven(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a given name no entry begins, mid-sentence", "The Kenyan court agreed with Wanjiru Trump that the Ugandan claim was void.", nil, []string{"KENJUD 03 USAGOV", "KENJUD 03 USAELI"}},
		{"an unknown given name after a verb", "Kenya praised Nyokabi Trump on Monday.", nil, []string{"KEN 05 USAGOV", "KEN 05 USAELI"}},
		{"a common given name", "Kenya praised Melania Trump on Monday.", nil, []string{"KEN 05 USAGOV", "KEN 05 USAELI"}},
		{"an unknown given name after a comma", "Uganda criticised his former wife, Wambui Trump, on Monday.", nil, []string{"UGA 11 USAGOV", "UGA 11 USAELI"}},
		{"the person's own given name", "Kenya praised Donald Trump on Monday.", []string{"KEN 05 USAGOV"}, nil},
		{"a middle initial", "Kenya praised Donald J. Trump on Monday.", []string{"KEN 05 USAGOV"}, nil},
		{"a middle name after the person's given name", "Kenya praised Donald John Trump on Monday.", []string{"KEN 05 USAGOV"}, nil},
		{"the person's given name and another's before one surname", "Kenya praised Donald and Wanjiru Trump on Monday.", []string{"KEN 05 USAGOV"}, nil},
		{"a title", "Kenya praised President Trump on Monday.", []string{"KEN 05 USAGOV"}, nil},
		{"an honorific", "Kenya praised Mr Trump on Monday.", []string{"KEN 05 USAGOV"}, nil},
		{"the surname alone", "Kenya praised Trump on Monday.", []string{"KEN 05 USAGOV"}, nil},
		{"a role of the agents dictionary", "Kenya praised Candidate Trump on Monday.", []string{"KEN 05 USAGOV"}, nil},
		{"a form of address", "Kenya praised Comrade Trump on Monday.", []string{"KEN 05 USAGOV"}, nil},
		{"a rank no title list holds", "Kenya praised Nominee Trump on Monday.", []string{"KEN 05 USAGOV"}, nil},
		{"a name used as a modifier after an article", "Kenya praised the Kisumu Trump voters on Monday, and Uganda praised Trump.", []string{"UGA 05 USAGOV"}, nil},
		{"a word that opens a clause in an unsplit sentence", "Kenya criticised the U.S. While Trump praised Uganda on Monday.", []string{"USAGOV 05 UGA"}, nil},
		{"a verb of a quoted headline", "Kenyan papers ran the headline Officials Endorse Trump, and Uganda praised Trump on Monday.", []string{"UGA 05 USAGOV"}, nil},
		{"a title after the namesake, the person met before", "Trump met Kenyan leaders on Monday. Kenya praised Wanjiru Trump on Tuesday. Mr. Trump criticised Uganda on Wednesday.", []string{"USAGOV 11 UGA"}, nil},
		{"a title of the namesake's sex after the namesake", "Trump met Kenyan leaders on Monday. Kenya praised Melania Trump on Tuesday. Mrs. Trump criticised Uganda on Wednesday.", nil, []string{"USAGOV 11 UGA", "USAELI 11 UGA"}},
		{"a headline in title case", "Kenya Praises Trump Over Uganda Deal", []string{"KEN 05 USAGOV"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := c.Code(context.Background(), "t", tc.text, "2018-03-01")
			checkRoots(t, evs, tc.want, tc.not)
		})
	}
}
