package relevance

// goods.go: a firm buying or selling a country's goods is no act of the
// country. In economic cooperation (06x, 0311) between a firm and a bare
// country (Market), a country word right before a lower-case noun
// qualifies the goods ("Kenyan crushers bought Ugandan rapeseed", "to buy
// U.S. beans"): it names where they come from, not a state that acts.
// Found on Reuters (reuters18, issue 17), where Market alone held only in
// articles judged non-political.

import (
	"strings"

	"dyad/internal/news"
)

// notGoods are lower-case words after a country that start no noun
// phrase of goods: time words, prepositions, conjunctions, verbs.
var notGoods = map[string]bool{
	"last": true, "next": true, "this": true, "on": true, "in": true, "at": true, "and": true, "or": true,
	"for": true, "to": true, "of": true, "by": true, "with": true, "from": true, "as": true, "is": true,
	"was": true, "has": true, "had": true, "have": true, "are": true, "were": true, "will": true,
	"would": true, "said": true, "says": true, "that": true, "which": true, "who": true, "earlier": true,
	"later": true, "yesterday": true, "today": true, "tomorrow": true, "over": true, "under": true,
	"after": true, "before": true, "since": true, "but": true, "while": true, "because": true,
	"officials": true, "government": true, "authorities": true, "state": true, "ministry": true,
	"agency": true, "people": true, "market": true, "markets": true,
}

// GoodsOrigin returns why an event of a firm and a country's goods is no
// event, or "".
func GoodsOrigin(sent string, ev *news.Event) string {
	src, tgt := stateCode(ev.Source), stateCode(ev.Target)
	if !Market(src, tgt, ev.CAMEO) || len(ev.Evidence) == 0 {
		return ""
	}
	sp := ev.Evidence[0].TargetSpan
	if len(src) == 3 {
		sp = ev.Evidence[0].SourceSpan
	}
	if sp == nil || sp.End >= len(sent) || sent[sp.End] != ' ' && sent[sp.End] != '\n' {
		return ""
	}
	rest := strings.TrimLeft(sent[sp.End:], " \n")
	n := 0
	for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
		n++
	}
	w := rest[:n]
	if n < 3 || n < len(rest) && rest[n] != ' ' && rest[n] != ',' && rest[n] != '.' && rest[n] != '\n' || notGoods[w] {
		return ""
	}
	return "goods' origin (" + sent[sp.Start:sp.End] + " " + w + "): a firm's trade, no act of the country"
}
