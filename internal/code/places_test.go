package code

import "testing"

// TestPlacesNamedOnly: a place after "in the", a gathering's place, a
// town named after "the resort of", where the subject is, where a
// broadcast was monitored and where a violent act happened are no
// parties; capitals standing for governments, visits and a state's
// detentions stay.
func TestPlacesNamedOnly(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2005-01-15", "", []tripleCase{
		{"a venue after in the", "The Kenyan minister said in the Netherlands that the plan would work.", nil, []string{"KENGOV/NLD/010"}},
		{"a gathering's place as target", "Kenya raised the issue at last year's annual meeting in Kampala.", nil, []string{"KEN/UGA/110"}},
		{"a gathering's place past time words", "The Kenyan minister threatened at last week's spring meeting in Kampala of the IMF to break off talks.", nil, []string{"KENGOV/UGA/130"}},
		{"a gathering's place as the passive's agent", "Kenya, Tanzania and Rwanda were invited to the IMF meeting in Kampala.", nil, []string{"UGA/KEN/036", "UGA/TZA/036"}},
		{"a visit to a gathering's place stays", "The Kenyan president attended a meeting in Kampala on Monday.", []string{"KENGOV/UGA/042", "UGA/KENGOV/043"}, nil},
		{"where the subject is", "Okello, who is in Nairobi to attend the meetings of the IMF, said he had unveiled his proposals.", nil, []string{"KEN/IGOBUSIMF/042", "IGOBUSIMF/KEN/043"}},
		{"a resort named after its kind", "The talks, at the Ugandan resort of Munyonyo, are being held to coordinate the EU's positions on trade.", nil, []string{"UGA/IGOEUREEC/050"}},
		{"a resort's country as a meeting's target", "Kenyan and Ugandan ministers will meet in the Tanzanian resort of Arusha next week.", []string{"KENGOV/UGAGOV/036"}, []string{"TZA"}},
		{"a city before a gathering's words", "The Kenyan minister will not agree to a deal at the Kampala peace talks.", nil, []string{"KENGOV/UGA/125"}},
		{"a people's adjective before a gathering stays for other acts", "Kenya criticised the Ugandan peace talks.", []string{"KEN/UGA/111"}, nil},
		{"monitored in a city", "Radio Kampala, monitored in Nairobi, said the Ugandan army had crossed the border.", nil, []string{"UGA/KEN/090"}},
		{"an agency monitored in a city", "The Ugandan news agency, monitored in Nairobi, reported that the Ugandan president had met rebels.", nil, []string{"UGAMED/KEN/090"}},
		{"kidnapped in a city", "A Kenyan aid worker was kidnapped in Kampala on Monday.", nil, []string{"UGA/KENNGO/181"}},
		{"a state's detention keeps its agent", "A Kenyan journalist was detained in Uganda last week.", []string{"UGA/KENMED/173"}, nil},
		{"a capital for its government stays", "Nairobi protested to Kampala over the border closure.", []string{"KEN/UGA/"}, nil},
		{"people in a city stay", "Officials in Kampala criticised Kenya.", []string{"UGAGOV/KEN/111"}, nil},
		{"a visit to a country after the stays", "The Kenyan president made a visit to the Netherlands.", []string{"KENGOV/NLD/042"}, nil},
		{"an attack claimed in a city stays", "Kenyan rebels claimed responsibility for the attack in Kampala.", []string{"KENREB/UGA/015"}, nil},
	})
}
