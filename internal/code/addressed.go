package code

import "strings"

// addressedAct reports whether a noun (upper case) names an act addressed
// to someone that its possessor made: a demand, request, offer, call,
// appeal, plea, pressure, ultimatum or invitation. Whatever the verb
// does with it ("conceded to Uganda's demands", "accepted Uganda's
// offer", "met Uganda's request") it does towards the possessor, the
// act's author, as a judging verb does ("criticised Uganda's plan",
// judging); the possessor of any other verbal noun ("Putin's visit")
// is that noun's subject and no target (targetAfter). cover18, issue 12.
func addressedAct(up string) bool {
	switch up {
	case "DEMAND", "DEMANDS", "REQUEST", "REQUESTS", "OFFER", "OFFERS",
		"CALL", "CALLS", "APPEAL", "APPEALS", "PLEA", "PLEAS", "PRESSURE",
		"ULTIMATUM", "INVITATION", "INVITATIONS":
		return true
	}
	return false
}

// addressedTo reports whether the noun toks[k] after the possessor that
// starts at toks[m] is an addressed act (addressedAct) whose author the
// verb ending before toks[ve] answers: the verb is no statement (01: "he
// said Uganda's offer removed a barrier" is about the offer), and no other
// verb stands between it and the possessor ("broke ranks with his party
// and supported Uganda's call": the call is the later verb's).
func (st *state) addressedTo(toks []token, ve, m, k int) bool {
	if !addressedAct(toks[k].up) || strings.HasPrefix(st.curCode, "01") {
		return false
	}
	for g := ve; g < m; g++ {
		if st.isVerbAt(toks, g) {
			return false
		}
	}
	return true
}
