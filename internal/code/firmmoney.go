package code

import (
	"strings"

	"dyad/internal/dict"
)

// currencyPattern reports whether a pattern names a sum of money
// (CAMEO.2.0's "PAY * &CURRENCY", "RAISE * &CURRENCY", "WIN * &CURRENCY"
// and the like), the patterns that code aid, loans and their requests.
func currencyPattern(p *dict.Pattern) bool {
	if p == nil {
		return false
	}
	for _, el := range p.Pre {
		if el.Kind == dict.TokSet && el.Set == "CURRENCY" {
			return true
		}
	}
	for _, el := range p.Post {
		if el.Kind == dict.TokSet && el.Set == "CURRENCY" {
			return true
		}
	}
	return false
}

// firmActor reports whether an actor code is a business: a
// multinational (MNC…) or a country's firms (…BUS…, "USABUS",
// "USAGOVBUS"); an IGO's code (IGOBUSIMF) is an organisation of states.
func firmActor(code string) bool {
	if strings.HasPrefix(code, "MNC") {
		return true
	}
	return len(code) > 3 && !strings.HasPrefix(code, "IGO") && strings.Contains(code[3:], "BUS")
}

// firmMoney reports whether an event of a money pattern has a business on
// either side: a price paid, money spent or raised, a contract won is
// commerce, no aid given, promised or asked for ("Kenya Airways will
// spend 14 mln dlrs in Uganda", "the Uganda army awarded a Kenyan firm a
// 50 mln dlr contract").
func firmMoney(p *dict.Pattern, src, tgt string) bool {
	return currencyPattern(p) && (firmActor(src) || firmActor(tgt))
}
