package code

// groupOfPeople reports whether the mention m, a nationality before a
// lower-case noun, follows "a group of" in lower case: a group of people
// of that nationality ("A group of Saudi hackers launched cyber attacks
// on …"), not the seat of a firm named "… Group of Chicago", which
// notActor's rule for an organisation's head before "of" is about.
func groupOfPeople(toks []token, m *mention) bool {
	g := m.start - 2
	if g < 1 || toks[g].up != "GROUP" || toks[g].capital || toks[g+1].up != "OF" {
		return false
	}
	if a := toks[g-1].up; a != "A" && a != "AN" {
		return false
	}
	return m.end < len(toks) && !toks[m.end].capital && !toks[m.end].punct && !functionWords[toks[m.end].up]
}
