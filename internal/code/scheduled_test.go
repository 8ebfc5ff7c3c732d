package code

import (
	"context"
	"testing"
)

// TestScheduledPresent: a trip or meeting in the present tense with a
// day to come is an intent to meet (036) dated when reported; today's
// day, a past tense and "last Tuesday" stay acts done.
func TestScheduledPresent(t *testing.T) {
	c := resolvingCoder(t)
	const ref = "1987-04-15" // a Wednesday
	tests := []struct{ name, text, event, date, dateText string }{
		{"leaves on a coming weekday", "Kenya's foreign minister leaves for Uganda on Tuesday.", "KENGOV 036 UGA", ref, ""},
		{"a relative clause's trip", "The Kenyan foreign minister, who leaves for Uganda on Friday, met the Tanzanian president.", "KENGOV 036 UGA", ref, ""},
		{"visits on a coming date", "Kenya's foreign minister visits Uganda on April 19.", "KENGOV 036 UGA", ref, ""},
		{"arrives for talks", "Kenya's foreign minister arrives in Uganda on Tuesday for talks.", "KENGOV 036 UGA", ref, ""},
		{"holds talks on a coming weekday", "Kenya's foreign minister holds talks with Ugandan officials on Friday.", "KENGOV 036 UGAGOV", ref, ""},
		{"leaves today's weekday", "Kenya's foreign minister leaves for Uganda on Wednesday.", "KENGOV 042 UGA", ref, "Wednesday"},
		{"visits on a past date", "Kenya's foreign minister visits Uganda on April 10.", "KENGOV 042 UGA", "1987-04-10", "April 10"},
		{"a past tense", "Kenya's foreign minister visited Uganda on Tuesday.", "KENGOV 042 UGA", "1987-04-14", "Tuesday"},
		{"last Tuesday", "Kenya's foreign minister left for Uganda last Tuesday.", "KENGOV 042 UGA", "1987-04-14", "last Tuesday"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEventDate(t, c.Code(context.Background(), "t", tc.text, ref), tc.event, tc.date, tc.dateText)
		})
	}
}

// TestFutureHost: a visit still to come is the visitor's intent (036);
// the place visited, named after the verb, says nothing of it. A host
// named as the subject keeps its 036.
func TestFutureHost(t *testing.T) {
	checkTripleCases(t, resolvingCoder(t), "1987-04-15", "", []tripleCase{
		{"visits on a coming date", "Kenya's foreign minister visits Uganda on April 19.", []string{"KENGOV/UGA/036"}, []string{"UGA/KENGOV/036"}},
		{"leaves for on a coming weekday", "Kenya's foreign minister leaves for Uganda on Tuesday.", []string{"KENGOV/UGA/036"}, []string{"UGA/KENGOV/036"}},
		{"hosts stays", "Uganda hosts the Kenyan president on April 20.", []string{"UGA/KENGOV/036"}, nil},
	})
}
