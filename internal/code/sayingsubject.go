// The subject pronoun of what a speech participle reports.

package code

// participleSpeaker returns the index in ms of the sentence's subject
// when a subject pronoun at i opens what a speech participle after a
// comma reports (", saying he would …", ", adding that she …"), and the
// nearest person c it would stand for is named after that subject: the
// participle's subject is the main clause's, and the "he" of what it
// says is that speaker ("Uganda's opposition leader rejected the
// announcement that President Museveni had won, saying he would file a
// complaint": the leader files it, not Museveni). The subject is firstSubject's,
// and must be one person or role.
func (st *state) participleSpeaker(toks []token, ms []mention, c mention, i int) *int {
	if st.c.set.TabariRules {
		return nil
	}
	k := i - 1
	if k >= 0 && toks[k].up == "THAT" {
		k--
	}
	if k < 1 || !speechParticiples[toks[k].up] || toks[k-1].up != "," || c.start >= k {
		return nil
	}
	n := st.firstSubject(toks, ms, c)
	if n < 0 {
		return nil
	}
	if p := ms[n].members[0]; (p.person || p.actor.Code != p.actor.Country) && !p.body {
		return &n
	}
	return nil
}

// speechParticiples report what their clause's subject says.
var speechParticiples = wordSet("SAYING", "ADDING", "INSISTING", "ARGUING", "CLAIMING", "STRESSING",
	"DECLARING", "EXPLAINING", "NOTING", "WARNING", "VOWING", "PROMISING", "ANNOUNCING")

// reportingParticiple reports whether toks[g] is a speech participle
// after a comma (", saying …"): what it reports is a clause of its own,
// whose subject the source search of a verb in it looks for after the
// participle, not back in the main clause or its object ("rejected the
// announcement that Museveni had won, saying he would file a
// complaint": the complaint's source is "he", not Museveni).
func reportingParticiple(toks []token, g int) bool {
	return g > 0 && speechParticiples[toks[g].up] && toks[g-1].up == ","
}
