package code

import "testing"

// TestMarketAndCityAccord: a place's market and an accord named after a
// city are no actors; market traders and the city itself stay.
func TestMarketAndCityAccord(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2005-01-15", "", []tripleCase{
		{"a city's accord", "A Kenyan official said the Kampala agreement was the main reason the border was calm.", nil, []string{"KENGOV/UGA/010"}},
		{"a city's accord as a title", "Kenya said it stood by the Kampala Accord.", nil, []string{"KEN/UGA/051"}},
		{"a city's communique", "Kenya criticised the Arusha communique.", nil, []string{"KEN/TZA/111"}},
		{"a city's stock market", "The Kenyan finance minister said the Kampala stock market would attract foreign investors.", nil, []string{"KENGOV/UGABUS/010"}},
		{"a people's market", "Kenya said the Ugandan market was closed to Kenyan firms.", nil, []string{"KEN/UGABUS/010"}},
		{"a market after an abbreviation's dot", "Kenya praised the U.S. Market for its openness.", nil, []string{"KEN/USABUS/051"}},
		{"markets opened: the parties stay", "Kenya and Uganda remain at odds over opening Ugandan markets to Kenyan goods.", []string{"KEN/UGA/110", "UGA/KEN/110"}, []string{"UGABUS"}},
		{"market traders stay a firm phrase", "Kenya criticised Ugandan market traders.", []string{"KEN/UGABUS/111"}, nil},
		{"the city itself stays", "Kenya criticised Kampala for the delay.", []string{"KEN/UGA/111"}, nil},
	})
}
