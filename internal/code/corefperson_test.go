package code

import "testing"

// TestCorefPerson: "he" and "she" agree with the nearest person named
// before them, whom no dictionary may know (a given name and a surname,
// someone's wife); a bare title is the office named last with its
// country; a plan's infinitive is its possessor's (corefperson.go,
// officecountry.go noteEntryTitle, domestic.go placeInSentence).
func TestCorefPerson(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2005-03-01", "", []tripleCase{
		{"a given name and a surname: he is that person, not a president named after",
			"Campaign adviser Peter Wafula has won many elections. Many credit him with Yoweri Museveni's 1996 win. But Wafula has no fixed loyalties. Now he is in Nairobi after a stint in Tanzania, where he helped opposition candidate Jakaya Mrema.",
			nil, []string{"UGAGOV/UGAOPP", "UGAGOV/TZAOPP", "UGAELI/"}},
		{"a surname alone after But names the person again",
			"Peter Wafula met Yoweri Museveni in Kampala. But Wafula has no fixed loyalties. He criticised Tanzania on Monday.",
			nil, []string{"UGAGOV/TZA"}},
		{"a person of the dictionaries named by a given name and a surname is still he",
			"Yoweri Museveni arrived in Nairobi on Sunday. He criticised Tanzania on Monday.",
			[]string{"UGAGOV/TZA/111"}, nil},
		{"she after a president's wife is the wife",
			"The Kenyan president's wife spoke at a Tanzanian university on Friday. Ugandan officials accused her of meddling.",
			nil, []string{"/KENGOV/"}},
		{"she after a president's wife: a speech verb",
			"The Kenyan president's wife spoke at a Tanzanian university on Friday. Ugandan officials said she broke the rules of diplomacy.",
			nil, []string{"/KENGOV/"}},
		{"he after a president's wife is still the president",
			"The Kenyan president's wife praised the court. He criticised Tanzania on Monday.",
			[]string{"KENGOV/TZA/111"}, nil},
		{"the president is the one named last with a country, not the speaker's",
			"US President George Bush will take a softer line in his second term, Mwai Kibaki has said. Mr Kibaki said he thought the president was ready to listen. \"We welcome that he will travel to Uganda first,\" said Mr Kibaki.",
			[]string{"USAGOV/UGA/"}, []string{"KENGOV/UGA/"}},
		{"a title inside an entry's name places a later bare title",
			"George Bush began his second term as US President on Monday, Mwai Kibaki said. The president criticised Uganda on Tuesday.",
			[]string{"USAGOV/UGA/111"}, []string{"KENGOV/UGA"}},
		{"his bid after a titled name no entry holds is no one's of the dictionaries",
			"Kenyan President Mwai Kibaki arrived in Kampala on Monday. He argued that Mr Wafula had changed and said his bid to disengage from Sudan was bold.",
			nil, []string{"KENGOV/SDN"}},
		{"his plan with no other person before is the subject's",
			"Kenyan President Mwai Kibaki said on Monday that his plan to withdraw from Sudan would go ahead.",
			[]string{"KENGOV/SDN/"}, nil},
	})
}
