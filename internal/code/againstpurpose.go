// The one money is raised to fight is no party to the raising (fixes18,
// issue 17).

package code

// againstPurpose reports whether the target mention m is the object of a
// hostile purpose after the verb's object: "to" and a verb the
// dictionary codes as conflict (root 11 to 20: "fight", "attack",
// "topple") right before m, only determiners between them, with no
// clause stop, comma or other actor from the verb's end to m. "The
// Kenyan opposition raised money to fight the Ugandan government": the
// government is fought, not appealed to or given aid; "raised money for
// Ugandan flood victims" and "gave Uganda $5 million to fight the
// rebels" keep their target, as "funding to fight bird flu in Uganda"
// (a place of the purpose). For aid and appeals for aid only: "called
// on the administration to sanction Iran" is left to the appeal's rules.
func (st *state) againstPurpose(toks []token, inMention []int, ve int, m *mention) bool {
	if m == nil || m.start <= ve+1 {
		return false
	}
	for j := ve; j < m.start-1; j++ {
		w := toks[j].up
		if w == "," || w == "." || clauseStops[w] || inMention[j] != 0 {
			return false
		}
		if w != "TO" || m.start-(j+1) > 4 {
			continue
		}
		vals, n := st.c.verbs.longest(toks, j+1, nil)
		if n == 0 || j+1+n > m.start || !onlyDeterminers(toks, j+1+n, m.start) {
			continue
		}
		code := vals[0].block.Code
		if !vals[0].form.Code.IsZero() {
			code = vals[0].form.Code
		}
		if r := root(code.Code); r >= "11" && r <= "20" {
			return true
		}
	}
	return false
}

// onlyDeterminers reports whether the words from i to end (exclusive) are
// all determiners ("the", "a", "its").
func onlyDeterminers(toks []token, i, end int) bool {
	for k := i; k < end; k++ {
		if !determiners[toks[k].up] {
			return false
		}
	}
	return true
}
