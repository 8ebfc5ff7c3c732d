package code

import (
	"context"
	"testing"
)

// TestTimeBack: "at the time" takes the past date of the sentence before
// (timeBack); its own moment ("at the time of …"), a sentence before
// with no date or a date not past leave the article's date.
func TestTimeBack(t *testing.T) {
	c := resolvingCoder(t)
	tests := []struct{ name, text, ref, event, date, dateText string }{
		{"at the time, a year before", "Kenya and Uganda quarrelled over the border in 2012. At the time, Kenya accused Uganda of harbouring rebels.", "2016-05-10", "KEN 112 UGA", "2012-01-01", "At the time"},
		{"at that time, a day and month", "The border was closed on March 3, 2014. Kenya criticised Uganda at that time.", "2016-05-10", "KEN 111 UGA", "2014-03-03", "at that time"},
		{"back then", "Kenyan troops crossed the border in 1998. Back then, Kenya accused Uganda of harbouring rebels.", "2016-05-10", "KEN 112 UGA", "1998-01-01", "Back then"},
		{"the time of something", "Kenya and Uganda quarrelled over the border in 2012. At the time of the vote, Kenya accused Uganda of harbouring rebels.", "2016-05-10", "KEN 112 UGA", "2016-05-10", ""},
		{"no date before", "Kenya and Uganda quarrelled over the border. At the time, Kenya accused Uganda of harbouring rebels.", "2016-05-10", "KEN 112 UGA", "2016-05-10", ""},
		{"a date of this week before", "Kenya and Uganda quarrelled over the border on Monday. At the time, Kenya accused Uganda of harbouring rebels.", "2016-05-10", "KEN 112 UGA", "2016-05-10", ""},
		{"an own date wins", "Kenya and Uganda quarrelled over the border in 2012. At the time, Kenya accused Uganda of harbouring rebels, and in 2013 Kenya criticised Uganda.", "2016-05-10", "KEN 111 UGA", "2013-01-01", "in 2013"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEventDate(t, c.Code(context.Background(), "t", tc.text, tc.ref), tc.event, tc.date, tc.dateText)
		})
	}
}
