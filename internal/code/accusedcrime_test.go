package code

import "testing"

// TestAccusedOfCrime: a bare accusation (112) from a form of "accuse"
// gets the sub-code of the crime named (1121 crime or corruption, 1125
// espionage or treason); no crime named keeps 112.
func TestAccusedOfCrime(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2005-01-01", "", []tripleCase{
		{"corruption", "Kenya accused Uganda of corruption.", []string{"KEN/UGA/1121"}, nil},
		{"espionage", "Kenya has accused Ugandan officials of espionage.", []string{"KEN/UGAGOV/1125"}, nil},
		{"spying", "Kenya accused Uganda of spying.", []string{"KEN/UGA/1125"}, nil},
		{"treason", "Kenya accused Uganda of treason.", []string{"KEN/UGA/1125"}, nil},
		{"passive, smuggling", "Uganda was accused by Kenya of smuggling.", []string{"KEN/UGA/1121"}, nil},
		{"no crime named keeps 112", "Kenya accused Uganda of lying.", []string{"KEN/UGA/112"}, nil},
		{"no object keeps 112", "Kenya accused Uganda.", []string{"KEN/UGA/112"}, nil},
	})
}
