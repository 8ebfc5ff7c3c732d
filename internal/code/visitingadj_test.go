package code

import "testing"

// TestAttributiveVisiting: "visiting" right before an actor after a
// determiner, a preposition or a verb of telling or meeting names the
// visitor; no visit to or by the actor after it. The verb stays.
func TestAttributiveVisiting(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"told visiting officials", "Kenyan President John Doe told visiting Ugandan officials the border would stay open.", nil, []string{"KENGOV/UGAGOV/042", "UGAGOV/KENGOV/043"}},
		{"attended by visiting president", "The Kenyan parliament was attended by visiting Ugandan President John Doe.", nil, []string{"KENLEG/UGAGOV/042", "UGAGOV/KENLEG/043"}},
		{"is visiting stays a verb", "The Kenyan minister is visiting Ugandan officials in Kampala.", []string{"KENGOV/UGAGOV/042"}, nil},
		{"a comma and visiting a country stays", "The Kenyan minister, visiting Uganda, criticised the border rules.", []string{"KENGOV/UGA/042"}, nil},
	})
}
