package code

import "testing"

// TestAgoClause: "years ago" in a clause about a noun dates that clause,
// not the sentence's verb (agoclause.go); elsewhere it still discards.
func TestAgoClause(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2005-01-01", "", []tripleCase{
		{"sanctions imposed years ago lifted now", "Kenya lifted sanctions imposed on Uganda nine years ago.", []string{"KEN/UGA/085"}, nil},
		{"deported a man who came years ago", "Kenya deported a Ugandan activist who arrived in the country ten years ago.", []string{"KEN/UGAOPP/174"}, nil},
		{"a relative clause after a comma", "Kenya criticised Uganda, which it invaded two years ago.", []string{"KEN/UGA/111"}, []string{"190"}},
		{"the main verb itself years ago stays discarded", "Kenya invaded Uganda two years ago.", nil, []string{"/"}},
		{"an opening years ago stays discarded", "Two years ago, Kenya invaded Uganda.", nil, []string{"/"}},
		{"months ago on the main verb stays discarded", "The Kenyan army attacked Ugandan rebels three months ago.", nil, []string{"/"}},
		{"no event from the relative clause's verb", "Kenya arrested a man who attacked Uganda two years ago.", nil, []string{"190", "KEN/UGA/173"}},
		{"no actor from inside the relative clause", "The rebels who attacked Uganda two years ago were arrested by Kenya.", nil, []string{"KEN/UGA/173", "190"}},
		{"weeks ago in a participle after a noun", "Uganda released the Kenyan journalists detained by its police two weeks ago.", []string{"UGA/KENMED/084"}, nil},
	})
}
