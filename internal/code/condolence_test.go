package code

import "testing"

// TestCondolenceAndAccusedCrime: condolences sent are an empathetic comment (verbs.dyad
// SEND, 018); an actor accused or blamed of a crime is accused (112x),
// not arrested (accusedcrime.go) (issue 17).
func TestCondolenceAndAccusedCrime(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"sent condolences", "Kenya sent condolences to Uganda.", []string{"KEN/UGA/018"}, nil},
		{"sent a condolence message", "Kenya sent a condolence message to Uganda.", []string{"KEN/UGA/018"}, []string{"KEN/UGA/040"}},
		{"sent a message of sympathy", "Kenya sent a message of sympathy to Uganda.", []string{"KEN/UGA/018"}, nil},
		{"sent a message", "Kenya sent a message to Uganda.", []string{"KEN/UGA/040"}, nil},
		{"accused of war crimes", "Kenya accused Uganda of war crimes.", []string{"KEN/UGA/1124"}, []string{"KEN/UGA/173"}},
		{"accused of committing a war crime", "Kenya accused Uganda of committing a war crime.", []string{"KEN/UGA/1124"}, nil},
		{"accused of a quoted war crime", "Kenya accused Ugandan troops of committing a \u201cwar crime\u201d in Gulu.", []string{"KEN/UGAMIL/1124"}, nil},
		{"accused, passive", "Uganda was accused by Kenya of crimes against humanity.", []string{"KEN/UGA/1124"}, nil},
		{"blamed for a crime", "Kenya blamed Uganda for the crime.", []string{"KEN/UGA/1121"}, nil},
		{"prosecutors charge", "Kenyan prosecutors accused the Ugandan minister of fraud.", []string{"KENJUD/UGAGOV/173"}, nil},
		{"convicted stays", "A Kenyan court convicted the Ugandan man of war crimes.", []string{"KENJUD/UGAPPL/173"}, nil},
	})
}
