package code

import "testing"

// TestMeetAhead: a meeting noun or verb whose clause names a time after
// the report ("later this month", "next week", "tomorrow") is an intent
// to meet (036); a meeting held ("last month", no time) stays 04, and a
// time to come in another clause leaves the held meeting alone.
func TestMeetAhead(t *testing.T) {
	checkTripleCases(t, resolvingCoder(t), "1987-04-15", "", []tripleCase{
		{"talks later this month", "The visit prepares for the Kenyan president's talks with the Ugandan president later this month.",
			[]string{"KENGOV/UGAGOV/036"}, []string{"KENGOV/UGAGOV/046"}},
		{"talks later in the week", "The Kenyan president's talks with the Ugandan president later in the week will cover trade.",
			[]string{"KENGOV/UGAGOV/036"}, []string{"KENGOV/UGAGOV/046"}},
		{"talks next week", "The Kenyan president holds talks with the Ugandan president next week.",
			[]string{"KENGOV/UGAGOV/036"}, []string{"KENGOV/UGAGOV/046"}},
		{"talks held last month", "The Kenyan president held talks with the Ugandan president last month.",
			[]string{"KENGOV/UGAGOV/046"}, []string{"KENGOV/UGAGOV/036"}},
		{"talks held, no time", "The Kenyan president held talks with the Ugandan president.",
			[]string{"KENGOV/UGAGOV/046"}, []string{"KENGOV/UGAGOV/036"}},
		{"a later visit in a relative clause", "The Kenyan president met the Ugandan president, who later this month will visit Tanzania.",
			[]string{"KENGOV/UGAGOV/040", "UGAGOV/TZA/036"}, []string{"KENGOV/UGAGOV/036"}},
		{"a past tense before a later event", "The Kenyan president came to Uganda on a visit to open a fair to be held on April 20.",
			nil, []string{"KENGOV/UGA/036"}},
		{"a possessive time", "The Kenyan president called the Ugandan president to warn him next week's talks would fail.",
			nil, []string{"KENGOV/UGAGOV/036", "UGAGOV/KENGOV/036"}},
	})
}
