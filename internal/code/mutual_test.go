package code

import (
	"context"
	"testing"
)

// TestMutualPartner: a mutual code's reverse event needs the target named
// as a partner (mutual.go noPartner); sentences written for this test.
func TestMutualPartner(t *testing.T) {
	c, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"the of phrase of a thing is no partner", "The Kenyan army carried out operations to ease the plight of Ugandan refugees.",
			[]string{"KENMIL 06 UGAREF"}, []string{"UGAREF 06 KENMIL"}},
		{"the one contacted does not contact back", "The Kenyan police had contacted the crime unit of the Ugandan police.",
			[]string{"KENCOP 04 UGACOP"}, []string{"UGACOP 04 KENCOP"}},
		{"a place after at is where, not who", "Kenyan officials held a meeting at the Ugandan embassy.",
			nil, []string{"UGAGOV 04 KENGOV"}},
		{"the place arrived in for talks is the host", "The Kenyan foreign minister arrived in Uganda for talks with Ugandan leaders.",
			[]string{"KENGOV 04 UGA", "UGA 04 KENGOV"}, nil},
		{"the subject of an infinitive after for is a party", "The Kenyan oil company reached a preliminary deal for Tanzanian firms to take part in the project.",
			[]string{"KENBUS 05 TZABUS", "TZABUS 05 KENBUS"}, nil},
		{"the of phrase of a count is the partner", "Kenyan farmers held talks with a bunch of Ugandan traders.",
			[]string{"KENAGR 04 UGABUS", "UGABUS 04 KENAGR"}, nil},
		{"the of phrase of a polity's noun is the partner", "Kenya has established diplomatic ties with the Republic of Uganda.",
			[]string{"KEN 05 UGA", "UGA 05 KEN"}, nil},
		{"a with of a noun of place after the target is no partner", "Ugandan government missiles have struck a rebel-held area near the frontier with the Kenyan-occupied hills.",
			[]string{"UGAGOV 19 UGAREB"}, []string{"UGAREB 19 UGAGOV"}},
		{"the object fought near a border is fought one way", "Kenyan troops fought Ugandan rebels near the border with Tanzania.",
			[]string{"KENMIL 19 UGAREB"}, []string{"UGAREB 19 KENMIL"}},
		{"a partner after clashed with stays both ways", "Kenyan troops clashed with Ugandan rebels.",
			[]string{"KENMIL 19 UGAREB", "UGAREB 19 KENMIL"}, nil},
		{"a deal with a partner stays both ways", "Kenya signed a deal with Uganda.",
			[]string{"KEN 05 UGA", "UGA 05 KEN"}, nil},
		{"a partner after with stays both ways", "The Kenyan president held talks with the Ugandan president.",
			[]string{"KENGOV 04 UGAGOV", "UGAGOV 04 KENGOV"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := c.Code(context.Background(), "t", tc.text, "2005-03-01")
			checkRoots(t, evs, tc.want, tc.not)
		})
	}
}
