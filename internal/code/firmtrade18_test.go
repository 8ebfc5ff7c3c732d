package code

import (
	"context"
	"strings"
	"testing"
)

// TestFirmTradeNouns: a country word before the name of a commodity trade
// ("crushers", "millers", "brokers", "dealers") is a firm's nationality,
// BUS, as before "firms" (precision.go firmNouns; reuters18, issue 17).
// "Buyers" stay out: a state's trading agency buys too.
func TestFirmTradeNouns(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ name, text, want string }{
		{"crushers bought", "Kenyan crushers bought 5,000 tonnes of Ugandan rapeseed.", "KENBUS/UGA/061"},
		{"millers bought", "Ugandan millers bought 20,000 tonnes of Kenyan wheat.", "UGABUS/KEN/061"},
		{"officials met dealers", "Kenyan officials met Ugandan grain dealers in Nairobi.", "KENGOV/UGABUS/040"},
		{"a state bought", "Kenya bought 5,000 tonnes of Ugandan maize.", "KEN/UGA/061"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2010-01-01")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
