package code

// abbreviationAt reports whether the token at i is a word in capitals
// between parentheses: an abbreviation of the name before it, even when
// it spells a clause word ("the World Health Organization (WHO)
// threatening …" is no relative "who" opening a clause).
func abbreviationAt(toks []token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i].capital && !toks[i].lower && toks[i-1].up == "(" && toks[i+1].up == ")"
}
