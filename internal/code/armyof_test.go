package code

import (
	"context"
	"strings"
	"testing"
)

// TestFigurativeArmy: an army of people who are no soldiers is no
// military; a country's army and an army of fighters stay.
func TestFigurativeArmy(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, want string }{
		{"An army of lawyers criticised the Kenyan government.", ""},           // was KENMIL 111 KENGOV
		{"An army of Kenyan volunteers criticised the Ugandan president.", ""}, // was KENMIL 111 UGAGOV
		{"The army of Kenya attacked Ugandan rebels.", "KENMIL/UGAREB/190"},
		{"An army of mercenaries attacked the Kenyan government.", "KENMIL/KENGOV/111"},
		{"The Kenyan army attacked Ugandan rebels.", "KENMIL/UGAREB/190"},
		{"Kenya accused the Ugandan army of killing civilians.", "KEN/UGAMIL/111"}, // the accusation's "of"; was nothing
		{"Amnesty International accused the Kenyan army of abuses.", "NGOHRIAMN/KENMIL/111"},
	} {
		got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2016-08-19")), " ")
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
