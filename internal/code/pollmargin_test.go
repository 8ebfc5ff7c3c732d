package code

import (
	"context"
	"testing"
)

// TestPollMargin: a poll's figures next to a verb of backing are no
// endorsement (pollmargin.go); backing with a percentage elsewhere stays.
func TestPollMargin(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, date, want string }{
		{"a margin after the object", "In the survey, Kenyan soldiers favoured President Uhuru Kenyatta, 72 percent to 8 percent.", "2016-03-01", ""},
		{"a margin with no comma", "Ugandan women preferred President Yoweri Museveni 51% to 24%, the poll found.", "2016-03-01", ""},
		{"a list of shares", "In the poll, Uhuru Kenyatta was supported by 42 percent of those responding, while Raila Odinga received 38 percent support, Kalonzo Musyoka 3 percent and Musalia Mudavadi 2 percent.", "2016-03-01", ""},
		{"a margin after by", "Ugandan soldiers backed President Yoweri Museveni by 60 per cent to 30 per cent.", "2016-03-01", ""},
		{"an endorsement", "Kenyan President Uhuru Kenyatta backed Ugandan President Yoweri Museveni on Monday.", "2016-03-01", "KENGOV/UGAGOV/050"},
		{"a percentage in the object's plan", "Kenyan President Uhuru Kenyatta backed Uganda's plan to cut tariffs by 10 percent.", "2016-03-01", "KENGOV/UGA/050"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := triples(c.Code(context.Background(), "t", tc.text, tc.date))
			found := false
			for _, g := range got {
				if g == tc.want {
					found = true
				}
				if tc.want == "" && len(g) > 3 && g[len(g)-3:len(g)-1] == "05" {
					t.Errorf("got backing %v", got)
				}
			}
			if tc.want != "" && !found {
				t.Errorf("got %v, want %s", got, tc.want)
			}
		})
	}
}
