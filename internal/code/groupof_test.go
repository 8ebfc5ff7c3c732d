package code

import "testing"

// TestGroupOfPeople checks groupOfPeople (cover17, issue 12): "a group of"
// and a nationality before a lower-case noun is a group of that
// nationality's people; a firm's "Group of" place stays no actor.
func TestGroupOfPeople(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a group of hackers", "A group of Kenyan hackers attacked Uganda.", []string{"KEN/UGA/190"}, nil},
		{"a firm's seat", "The Acme Group of Kenya criticised Uganda.", nil, []string{"KEN/UGA"}},
	}
	for _, tc := range tests {
		checkTriples(t, c, tc.name, tc.text, "2010-01-01", "", tc.want, tc.not)
	}
}
