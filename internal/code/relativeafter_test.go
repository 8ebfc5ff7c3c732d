package code

import (
	"context"
	"testing"
)

// TestRelativeAfter: a date inside a relative clause after the verb is
// the clause's (relativeafter.go); the verb before it keeps the
// article's date, and a date in the verb's own clause stays.
func TestRelativeAfter(t *testing.T) {
	c := resolvingCoder(t)
	tests := []struct{ name, text, ref, event, date, dateText string }{
		{"that after a noun", "Kenyan President Uhuru Kenyatta criticised Ugandan legislation that Tanzania supported in 2007.", "2016-06-01", "KENGOV 111 UGA", "2016-06-01", ""},
		{"which after a comma", "Kenyan President Uhuru Kenyatta criticised Uganda over the deal, which was signed in 2007.", "2016-06-01", "KENGOV 111 UGA", "2016-06-01", ""},
		{"the verb's own date", "Kenyan President Uhuru Kenyatta criticised Uganda in 2007.", "2016-06-01", "KENGOV 111 UGA", "2007-01-01", "in 2007"},
		{"the verb's date before the relative clause", "Kenyan President Uhuru Kenyatta criticised Uganda in 2007 over a deal that Tanzania signed.", "2016-06-01", "KENGOV 111 UGA", "2007-01-01", "in 2007"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEventDate(t, c.Code(context.Background(), "t", tc.text, tc.ref), tc.event, tc.date, tc.dateText)
		})
	}
}
