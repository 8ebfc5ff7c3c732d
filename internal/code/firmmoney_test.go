package code

import "testing"

// TestFirmMoney: a money pattern's event with a business on either side
// is commerce (spent, raised, won, paid to investors), no aid; loans
// and aid between states and IGOs stay.
func TestFirmMoney(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-17", "", []tripleCase{
		{"a firm's money spent", "Ugandan businesses will spend 14 mln dlrs in Kenya.", nil, []string{"UGABUS/KEN/0331"}},
		{"money raised by businessmen", "Kenyan businessmen raised 200 mln dlrs in Uganda.", nil, []string{"KENBUS/UGA/0231"}},
		{"notes won by a bank", "A Kenyan bank won 250 mln dlrs of Ugandan notes.", nil, []string{"UGA/KENBUS/071"}},
		{"investors paid", "Ugandan investors will receive 103 mln dlrs from Kenya.", nil, []string{"KEN/UGABUS/0331"}},
		{"a state's loan stays", "Kenya lent Uganda 20 mln stg.", []string{"KEN/UGA/071"}, nil},
		{"an IGO's loan stays", "The World Bank lent Uganda 20 mln dlrs.", []string{"IGOUNODEVWBK/UGA/071"}, nil},
	})
}
