package code

import (
	"context"
	"strings"
	"testing"
)

// TestListObjectAndStanding: a compound subject whose verb has a party
// as its own object is not paired (listobject.go objectParty); a
// predicate adjective of attitude held over time is no act (standing.go
// standingAttitude). The events must be exactly these.
func TestListObjectAndStanding(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"list toward an uncoded party", "Fighting goes on as Kenya and Uganda support the government.", ""},
		{"list toward rebels", "Kenya and Uganda support the rebels.", ""},
		{"list with an object no party", "Kenya and Uganda signed a deal.", "KEN/UGA/057 UGA/KEN/057"},
		{"list, each other", "Kenya and Uganda support each other against the rebels.", "KEN/UGA/050 UGA/KEN/050"},
		{"list discussed a party's offer", "Kenya and Uganda discussed the government's offer.", "KEN/UGA/040 UGA/KEN/040"},
		{"attitude since", "Kenya has been critical of Uganda since the election.", ""},
		{"attitude long", "Kenya has long been critical of Uganda.", ""},
		{"attitude for years", "Kenya has been critical of Uganda for years.", ""},
		{"attitude, no duration", "Kenya is highly critical of Uganda.", "KEN/UGA/111"},
		{"attitude with a cause", "Kenya was critical of Uganda for its plan.", "KEN/UGA/111"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2010-01-01")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
