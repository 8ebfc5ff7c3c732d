package code

// extraditedTo is the state an extradition goes to: "Kenya extradited
// radical preacher John Mwangi to Uganda" is judicial cooperation (063)
// with Uganda, the state that asked for the person, not with the person
// handed over. The actor after "to" past the object, as returnedTo reads
// what is given back; nil when the verb is no extradition or no actor
// follows "to".
func (st *state) extraditedTo(toks []token, ms []mention, ve int, block string) *mention {
	if block != "EXTRADITE" {
		return nil
	}
	return st.returnedTo(toks, ms, ve)
}
