package code

// pronounTargetOther reports whether a target pronoun stands for a person
// named in its own sentence who is not the source, so that a source and
// target of one actor code are two people: an object pronoun ("him",
// "her") of a verb is never its own subject (that would be "himself"),
// and pronoun.go resolves it to the person named before that subject
// ("Tony Blair met Gordon Brown and praised him"); a possessive before
// the acted-on noun ("praised his handling of the economy") is the person
// the resolver found, when that is not the source. The antecedent and
// the source are then told apart as named persons are (twoPeople: two
// surnames; titleHolderOther: "the premier" against a named other). An
// object pronoun may stand for a person of an earlier sentence ("Gordon
// Brown spoke on Monday. Tony Blair praised him."), a possessive only
// for one of its own sentence; "they", a reflexive, and an antecedent
// that is the source's own words stay one actor.
func (st *state) pronounTargetOther(toks []token, a, b member) bool {
	if !b.pronoun || a.pronoun || b.start >= len(toks) || (b.sent != 0 || b.ante[1] <= b.ante[0]) && !objectPronoun(toks, b.start) {
		return false
	}
	switch toks[b.start].up {
	case "HIM", "HER", "HIS":
	default:
		return false
	}
	if b.ante[0] < a.end && a.start < b.ante[1] {
		return false // the antecedent is the source's own words
	}
	b.pronoun = false
	return twoPeople(a, b) || st.titleHolderOther(toks, a, b)
}
