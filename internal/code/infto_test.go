package code

import "testing"

// TestInfinitiveToNoMatch: a bare "* TO" pattern does not match the "to"
// of an infinitive; a recipient after "to" stays.
func TestInfinitiveToNoMatch(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"exporting companies to help", "Kenya cut loans to exporting companies to help reduce its trade surplus with Uganda.",
			nil, []string{"KEN/UGA/061"}},
		{"exported to help", "Kenya exported more maize to help cut its trade deficit with Uganda.",
			nil, []string{"KEN/UGA/061"}},
		{"exported to a country stays", "Kenya exported maize to Uganda.",
			[]string{"KEN/UGA/061"}, nil},
		{"exported to the country stays", "Kenya exported maize to the Ugandan government.",
			[]string{"KEN/UGAGOV/061"}, nil},
	})
}
