package code

import "testing"

func TestAgainstPurpose(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		// the one money is raised to fight is no party
		{"raised money to fight", "The Kenyan opposition raised money to fight the Ugandan government.", ""},
		{"raised funds to attack", "The Kenyan rebels raised funds to attack Uganda.", ""},
		// kept: a beneficiary, aid with its purpose, a helping purpose
		{"raised for victims", "Kenya raised money for Ugandan flood victims.", "KEN/UGACVL/0231"},
		{"gave to fight rebels", "Kenya gave Uganda $5 million to fight the rebels.", "KEN/UGA/071"},
		{"raised to help", "Kenya raised money to help Uganda.", "KEN/UGA/0231"},
		{"appealed for money", "Kenya appealed to Uganda for money.", "KEN/UGA/0231"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriple(t, c, tc.text, "2010-01-01", tc.want)
		})
	}
}
