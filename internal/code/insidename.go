package code

// insideName reports whether a pattern's word or set member found at
// toks[at:at+n] is the capitalised start of a longer actor's name
// ("received approval from the Food and Drug Administration": FOOD is no
// food of OBTAIN's "* &FOOD TO" 073, it is the agency's name). A name's
// first word is no word of the verb's phrase; a match that is the whole
// mention ("formed a government"), a lower-case word, or a word
// inside the name ("received the UAE Ambassador to Bahrain": the
// target's role) stay.
// Dyad's rules only: TABARI's matches stay as they were.
func (st *state) insideName(toks []token, ms []mention, at, n int) bool {
	if st.c.set.TabariRules || !toks[at].capital {
		return false
	}
	for k := range ms {
		if m := &ms[k]; m.start == at && at+n < m.end {
			return true
		}
	}
	return false
}
