package code

import "testing"

// TestSpeakerTitle: "Speaker" with a capital right before a name is the
// legislature's presiding officer (~LEG), as "House Speaker" is; a
// lower-case speaker, a speaker with no name after it, and a capitalised
// word before the title ("Guest Speaker") are none.
func TestSpeakerTitle(t *testing.T) {
	c := testCoder(t)
	const us = "The White House said the United States would act. "
	checkTripleCases(t, c, "2016-04-12", "", []tripleCase{
		{"the title before a name", us + "Speaker Paul Ryan criticised Kenya.",
			[]string{"USALEG/KEN/111"}, nil},
		{"after an opening phrase", us + "On Monday, Speaker Paul Ryan met the Kenyan president.",
			[]string{"USALEG/KENGOV/040"}, nil},
		{"a lower-case speaker", us + "The speaker criticised Kenya.",
			nil, []string{"USALEG/KEN/111"}},
		{"a guest speaker", us + "Guest Speaker John Smithers criticised Kenya.",
			nil, []string{"USALEG/KEN/111"}},
		{"no name after it", us + "The Speaker criticised Kenya.",
			nil, []string{"USALEG/KEN/111"}},
	})
}
