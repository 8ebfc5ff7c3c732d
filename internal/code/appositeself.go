package code

// appositeLead are the words an apposition may open with between its
// comma and the role it names ("Jane Doe, the former justice minister,
// …", "John Roe, a onetime army chief, …").
var appositeLead = map[string]bool{"THE": true, "A": true, "AN": true, "FORMER": true, "THEN": true, "ONETIME": true,
	"ONE-TIME": true, "EX": true, "OUTGOING": true, "INCOMING": true, "CURRENT": true, "NEW": true}

// appositeSelf reports whether source and target are one person: the
// target a role set off by commas right after the source's name (or
// the other way round), itself or as the antecedent of a pronoun ("Jane
// Doe, the former justice minister, stressed her support of the reform":
// "her" is the minister, who is Jane Doe). An apposition describes the
// subject; it is never the one acted on.
func appositeSelf(toks []token, src, tgt member) bool {
	span := func(m member) (int, int) {
		if m.pronoun {
			return m.ante[0], m.ante[1]
		}
		return m.start, m.end
	}
	as, ae := span(src)
	bs, be := span(tgt)
	if ae <= as || be <= bs || !src.person || !tgt.person || src.actor.Country == "" || src.actor.Country != tgt.actor.Country {
		return false
	}
	if bs < as {
		as, ae, bs, be = bs, be, as, ae
	}
	if ae >= bs || toks[ae].up != "," || be >= len(toks) || toks[be].up != "," {
		return false // the role closed by a comma: "Doe, the minister, said"
	}
	for i := ae + 1; i < bs; i++ {
		if !appositeLead[toks[i].up] && !appositionWords[toks[i].up] {
			return false
		}
	}
	return true
}
