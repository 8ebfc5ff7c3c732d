package code

import "testing"

// TestQuotedVerb: a quoted single verb right after its subject
// (`he "deplored"`) is the clause's verb, not a scare quote; the quote
// marks around it end neither the subject search nor the object search
// (quotedFiniteVerb, quotedWord). A scare-quoted noun, a quoted word
// after an article, and a quoted word after the verb stay as they were.
func TestQuotedVerb(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-03-01", "", []tripleCase{
		{"quoted verb after a pronoun", `The Kenyan foreign minister said he "deplored" the Ugandan raid on the border post.`,
			[]string{"KENGOV/UGA/111"}, nil},
		{"quoted verb after a name", `Kenya "condemned" Uganda on Monday.`,
			[]string{"KEN/UGA/111"}, nil},
		{"quoted verb after \"it\"", `The Ugandan opposition said it "rejected" the Kenyan offer.`,
			[]string{"UGAOPP/KEN/12"}, nil},
		{"quoted participle after an article", `The "condemned" Ugandan men were moved to Kenya.`,
			nil, []string{"/111"}},
		{"scare-quoted noun", `Kenya fought the "war" on Uganda.`,
			nil, []string{"KEN/UGA/19"}},
		{"quoted word after the verb", `Ugandan MPs voted "present" during the Kenyan debate on the budget.`,
			nil, []string{"UGALEG/KEN"}},
	})
}
