package code

import "testing"

// TestExIGOOfficial: a former official of an IGO is not the IGO; its
// present officials and a former thing of it stay (exigo.go).
func TestExIGOOfficial(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"former ... director after the name", "Kenya has asked a former International Monetary Fund director to run its central bank.",
			nil, []string{"KEN/IGOBUSIMF/"}},
		{"a former IMF chief", "Kenya asked a former IMF chief to advise its treasury.",
			nil, []string{"KEN/IGOBUSIMF/"}},
		{"a former UN envoy, an entry of its own", "Kenya praised a former UN envoy.",
			nil, []string{"KEN/IGOUNO/"}},
		{"the present official stays", "Kenya praised the UN envoy.",
			[]string{"KEN/IGOUNO/051"}, nil},
		{"a former programme is no person", "Kenya criticised a former IMF programme.",
			[]string{"KEN/IGOBUSIMF/111"}, nil},
	})
}
