package relevance

import (
	"strings"
	"testing"

	"dyad/internal/news"
)

// TestGoodsOrigin: a firm's purchase or sale of a country's goods is no
// act of the country (goods.go; reuters18, issue 17); a firm's deal with
// a country named alone, a state's purchase and other codes are left to
// the other rules.
func TestGoodsOrigin(t *testing.T) {
	for _, tc := range []struct {
		sent, src, srcCode, tgt, tgtCode, cameo string
		want                                    bool
	}{
		{"Kenyan crushers bought 5,000 tonnes of Ugandan rapeseed overnight.", "Kenyan", "KENBUS", "Ugandan", "UGA", "061", true},
		{"Kenyan millers have agreed to buy Ugandan wheat for May shipment.", "Kenyan", "KENBUS", "Ugandan", "UGA", "0311", true},
		{"Ugandan wheat was bought by Kenyan millers.", "Ugandan", "UGA", "Kenyan", "KENBUS", "061", true},
		{"Kenyan firms sold maize to Uganda last week.", "Kenyan", "KENBUS", "Uganda", "UGA", "061", false},
		{"Kenyan firms sold maize to Uganda.", "Kenyan", "KENBUS", "Uganda", "UGA", "061", false},
		{"Kenya bought 5,000 tonnes of Ugandan maize.", "Kenya", "KEN", "Ugandan", "UGA", "061", false},
		{"Kenyan banks criticised Ugandan tariffs.", "Kenyan", "KENBUS", "Ugandan", "UGA", "111", false},
		{"Kenyan firms lent to the Ugandan government.", "Kenyan", "KENBUS", "Ugandan government", "UGAGOV", "061", false},
	} {
		s, g := strings.Index(tc.sent, tc.src), strings.LastIndex(tc.sent, tc.tgt)
		ev := &news.Event{CAMEO: tc.cameo,
			Source: news.Actor{Code: tc.srcCode, Country: tc.srcCode[:3]},
			Target: news.Actor{Code: tc.tgtCode, Country: tc.tgtCode[:3]},
			Evidence: []news.Evidence{{
				SourceSpan: &news.Span{Start: s, End: s + len(tc.src)},
				TargetSpan: &news.Span{Start: g, End: g + len(tc.tgt)},
			}}}
		if got := GoodsOrigin(tc.sent, ev) != ""; got != tc.want {
			t.Errorf("GoodsOrigin(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}
