package code

import "testing"

// TestUnknownSpeakerAgain: a speaker the dictionaries lack, named again
// by the surname alone or named after the speech tag, is who "he" or
// "she" after it stands for: left unresolved, not the last person the
// dictionaries knew (unknownname.go) (pron18).
func TestUnknownSpeakerAgain(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2004-05-01", "", []tripleCase{
		{"he after the unknown speaker's surname", "The Kenyan president criticised Uganda on Monday. John Otieno, who teaches at a college, said the talks would fail. The Ugandan president accused Kenya of lying. \"The talks are over,\" Otieno said. He urged Tanzania to release the pilots.",
			nil, []string{"UGAGOV/TZA/02"}},
		{"he after a speaker named after the tag", "The Kenyan president criticised Uganda on Monday. \"The talks will fail,\" said John Otieno. He urged Tanzania to release the pilots.",
			nil, []string{"KENGOV/TZA/02"}},
		{"she after a titled speaker named after the tag", "The Kenyan foreign minister criticised Uganda on Monday. \"The talks will fail,\" said Ms. Otieno, who teaches in Nairobi. She urged Tanzania to release the pilots.",
			nil, []string{"KENGOV/TZA/02"}},
		{"he after the known speaker's own tag stays", "The Kenyan president criticised Uganda on Monday. \"The talks will fail,\" he said. He urged Tanzania to release the pilots.",
			[]string{"KENGOV/TZA/02"}, nil},
		{"a surname inside a longer name names no one", "The Kenyan president criticised Uganda on Monday. John Otieno, who teaches at a college, said the talks would fail. The Ugandan president accused Kenya of lying at the Otieno Hall. He urged Tanzania to release the pilots.",
			[]string{"UGAGOV/TZA/02"}, nil},
		{"he after a speaker coded by the apposition stays that role", "The Ugandan president criticised Kenya on Monday. \"The talks will fail,\" said John Otieno, a former Kenyan minister. He urged Tanzania to release the pilots.",
			[]string{"KENELI/TZA/02"}, nil},
	})
}
