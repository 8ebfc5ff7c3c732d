package code

import "testing"

// TestInPicture: an act shown by a picture the source released is the
// picture's content (inPicture); the source's own act after the picture
// stays.
func TestInPicture(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2016-09-08", "", []tripleCase{
		{"an attack in an ad", "The Kenyan opposition released an ad this week showing the Kenyan president making remarks viewed by some as disparaging toward the army, including an attack on Ugandan President Yoweri Museveni.", nil, []string{"KENOPP/UGAGOV/111"}},
		{"a video showing a visit", "Kenya released a video showing its president meeting Ugandan rebels.", nil, []string{"KEN/UGAREB/04"}},
		{"the source's own act after the picture", "Kenya released a video of the border on Monday and criticised Uganda.", []string{"KEN/UGA/111"}, nil},
		{"no picture", "The Kenyan opposition accused the Ugandan president of lying.", []string{"KENOPP/UGAGOV/112"}, nil},
	})
}
