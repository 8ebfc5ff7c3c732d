// Shadow ministers: "shadow health secretary", "the shadow minister for
// transport" hold no office of the state; they speak for the opposition.

package code

// shadowed extends a role piece back over a "shadow" that qualifies it
// ("shadow health secretary", "shadow Welsh secretary", "the shadow
// minister for Europe"): the title is the opposition's, ~OPP, as the
// dictionary's own "SHADOW CHANCELLOR" and "SHADOW HOME SECRETARY" are.
// "Shadow" stands right before the role or before one or two words that
// name its portfolio ("health", "work and pensions"), with no
// punctuation or other function word between, and no piece of its own
// already covers it. Only a state's role (~GOV…) turns: "shadow" before
// another role is left alone.
func (st *state) shadowed(toks []token, p piece) piece {
	if st.c.set.TabariRules {
		return p
	}
	if suf, _ := p.agent.Suffix(); len(suf) < 3 || suf[:3] != "GOV" {
		return p
	}
	lo := 0
	if n := len(st.pieces); n > 0 {
		lo = st.pieces[n-1].end
	}
	for k := p.start - 1; k >= lo && k >= p.start-4; k-- {
		t := toks[k]
		if t.up == "SHADOW" {
			p.start, p.shadow = k, true
			return p
		}
		if t.punct || functionWords[t.up] && t.up != "AND" {
			return p
		}
	}
	return p
}
