package code

import "testing"

// TestDeclinedToSay: declining to say, elaborate, detail or discuss is
// declining comment (011), no rejection (120); declining a request stays
// a rejection; declining to attend a meeting is refusing to meet (125).
func TestDeclinedToSay(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"declined to elaborate", "The Kenyan minister declined to elaborate on Uganda.", []string{"KENGOV/UGA/011"}, []string{"KENGOV/UGA/120"}},
		{"declined to discuss", "Kenya declined to discuss the dispute with Uganda.", []string{"KEN/UGA/011"}, []string{"KEN/UGA/120"}},
		{"declined to say", "The Kenyan minister declined to say what Uganda had offered.", nil, []string{"KENGOV/UGA/120"}},
		{"declined to detail", "Kenyan officials declined to detail what Uganda had paid.", nil, []string{"KENGOV/UGA/120"}},
		{"declined a request stays", "Kenya declined Uganda's request.", []string{"KEN/UGA/120"}, nil},
		{"declined to attend", "Kenya declined to attend the Ugandan summit.", []string{"KEN/UGA/125"}, []string{"KEN/UGA/120"}},
		{"declined to attend a conference", "The Ugandan minister declined to attend the conference in Kenya.", []string{"UGAGOV/KEN/125"}, []string{"UGAGOV/KEN/120"}},
		{"refused to attend", "Uganda refused to attend the Kenyan summit.", []string{"UGA/KEN/125"}, nil},
	})
}
