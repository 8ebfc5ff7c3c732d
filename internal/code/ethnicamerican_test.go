package code

import "testing"

// TestEthnicAmerican: a country before "Americans" (or "American" and a
// role word) names an origin; the people are American
// (ethnicamerican.go).
func TestEthnicAmerican(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2010-01-01", "", []tripleCase{
		{"origin before Americans", "Kenyan Americans criticised Uganda.", []string{"USA/UGA/111"}, []string{"KEN/"}},
		{"origin before American and a role", "Kenyan American voters criticised Uganda.", []string{"USACVL/UGA/111"}, []string{"KEN"}},
		{"a role of the country stays", "Kenyan officials criticised Uganda.", []string{"KENGOV/UGA/111"}, nil},
		{"Americans alone stay", "Kenya criticised Americans.", []string{"KEN/USA/111"}, nil},
	})
}
