package code

import (
	"context"
	"testing"
)

// TestOpeningYear: a past year inside the sentence's opening "in"/"during"
// phrase dates the main clause's act (openyear.go); a year elsewhere, the
// article's own year, or a phrase that is no opening says no more.
func TestOpeningYear(t *testing.T) {
	c := resolvingCoder(t)
	tests := []struct{ name, text, ref, event, date, dateText string }{
		{"an election's year", "In the 2013 election campaign, Kenyan President Uhuru Kenyatta criticised Uganda.", "2016-03-04", "KENGOV 111 UGA", "2013-01-01", "2013"},
		{"after a lead and a comma", "What's more, in the 2013 election campaign in Nairobi, Kenyan President Uhuru Kenyatta criticised Uganda.", "2016-03-04", "KENGOV 111 UGA", "2013-01-01", "2013"},
		{"a month and an adjective", "In an earlier, February 2014 exchange of letters, Kenyan President Uhuru Kenyatta thanked Uganda.", "2016-03-04", "KENGOV 051 UGA", "2014-02-01", "February 2014"},
		{"during a possessive's campaign", "During his 2013 campaign for the presidency, Uhuru Kenyatta criticised Uganda.", "2016-03-04", "KENGOV 111 UGA", "2013-01-01", "2013"},
		{"the article's year says no more", "In the 2016 election campaign, Kenyan President Uhuru Kenyatta criticised Uganda.", "2016-03-04", "KENGOV 111 UGA", "2016-03-04", ""},
		{"not an opening phrase", "Kenyan President Uhuru Kenyatta criticised Uganda over the 2013 election campaign, officials said.", "2016-03-04", "KENGOV 111 UGA", "2016-03-04", ""},
		{"no comma closes the phrase", "In the 2013 election campaign Kenyan President Uhuru Kenyatta criticised Uganda.", "2016-03-04", "KENGOV 111 UGA", "2016-03-04", ""},
		{"a year that is a name's", "In the Vision 2030 plan, Kenyan President Uhuru Kenyatta criticised Uganda.", "2016-03-04", "KENGOV 111 UGA", "2016-03-04", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEventDate(t, c.Code(context.Background(), "t", tc.text, tc.ref), tc.event, tc.date, tc.dateText)
		})
	}
}
