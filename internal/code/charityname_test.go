package code

import "testing"

// TestCharityName: a word for the people a charity serves, inside the
// charity's capitalised name with a charity's head word, names the
// charity (NGO), not the people (CVL, REF); a state body's name, a name
// without a head word and the lower-case people keep the people's code
// (charityname.go, rejudge15, issue 17).
func TestCharityName(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		// before: GBRCVL 112 GBRGOV
		{"victims trust", "The director of the Victims of Crime Trust accused the British government of contempt for victims.",
			[]string{"GBRNGO/GBRGOV/112"}, []string{"GBRCVL/"}},
		// before: GBRCVL 111 GBRGOV
		{"foundation for victims", "A spokesman for the Medical Foundation for the Care of Victims of Torture said British ministers had failed to reassure agencies.",
			[]string{"GBRNGO/GBRGOV/111"}, []string{"GBRCVL/"}},
		// before: GBRREF 112 GBRGOV
		{"refugee council", "The Refugee Council accused the British government of contempt.",
			[]string{"GBRNGO/GBRGOV/112"}, []string{"GBRREF/"}},
		// before: KENCVL 111 KENGOV
		{"possessive name", "A spokesman for the Kenyan Children's Society criticised the Kenyan government.",
			[]string{"KENNGO/KENGOV/111"}, []string{"KENCVL/"}},
		// unchanged: the people themselves, a name with no charity's head word, a state body
		{"refugees", "Refugees accused the British government of contempt.", []string{"GBRREF/GBRGOV/112"}, []string{"NGO/"}},
		{"no head word", "Victims Of Crime criticised the Kenyan government.", []string{"KENCVL/KENGOV/111"}, []string{"NGO/"}},
		{"ministry", "The Kenyan Ministry of Refugees criticised Uganda.", []string{"KENGOV/UGA/111"}, []string{"NGO/"}},
	})
}
