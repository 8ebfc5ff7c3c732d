package code

import "testing"

// TestAdverbBy: an "-ly" adverb between a passive participle and "by"
// leaves the by-phrase the agent; an adverb-free passive, an active verb
// and a "-ly" noun stay as they were.
func TestAdverbBy(t *testing.T) {
	checkTripleCases(t, resolvingCoder(t), "1987-04-15", "", []tripleCase{
		{"reduced passive, adverb", "The Kenyan minister, backed strongly by Uganda, rejected the plan.",
			[]string{"UGA/KENGOV/050"}, []string{"KENGOV/UGA/050"}},
		{"reduced passive, degree adverb", "The Kenyan minister, backed largely by Uganda, rejected the plan.",
			[]string{"UGA/KENGOV/050"}, []string{"KENGOV/UGA/050"}},
		{"passive with be, adverb after", "The Kenyan president was criticised sharply by Uganda.",
			[]string{"UGA/KENGOV/111"}, []string{"KENGOV/UGA/111"}},
		{"no adverb", "The Kenyan minister, backed by Uganda, rejected the plan.",
			[]string{"UGA/KENGOV/050"}, []string{"KENGOV/UGA/050"}},
		{"active verb, adverb", "The Kenyan minister strongly backed Uganda.",
			[]string{"KENGOV/UGA/050"}, []string{"UGA/KENGOV/050"}},
	})
}
