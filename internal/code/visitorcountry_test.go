package code

import "testing"

// TestVisitorCountry: a role without a country that is the agent of a
// visit to a place is not of the place visited.
func TestVisitorCountry(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"the visitor is not of the place visited", "Uganda hopes for progress during next week's visit to Nairobi by Trade Minister John Okello, officials said. Okello criticised Tanzania.", nil, []string{"KENGOV/TZA/"}},
		{"the host's role stays", "Kenyan officials welcomed the visit to Nairobi. Trade Minister John Okello criticised Tanzania.", []string{"KENGOV/TZA/111"}, nil},
	})
}
