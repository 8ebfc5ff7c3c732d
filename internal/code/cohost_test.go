package code

import "testing"

// TestCoHost: "hosting with X" right after the verb makes X a second
// host, no guest (coHost, chprec22, issue 17).
func TestCoHost(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"co-host", "The African Union was seeking aid for war victims in Sudan at a donor conference that it was hosting with Kenya in Nairobi.",
			[]string{"IGOAFRAFU/SDNCVL/023"}, []string{"/043", "/042"}},
		{"guest", "Kenya hosted Uganda's president in Nairobi.", []string{"KEN/UGAGOV/043", "UGAGOV/KEN/042"}, nil},
	})
}
