package code

// metAfterPlace is the actor met after the place a consultation's verb
// of travel goes to ("prepared to head to Brussels to meet with US
// President George W Bush", "will travel to Kampala to meet the
// Tanzanian president"): "to meet", "to meet with" or "to see" right
// after the place (a comma or words of time between
// allowed), then the actor ("the" allowed). The meeting's partner is the
// consultation's target, not the city it happens in. nil if none.
// cover18, issue 12.
func metAfterPlace(toks []token, ms []mention, e int) *mention {
	j := e
	for k := 0; k < 3 && j < len(toks) && (toks[j].up == "," || timeWords[toks[j].up]); k++ {
		j++
	}
	if j+2 >= len(toks) {
		return nil
	}
	switch {
	case toks[j].up == "TO" && (toks[j+1].up == "MEET" || toks[j+1].up == "SEE"):
		j++
		if toks[j+1].up == "WITH" {
			j++
		}
	default:
		return nil
	}
	return mentionAfter(toks, ms, j)
}
