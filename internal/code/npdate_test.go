package code

import (
	"context"
	"testing"
)

// TestNPDate: a past year (and month) between a possessive and the noun
// that names the act dates that act (npdate.go); elsewhere the article's
// date stays.
func TestNPDate(t *testing.T) {
	c := resolvingCoder(t)
	tests := []struct{ name, text, ref, event, date, dateText string }{
		{"month and year before a visit", "The aide recalled Kenyan President Moi's March 1984 visit to Uganda.", "1987-04-17", "KENGOV 042 UGA", "1984-03-01", "March 1984"},
		{"a year after an adjective", "Kenyan President Moi's historic 1985 visit to Uganda was praised.", "1987-04-17", "KENGOV 042 UGA", "1985-01-01", "1985"},
		{"no date in the noun phrase", "Kenyan President Moi's visit to Uganda was praised.", "1987-04-17", "KENGOV 042 UGA", "1987-04-17", ""},
		{"the article's own year says nothing more", "Kenyan President Moi's 1987 visit to Uganda was praised.", "1987-04-17", "KENGOV 042 UGA", "1987-04-17", ""},
		{"after a main verb", "Kenyan President Moi praised Uganda's 1985 visit to Tanzania.", "1987-04-17", "UGA 042 TZA", "1985-01-01", "1985"},
		{"a year inside a name is no date", "Kenyan President Moi's Vision 1984 visit to Uganda was praised.", "1987-04-17", "KENGOV 042 UGA", "1987-04-17", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEventDate(t, c.Code(context.Background(), "t", tc.text, tc.ref), tc.event, tc.date, tc.dateText)
		})
	}
}
