// "The House" alone: a legislature.

package code

// theHouse reads a capitalised "House" right after "the" and before
// punctuation or "that", which no entry or role word took, as the
// legislature a story is about, the role word "parliament" (LEG): "Mr
// Brown told the House that …" in a British story is the Commons, placed
// as "the parliament" is (the outlet's or the story's country). Not
// before "of" or a noun ("the House of Lords", "the House subcommittee":
// names and parts of their own), nor before a comma (a subject with a
// clause after it, "The House, voting first, is expected to …", whose
// events were wrong), nor after "of" ("Father of the House": a title).
func (st *state) theHouse(toks []token, i int) (piece, bool) {
	if i == 0 || i+1 >= len(toks) || toks[i].up != "HOUSE" || !toks[i].capital || toks[i-1].up != "THE" || st.c.set.TabariRules {
		return piece{}, false
	}
	if !toks[i+1].punct && toks[i+1].up != "THAT" || toks[i+1].up == "," || i >= 2 && toks[i-2].up == "OF" {
		return piece{}, false // "The House, voting first, …", "Father of the House"
	}
	one := [1]token{{up: "PARLIAMENT", start: toks[i].start, end: toks[i].end}}
	if ags, n := st.c.agents.longest(one[:], 0, nil); n == 1 {
		return piece{start: i, end: i + 1, agent: ags[0]}, true
	}
	return piece{}, false
}
