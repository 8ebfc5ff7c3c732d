package code

import "testing"

// TestPronounSex: "he" and "she" agree with the sex a given name tells
// (givensex.go) and never stand for many named by a plural without an s
// ("women"; names.go bodyWord) (pron18).
func TestPronounSex(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2006-05-01", "", []tripleCase{
		{"he is no woman named by her given name", "Kenyan minister Susan Wanjiru criticised the Ugandan government on Monday. He urged Tanzania to release the pilots.",
			nil, []string{"KENGOV/TZA/02"}},
		{"she is the woman named by her given name", "Kenyan minister Susan Wanjiru criticised the Ugandan government on Monday. She urged Tanzania to release the pilots.",
			[]string{"KENGOV/TZA/02"}, nil},
		{"she is no man named by his given name", "Kenyan minister John Wekesa criticised the Ugandan government on Monday. She urged Tanzania to release the pilots.",
			nil, []string{"KENGOV/TZA/02"}},
		{"he is the man named by his given name", "Kenyan minister John Wekesa criticised the Ugandan government on Monday. He urged Tanzania to release the pilots.",
			[]string{"KENGOV/TZA/02"}, nil},
		{"her is no man named by his given name", "Kenyan minister John Wekesa spoke in Nairobi on Monday. Tanzania criticised her for the delay.",
			nil, []string{"TZA/KENGOV/11"}},
		{"a role named without a given name stays", "The Kenyan foreign minister spoke in Nairobi on Monday. She urged Tanzania to release the pilots.",
			[]string{"KENGOV/TZA/02"}, nil},
		{"he is not women", "Ugandan women marched in Kampala on Monday. He urged Tanzania to release the pilots.",
			nil, []string{"UGACVL/TZA/02"}},
		{"he is the subject carried past a woman's possessive", "Tony Blair praised Angela Merkel's victory in Berlin. He urged Kenya to release the pilots.",
			[]string{"GBRGOV/KEN/02"}, []string{"DEUGOV/KEN/02"}},
		{"she is no man named last by his given name", "Tony Blair met Angela Merkel in Berlin on Monday. She urged Kenya to release the pilots.",
			[]string{"DEUGOV/KEN/02"}, []string{"GBRGOV/KEN/02"}},
		{"him is not gunmen", "Ugandan gunmen attacked a village on Monday. Tanzania criticised him for the attack.",
			nil, []string{"TZA/UGA/11"}},
	})
}
