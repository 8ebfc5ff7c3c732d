package code

import "testing"

// TestFirmInBrackets: a country's possessive before a firm's name in
// angle brackets is that country's business; a place in brackets inside
// a firm's name is no actor; a firm's goods made in a place name no
// party.
func TestFirmInBrackets(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"a possessive before angle brackets", "Uganda accused South Korea's <Lucky-Goldstar Group> of dumping.", []string{"UGA/KORBUS/112"}, []string{"UGA/KOR/"}},
		{"a firm's name in brackets with Ltd", "Kenya criticised Uganda's <Nile Breweries Ltd> for its prices.", []string{"KEN/UGABUS/111"}, nil},
		{"a state's bank in brackets stays the state", "Kenya criticised Uganda's <National Bank of Uganda> for its prices.", []string{"KEN/UGA/111"}, nil},
		{"a place in brackets in a name", "Uganda fined Acme Trading (Kenya) Ltd.", nil, []string{"UGA/KEN/"}},
		{"a place in brackets after the country itself stays", "Uganda criticised the U.S. (the superpower) for its plan.", []string{"UGA/USA/111"}, nil},
		{"a firm's goods of a hyphenated place", "Acme Corp said it sold 500 Kenyan-built cars.", nil, []string{"/KEN/"}},
		{"a firm's U.S.-built cars", "Toyota said it sold 500 U.S.-built cars.", nil, []string{"/USA/"}},
		{"a state's deal keeps the place", "Kenya agreed to buy more U.S.-made parts.", []string{"KEN/USA/"}, nil},
	})
}
