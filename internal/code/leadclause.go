package code

// leadStart is where a sentence's subject part begins for noteLead, and
// the index of its first mention there: after an opening clause or phrase
// closed by a comma ("After the war ended, Senator Paul D. Ryan was
// absent", "As the candidates battled in Wisconsin, Speaker Paul D. Ryan
// …": openingComma), whose verb and actors are no subject of the
// sentence; else the sentence's start and its first mention. Before, a
// verb in the opening clause or an actor named there left the sentence
// with no lead person, and "He visited …" in the next sentence reached
// nobody.
func leadStart(toks []token, ms []mention) (from, first int) {
	if c := openingComma(toks, ms); c >= 0 {
		from = c + 1
	}
	for k := range ms {
		if ms[k].start >= from {
			return from, k
		}
	}
	return from, len(ms)
}

// sameLead reports whether a pronoun p after the lead person who stands
// for that person ("Ryan was absent from his home state, but he was on
// the political stage"): no second person, so the lead stays.
func sameLead(who *member, p member) bool {
	return who != nil && p.actor.Name != "" && who.actor.Name == p.actor.Name
}
