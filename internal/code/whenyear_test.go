package code

import (
	"context"
	"testing"
)

// TestWhenYear: an act inside a "when" clause after a past year is dated
// by that year (whenyear.go); the main clause's act, the article's own
// year or a clause past ", and" keep the article's date.
func TestWhenYear(t *testing.T) {
	c := resolvingCoder(t)
	tests := []struct{ name, text, ref, event, date, dateText string }{
		{"a dated noun phrase before when", "Relations soured during the 2013 election campaign when Kenyan President Uhuru Kenyatta criticised Uganda.", "2016-03-04", "KENGOV 111 UGA", "2013-01-01", "2013"},
		{"a year and a comma before when", "Trade has grown since 2013, when Kenyan President Uhuru Kenyatta, a former minister, criticised Uganda.", "2016-03-04", "KENGOV 111 UGA", "2013-01-01", "2013"},
		{"a month before the year", "Trade has grown since March 2013 when Kenyan President Uhuru Kenyatta criticised Uganda.", "2016-03-04", "KENGOV 111 UGA", "2013-03-01", "March 2013"},
		{"the main clause before the when-clause", "Kenyan President Uhuru Kenyatta criticised Uganda, recalling the 2013 campaign when tensions rose.", "2016-03-04", "KENGOV 111 UGA", "2016-03-04", ""},
		{"the article's own year", "Relations soured during the 2016 election campaign when Kenyan President Uhuru Kenyatta criticised Uganda.", "2016-03-04", "KENGOV 111 UGA", "2016-03-04", ""},
		{"past a comma and and", "Relations soured in the 2013 campaign when tensions rose, and Kenyan President Uhuru Kenyatta criticised Uganda.", "2016-03-04", "KENGOV 111 UGA", "2016-03-04", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEventDate(t, c.Code(context.Background(), "t", tc.text, tc.ref), tc.event, tc.date, tc.dateText)
		})
	}
}
