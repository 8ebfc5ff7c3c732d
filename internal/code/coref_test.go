package code

import (
	"context"
	"testing"
)

// TestPronounAntecedents: whom "he" and "she" stand for, in sentences
// written for this test in the shapes of the pronoun errors judged on
// real news (coref14): a body named like a person, a person named by a
// name the dictionaries lack, a known person named again by a name no
// mention covers.
func TestPronounAntecedents(t *testing.T) {
	c, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, date string
		want             []string // "SRC ROOT TGT" that must be there
		not              []string // source codes (or "SRC ROOT TGT") that must not be
	}{
		// a role headed by a body's name word is a body (bodyWord)
		{"he is no service", "The Kenyan president praised the Ugandan intelligence service on Monday. He urged Tanzania to release the pilots.", "2004-05-01",
			[]string{"KENGOV 02 TZA"}, []string{"UGASPY 02 TZA"}},
		// a seat of government is a building (seatEntry)
		{"he is no seat of government", "Kenya criticised Downing Street on Monday. He urged Uganda to release the pilots.", "2004-05-01",
			nil, []string{"GBRGOV 02 UGA"}},
		{"he is no seat of government named in one word", "Kenya criticised the Kremlin on Monday. He urged Uganda to release the pilots.", "2004-05-01",
			nil, []string{"RUSGOV 02 UGA"}},
		// a party by its name is a body, its leader by the entry's
		// name ending in an office a person (partyBody)
		{"he is no party", "Kenya criticised the Liberal Democrats on Monday. He urged Uganda to release the pilots.", "2004-05-01",
			nil, []string{"GBROPP 02 UGA"}},
		{"he is the party's leader", "The Labour leader criticised Kenya on Monday. He urged Uganda to release the pilots.", "2004-05-01",
			[]string{"GBRGOV 02 UGA"}, nil},
		{"he is the party's peer named after it", "But Liberal Democrat peer Lord Smith said the pilots could now be released. He criticised the Kenyan government.", "2004-05-01",
			[]string{"GBROPP 11 KENGOV"}, nil},
		// a known person named again by a name no mention covers
		// (ownerNamed)
		{"he is the person named again by a name alone", "Former Labour prime minister Lord Okello has died. He took office in 1976 after the resignation of Harold Wilson. As a young minister, Lord Okello kept an open mind about trade. He once travelled to Tanzania in 1975.", "",
			[]string{"GBRELI 04 TZA"}, []string{"GBRGOV 04 TZA"}},
		// a speaker the dictionaries lack, named without a title
		// (unknownSpeakers)
		{"she is the unknown speaker with an apposition", "The Kenyan foreign minister criticised Uganda on Monday. Jane Otieno, lawyer for the pilots, said she criticised the Tanzanian authorities.", "2004-05-01",
			nil, []string{"KENGOV 11 TZAGOV"}},
		{"he is the unknown speaker after a possessive", "The Kenyan president criticised Uganda on Monday. The society's Peter Otieno said he urged Tanzania to release the pilots.", "2004-05-01",
			nil, []string{"KENGOV 02 TZA"}},
		{"a name after a line cut as a headline is the role's before it", "Ugandan Trade Minister Okello\nJames Ochieng said his nation would keep a surplus. Okello said a team he led agreed to buy Kenyan goods.", "2004-05-01",
			[]string{"UGAGOV 03 KEN"}, nil},
		// a "he" leading its sentence after one that led the sentence
		// before (a quotation's end between them) is the same person
		// (personFor, pronState.chain)
		{"he leading after he leading is the same", "The Ugandan president spoke in Kampala on Monday. When he refused to back the Kenyan president Mwai Kibaki, he said: \"I am not going to resign. They will have to throw me out.\" When still a minister, he criticised Tanzania.", "2004-05-01",
			[]string{"UGAGOV 11 TZA"}, []string{"KENGOV 11 TZA"}},
		{"she pointing ahead starts no chain", "Hillary Clinton criticised Uganda on Monday. Asked if she would resign, Ms Theresa May said she would not. She criticised Tanzania.", "2010-06-01",
			[]string{"GBRGOVHRI 11 TZA"}, []string{"USAGOV 11 TZA"}},
		{"a role before its verb leads the sentence", "Kenyan president Mwai Kibaki met Ugandan president Yoweri Museveni on Monday. Later, the spokesman said he believed Mr Museveni had left for Tanzania. This week he is due to visit Rwanda.", "2010-06-01",
			[]string{"UGAGOV 03 RWA"}, nil},
		// a "he" opening the sentence after one whose last person was
		// the direct object of its subject's verb is that subject
		// (objectSubject)
		{"he after a direct object is the subject", "On Monday the Kenyan president met Ugandan President Yoweri Museveni in Nairobi. He is due to visit Tanzania on Tuesday.", "2010-06-01",
			[]string{"KENGOV 03 TZA"}, []string{"UGAGOV 03 TZA"}},
		{"he after a person told is the one told", "The Kenyan president told Ugandan President Yoweri Museveni the talks had failed. He criticised Tanzania on Tuesday.", "2010-06-01",
			[]string{"UGAGOV 11 TZA"}, nil},
		// a person named only as the complement after "his …" and a
		// copula is not the later "he" (noteComplement)
		{"he is not the complement after his", "Mr Wekesa joined the Kenyan army in 1970. One of his fellow pupils was Yoweri Museveni. At army headquarters, he was posted to Nairobi. He criticised Tanzania for two years.", "2004-05-01",
			nil, []string{"UGAGOV 11 TZA"}},
		{"he after a complement without his", "Kenya criticised Uganda on Monday. The winner was Yoweri Museveni. He criticised Tanzania.", "2004-05-01",
			[]string{"UGAGOV 11 TZA"}, nil},
		// a verb whose own subject is an unresolved "he" takes no body
		// before it (unresolvedSubject)
		{"the authorities he'd been spying for are no spies", "Kenyan officials met on Monday. He made contact with the Ugandan authorities he'd been spying for, who arranged a meeting between him and a Tanzanian agent.", "2004-05-01",
			nil, []string{"UGAGOV 09"}},
		{"a possessor before an unresolved he is not its subject", "Kenyan officials met on Monday. In an interview with Uganda's network he criticised the Tanzanian media.", "2004-05-01",
			nil, []string{"UGA 11 TZAMED"}},
		{"a possessor in an opening phrase is not the subject of a resolved he", "Kenyan President Mwai Kibaki spoke on Monday. In an interview with Uganda's network NTV he criticised the Tanzanian media.", "2004-05-01",
			[]string{"KENGOV 11 TZAMED"}, []string{"UGA 11 TZAMED"}},
		// the speaker of a tag after a comma is no list member with the
		// actor before the comma (speechTagAfter, tagSubjectStart)
		{"the country before a speech tag's he is not a teller", "Chancellor Gordon Brown spoke to MPs. Mr Brown said it was vital the UK kept investing. Otherwise it would be overtaken by the likes of China, he told British MPs.", "2005-03-01",
			[]string{"GBRGOV 01 GBRLEG"}, []string{"CHN 01 GBRLEG"}},
		// a role's head before "in" (roleHead), a chamber (bodyNouns)
		{"he is no rebels in a country", "Kenya criticised the rebels in Sudan on Monday. He urged Uganda to release the pilots.", "2004-05-01",
			nil, []string{"SDNREB 02 UGA"}},
		{"he is no chamber of commerce", "Kenya praised the Ugandan Chamber of Commerce on Monday. He urged Tanzania to release the pilots.", "2004-05-01",
			nil, []string{"UGABUS 02 TZA"}},
		// a speech tag's pronoun after the clause it reports is not a
		// person that clause names (tagPronoun, speakerBefore)
		{"he in a speech tag is not the person in the clause", "Michael Howard spoke in London on Monday. This is the record Tony Blair will have to defend in the coming months, he said, urging Kenya to hold him to account.", "2005-01-15",
			[]string{"GBROPP 02 KEN"}, []string{"GBRGOV 02 KEN"}},
		// "both sides" after a sentence naming two other countries
		// (stalePair, sameCountries)
		{"both sides are the countries just named, not persons before", "Tony Blair met the Indian government in Delhi on Tuesday. He praised the new rail link. A new ferry between the Kenyan port of Mombasa and Dar es Salaam in Tanzania was also announced. Both sides agreed to begin talks on fishing rights.", "2005-01-15",
			[]string{"KEN 03 TZA", "TZA 03 KEN"}, []string{"GBRGOV 03 INDGOV"}},
		{"both sides stay the persons when the countries are theirs", "Tony Blair met the Indian government in Delhi on Tuesday. He praised the new rail link. A new ferry between Britain and India was also announced. Both sides agreed to begin talks on fishing rights.", "2005-01-15",
			[]string{"GBRGOV 03 INDGOV"}, nil},
		// "deputy PM" is the deputy prime minister, not Phoenix's DEPUTY
		// ~COP (gen/main.go British titles)
		{"a deputy PM is in government", "Kenyan deputy PM John Okello criticised Uganda on Monday.", "2005-01-15",
			[]string{"KENGOV 11 UGA"}, []string{"KENCOP"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := c.Code(context.Background(), "t", tc.text, tc.date)
			checkRoots(t, evs, tc.want, tc.not)
		})
	}
}
