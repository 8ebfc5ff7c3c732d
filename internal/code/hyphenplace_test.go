package code

import "testing"

// TestHyphenPlace: a hyphenated place modifier ("Kenya-based",
// "Kenya-led") gives the role word after it that place's country; a
// backer's ("Kenya-backed") gives it none; neither lets the sentence's
// other country place the group.
func TestHyphenPlace(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"a country-based group", "Kenya-based militants attacked Uganda.",
			[]string{"KENUAF/UGA/190"}, []string{"UGAUAF"}},
		{"a city-based group", "Nairobi-based militants attacked Uganda.",
			[]string{"KENUAF/UGA/190"}, []string{"UGAUAF"}},
		{"an adjective between", "Kenya-based Islamist militants attacked Uganda.",
			[]string{"KENUAF/UGA/190"}, []string{"UGAUAF"}},
		{"an unknown place places nothing", "Gondorville-based militants attacked Uganda.",
			nil, []string{"UGAUAF"}},
		{"a backer is no owner", "Kenya-backed rebels attacked Uganda.",
			nil, []string{"KENREB", "UGAREB"}},
		{"a backer's adjective", "Kenyan-backed rebels attacked Uganda.",
			nil, []string{"KENREB", "UGAREB"}},
		{"a backer with dots", "The U.N.-backed rebels attacked Uganda.",
			nil, []string{"UGAREB", "UNO"}},
		{"a leader's coalition", "A Kenya-led coalition attacked Uganda.",
			[]string{"KEN/UGA/190"}, nil},
		{"a named body keeps its code", "The Nairobi-based Amnesty International accused Uganda.",
			[]string{"NGOHRIAMN/UGA/112"}, []string{"KENNGO"}},
	})
}
