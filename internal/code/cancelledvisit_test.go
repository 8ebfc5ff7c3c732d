package code

import "testing"

// TestCancelledVisit: a visit called off, cancelled, aborted or
// suspended is no visit made or hosted (161 from the visitor); a visit
// ended stays 042:043.
func TestCancelledVisit(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"called off a trip", "Kenya called off a trip to Uganda.",
			[]string{"KEN/UGA/161"}, []string{"KEN/UGA/042", "UGA/KEN/043"}},
		{"called off a planned visit", "The Kenyan president called off his planned visit to Uganda.",
			[]string{"KENGOV/UGA/161"}, []string{"KENGOV/UGA/042", "UGA/KENGOV/043"}},
		{"aborted a visit", "The Kenyan president aborted his visit to Uganda.",
			[]string{"KENGOV/UGA/161"}, []string{"UGA/KENGOV/043"}},
		{"suspended a tour", "The Kenyan president suspended his tour of Uganda.",
			[]string{"KENGOV/UGA/161"}, []string{"UGA/KENGOV/043"}},
		{"ended a trip stays a visit", "The Kenyan president ended a trip to Uganda.",
			[]string{"KENGOV/UGA/042", "UGA/KENGOV/043"}, nil},
		{"ended a three-day visit stays a visit", "The Kenyan president ended his three-day visit to Uganda.",
			[]string{"KENGOV/UGA/042", "UGA/KENGOV/043"}, nil},
	})
}
