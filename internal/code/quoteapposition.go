package code

// appositionSpeaker: the speaker of a quotation attributed by "X, the Y,
// said: \"I …\"" — an apposition set off by commas between the name and
// the say-verb at token v ("Mr Baker, the Lib Dem spokesman, said:",
// "John Okello, a Kenyan minister, told MPs:"). The name is the speaker
// when it is an actor; else the apposition's role is ("Mr Smithers, the
// Kenyan foreign minister, said:" with a name no dictionary holds). Nil
// when no comma stands right before the verb or no actor ends there.
func appositionSpeaker(toks []token, ms []mention, v int) *member {
	if v < 3 || toks[v-1].up != "," {
		return nil
	}
	var ap *mention
	for m := range ms {
		if ms[m].end == v-1 {
			ap = &ms[m]
		}
	}
	if ap == nil {
		return nil
	}
	c := ap.start - 1
	for c > 0 && c >= ap.start-3 && toks[c].up != "," && !toks[c].capital && !toks[c].punct {
		c-- // "the", "a", "former" before the role
	}
	if c <= 0 || toks[c].up != "," {
		return nil
	}
	if s := ap.start; s > 0 && (toks[s-1].up == "AND" || toks[s-1].up == "OR") {
		return nil // a list's last member
	}
	if nm := namedEndingAt(toks, ms, c); nm != nil {
		return nm
	}
	if c >= 1 && toks[c-1].capital && !toks[c-1].punct {
		return single(ap) // a name no mention covers, then its role
	}
	return nil
}
