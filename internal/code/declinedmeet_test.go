package code

import "testing"

// TestDeclinedMeet: declining to meet an actor is a meeting refused
// (125); declining to meet a thing stays a rejection (120).
func TestDeclinedMeet(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"an official met", "Uganda declined to meet Kenya's foreign minister on Monday.", []string{"UGA/KENGOV/125"}, []string{"UGA/KENGOV/120"}},
		{"meet with a delegation", "Uganda declined to meet with the Kenyan delegation.", []string{"UGA/KEN/125"}, nil},
		{"a president declines envoys", "The Ugandan president declined to meet Kenyan envoys.", []string{"UGAGOV/KENGOV/125"}, nil},
		{"demands met stay 120", "Uganda declined to meet the demands of Kenya.", []string{"UGA/KEN/120"}, []string{"/125"}},
		{"a country's terms stay 120", "Uganda declined to meet Kenya's terms.", []string{"UGA/KEN/120"}, []string{"/125"}},
		{"a request declined stays 120", "Uganda declined Kenya's request.", []string{"UGA/KEN/120"}, nil},
	})
}
