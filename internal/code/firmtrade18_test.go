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
		// their purchase of a country's goods is commerce, no event (firmcommerce.go); their words to a country show the nationality
		{"crushers bought", "Kenyan crushers bought 5,000 tonnes of Ugandan rapeseed.", ""},
		{"millers bought", "Ugandan millers bought 20,000 tonnes of Kenyan wheat.", ""},
		{"crushers accused", "Kenyan crushers accused Uganda of dumping rapeseed.", "KENBUS/UGA/112"},
		{"millers criticised", "Ugandan millers criticised Kenya over wheat prices.", "UGABUS/KEN/111"},
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
