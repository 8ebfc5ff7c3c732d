package code

import "testing"

// TestFirmCommerce: a private firm's commerce with another firm or with a
// country named only as a market, a seat or an origin codes nothing; a
// government's act on firms, a state firm's deal, a country that acts
// and a firm's words stay.
func TestFirmCommerce(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"a bid for a firm of a country", "A Kenyan company bid for a Ugandan brewery.", nil, []string{"KENBUS/UGA/"}},
		{"a stake in a firm", "Kenyan banks agreed to acquire a stake in a Ugandan bank.", nil, []string{"KENBUS/UGABUS/"}},
		{"a contract between firms", "Kenyan firms said they signed a contract with Ugandan firms.", nil, []string{"KENBUS/UGABUS/"}},
		{"imports from a list of countries", "Kenyan firms imported tea from Tanzania, Burundi and Uganda.", nil, []string{"KENBUS/TZA/", "KENBUS/BDI/", "KENBUS/UGA/"}},
		{"sales to a list of countries", "Ugandan traders said they would sell tea to Kenya, Burundi and Tanzania.", nil, []string{"UGABUS/KEN/", "UGABUS/BDI/", "UGABUS/TZA/"}},
		{"a tender for a country's goods", "Kenyan traders will tender for two cargoes of Ugandan maize.", nil, []string{"KENBUS/UGA/"}},
		{"a state airline under a governments' agreement stays", "Kenya Airways, the state-owned airline, said it would begin flights to Uganda under an air agreement between the two governments.", []string{"KENBUS/UGA/0"}, nil},
		{"a country supplied stays", "Kenyan firms won a contract to supply Uganda with 20 trucks.", []string{"KENBUS/UGA/060"}, nil},
		{"a state oil company's supply stays", "Kenya's state oil company agreed to supply Uganda with crude oil.", []string{"KENBUS/UGA/031"}, nil},
		{"an embargo on a firm's exports stays", "Kenya banned exports by Kenyan firms to Uganda.", []string{"KEN/KENBUS/163"}, nil},
		{"a ban on firms' imports stays", "Kenya banned imports from Ugandan firms.", []string{"KEN/UGABUS/163"}, nil},
		{"an army's contract stays", "The Kenyan army awarded Ugandan firms a contract for 40 trucks.", []string{"KENMIL/UGABUS/061"}, nil},
		{"a country that plans stays", "Uganda plans to buy Kenyan tea, with a Kenyan bank as lead manager.", []string{"UGA/KEN/0311"}, nil},
		{"firms' accusation stays", "Kenyan firms accused Ugandan traders of dumping.", []string{"KENBUS/UGABUS/112"}, nil},
		{"firms' criticism stays", "Kenyan traders criticised Uganda.", []string{"KENBUS/UGA/111"}, nil},
	})
}

// TestPlaceInName: a place inside a bank's, a firm's, a rate's or an
// index's name is no actor; the place alone stays.
func TestPlaceInName(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"a bank named First and a city", "Uganda accused First Nairobi of fraud.", nil, []string{"UGA/KEN/"}},
		{"a firm named after a city", "Uganda criticised Nairobi Electric for its prices.", nil, []string{"UGA/KEN/"}},
		{"a rate named after a city", "Uganda wants to pay the Nairobi Interbank Offered Rate in cash.", nil, []string{"UGA/KEN/"}},
		{"an index named after a city", "Uganda criticised the Nairobi Stock Price Index.", nil, []string{"UGA/KEN/"}},
		{"the city stays", "Uganda criticised Nairobi for its prices.", []string{"UGA/KEN/111"}, nil},
		{"a sentence-opening First, stays", "First, Kenya criticised Uganda.", []string{"KEN/UGA/111"}, nil},
	})
}
