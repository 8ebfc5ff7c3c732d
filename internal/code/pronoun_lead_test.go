package code

import "testing"

// TestPronounLead: a "he" or "she" opening a sentence right after one
// whose only person was its subject stands for that person, when the
// person's country came only from "of Kenya" after the name; not for a
// person of the other sex, nor when the sentence before named two.
func TestPronounLead(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2005-01-01", "", []tripleCase{
		{"she after the subject", "Foreign Minister Jane Otieno of Kenya arrived in Kampala. She criticised Uganda.", []string{"KENGOV/UGA/111"}, nil},
		{"but he after the subject", "Foreign Minister Peter Okello of Kenya arrived in Kampala. But he criticised Uganda.", []string{"KENGOV/UGA/111"}, nil},
		{"the other sex", "Foreign Minister Jane Otieno of Kenya arrived in Kampala. He criticised Uganda.", nil, []string{"KENGOV/UGA/111"}},
		{"two persons before", "Foreign Minister Jane Otieno of Kenya met Mr Peter Okello in Kampala. She criticised Uganda.", nil, []string{"/UGA/111"}},
	})
}
