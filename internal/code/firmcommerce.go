// A firm's commerce is no political event (business, issue 17): "Acme
// Inc bought a Ugandan brewery", "a Kenyan firm won a contract from a
// Ugandan mill", "Kenyan exporters shipped tea to Uganda".
//
// CAMEO codes events between political actors. A firm's dealings with
// another firm, or with a country named only as the market, the seat or
// the origin of the goods ("Ugandan tea", "a mill in Uganda", "shipped
// to Uganda"), are business a political coder does not record. What a
// government does to or with a firm (an embargo, a contract of its
// army, a court's order, a state firm's deal) is left alone: the rule
// needs a private firm on one side and, on the other, a private firm or
// a country that only qualifies a thing or names a place, and none of
// the sentence's words naming a state's firm or a government.

package code

// commerceWords name a commercial dealing: a purchase, a sale, a bid or
// a takeover, a merger, a shipment, a contract or an order, a stake or
// shares, a venture or a partnership, a customer. A firm's own
// operations abroad (a plant built, flights begun, an office opened) are
// not here: a foreign firm's investment in a country is judged economic
// cooperation with it (030, "plans to build a second plant in Uganda").
var commerceWords = wordSet(
	"BUY", "BUYS", "BOUGHT", "BUYING", "PURCHASE", "PURCHASED", "PURCHASES", "PURCHASING",
	"SELL", "SELLS", "SOLD", "SELLING", "SALE", "SALES",
	"ACQUIRE", "ACQUIRED", "ACQUIRES", "ACQUIRING", "ACQUISITION",
	"MERGE", "MERGED", "MERGER", "BID", "BIDS", "BIDDING", "BIDDERS", "TAKEOVER",
	"SHIP", "SHIPS", "SHIPPED", "SHIPMENT", "SHIPMENTS", "EXPORT", "EXPORTED", "EXPORTING",
	"IMPORT", "IMPORTED", "IMPORTING", "AWARD", "AWARDS", "AWARDED",
	"SUPPLY", "SUPPLIES", "SUPPLIED", "CONTRACT", "CONTRACTS", "ORDER", "ORDERS",
	"STAKE", "SHARES", "OFFERING", "TENDER", "VENTURE", "PARTNERSHIP", "CUSTOMER", "CUSTOMERS",
)

// stateDealWords mark a sentence where the firm is the state's or the
// dealing is under a government's agreement ("Kenya Airways, the
// state-owned airline, will begin flights to Uganda under an air
// agreement between the two governments", "an Argentine public
// company"): the state takes part, and the event may be one.
var stateDealWords = wordSet("STATE-OWNED", "STATE-RUN", "GOVERNMENT-OWNED", "NATIONALISED", "NATIONALIZED",
	"PUBLIC", "GOVERNMENT", "GOVERNMENTS")

// privateFirm reports whether an actor code is a private firm's: a
// multinational or a country's business sector, not a state's own
// business body or state firm (…GOVBUS) nor an IGO.
func privateFirm(code string) bool {
	return firmActor(code) && !containsGov(code)
}

func containsGov(code string) bool {
	for i := 0; i+3 <= len(code); i++ {
		if code[i:i+3] == "GOV" {
			return true
		}
	}
	return false
}

// marketPrep: before a country, a place of business or a destination
// ("a mill in Uganda", "Acme Inc of Nairobi", "tea from Uganda",
// "shipped to Uganda").
var marketPrep = wordSet("IN", "OF", "FROM", "TO", "INTO")

// compassWords name a part of a country: "in northern Uganda".
var compassWords = wordSet("NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "CENTRAL", "NORTH", "SOUTH", "EAST", "WEST", "RURAL")

// marketCountry reports whether member m is a bare country (a place's
// code, no person, no body) named only as a market, a seat or an
// origin: a preposition of place before it (a compass word between:
// "in northern Uganda"), or a word after it that it qualifies ("Ugandan
// tea", "U.S. Soybeans", "buy Kenya tea"); as the subject of the verb or
// its object ("Uganda signed", "Uganda plans to buy", "to supply Uganda
// with") it is the country acting or acted on.
func marketCountry(toks []token, m member, cd cand) bool {
	a := m.actor
	if m.sent != 0 || m.person || m.pronoun || len(a.Code) != 3 || a.Code != a.Country {
		return false
	}
	p := m.start - 1
	if p >= 1 && compassWords[toks[p].up] && !toks[p].capital {
		p-- // "in northern Uganda"
	}
	if p >= 1 && p < m.start && toks[p].up == "THE" && (toks[p-1].up == "AND" || toks[p-1].up == "OR" || toks[p-1].up == ",") {
		p-- // "… and the Philippines"
	}
	for k := 0; k < 8 && p >= 1 && (toks[p].up == "," || toks[p].up == "AND" || toks[p].up == "OR") && toks[p-1].capital; k++ {
		// a later member of a list: "from Kenya, Tanzania and Uganda"
		for p--; p >= 1 && toks[p].capital && !toks[p].punct && !functionWords[toks[p].up]; p-- {
		}
	}
	if p >= 0 && p < m.start && toks[p].up == "THE" {
		p-- // "to the U.S."
	}
	if p >= 0 && marketPrep[toks[p].up] {
		return true
	}
	if m.end >= len(toks) || m.end == cd.verbStart {
		return false
	}
	n := toks[m.end]
	if n.punct || functionWords[n.up] || n.up == "'S" || adverbs[n.up] || modal[n.up] || isNum(n.up, 0, 1<<62) {
		return false
	}
	// a lower-case word after the country's own name before the verb may
	// be a verb ("Uganda plans to buy …"): only its people's adjective or
	// another form ("Ugandan tea", "Saudi crude") qualifies there
	return n.capital || m.start >= cd.verbEnd || !ownName(toks, m)
}

// ownName reports whether member m is written as its entry's first name,
// the country's own ("Uganda", not "Ugandan" or "Saudi").
func ownName(toks []token, m member) bool {
	return m.entry != nil && len(m.entry.Names) > 0 && upText(toks, m.start, m.end) == m.entry.Names[0].String()
}

// firmCommerce reports whether an event is a firm's commerce: a private
// firm on one side, a private firm or a market country on the other,
// and a word of commercial dealing between the first and the last of
// the source, the verb and the target ("Acme Inc said it bought 5,000
// tonnes of Ugandan maize").
func firmCommerce(toks []token, cd cand) bool {
	s, t := cd.src, cd.tgt
	switch {
	case privateFirm(s.actor.Code) && (privateFirm(t.actor.Code) || marketCountry(toks, t, cd)):
	case privateFirm(t.actor.Code) && marketCountry(toks, s, cd):
	default:
		return false
	}
	for _, t := range toks {
		if stateDealWords[t.up] {
			return false // "Kenya Airways, the state-owned airline, …": a state's firm or a government's deal
		}
	}
	lo, hi := cd.verbStart, cd.verbEnd
	for _, m := range [2]member{s, t} {
		if m.sent == 0 { // a member of this sentence: its tokens count
			lo, hi = min(lo, m.start), max(hi, m.end)
		}
	}
	for i := max(lo, 0); i < hi && i < len(toks); i++ {
		if commerceWords[toks[i].up] {
			return true
		}
	}
	return false
}
