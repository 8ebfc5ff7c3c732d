package code

import (
	"context"
	"strings"
	"testing"
)

// TestDocContent: a statement, resolution, report or letter is said by
// the participle of judgement, appeal or threat after it (doccontent.go,
// issue 17); the events must be exactly these.
func TestDocContent(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"statement criticising", "Kenya issued a statement criticizing Uganda.", "KEN/UGA/111"},
		{"resolution condemning", "The Kenyan parliament approved a resolution condemning the Ugandan government.", "KENLEG/UGAGOV/111"},
		{"statement accusing", "Kenya issued a statement accusing Uganda of supporting rebels.", "KEN/UGA/112"},
		{"report praising", "The IMF issued a report praising Kenya's economic reforms.", "IGOBUSIMF/KEN/051"},
		{"message congratulating", "Kenya sent a message congratulating the Ugandan president on his victory.", "KEN/UGAGOV/051"},
		{"letter threatening, recipient", "The Kenyan president sent a letter to the head of the African Union (AU) threatening to cut its funding.", "KENGOV/IGOAFRAFU/130"},
		{"statement calling on", "Kenya issued a statement calling on Uganda to withdraw.", "KEN/UGA/020"},
		{"resolution urging", "The Kenyan Senate approved nonbinding resolutions urging the Kenyan president to oppose Uganda's ruling.", "KENLEG/KENGOV/020"},
		{"statement demanding", "Kenya issued a statement demanding that Uganda withdraw.", "KEN/UGA/100"},
		// the target is not what the participle judges or asks: unchanged
		{"backing the use of force against", "The Kenyan parliament passed a resolution backing the use of force against Uganda.", "KENLEG/UGA/010"},
		{"calling for action against", "The Kenyan parliament passed a resolution calling for action against Uganda.", "KENLEG/UGA/010"},
		{"calling a name", "Kenya issued a statement calling Uganda a friend.", "KEN/UGA/010"},
		{"urging restraint by", "Kenya issued a statement urging restraint by Uganda.", "KEN/UGA/010"},
		{"no participle", "Kenya issued a statement on the Ugandan elections.", "KEN/UGA/010"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2016-09-10")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
