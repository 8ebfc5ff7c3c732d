package code

// intentNouns name an act promised, offered or planned: the act in the
// infinitive after them ("renewed its pledge to provide aid", "welcomed
// Putin's offer to mediate", "his promise to meet", "an agreement to
// return the territory in 1999") is not done, only intended, and a
// cooperative act is coded as the intent to do it (intentCode), as after
// the verbs "pledged to", "offered to". Attempts ("a bid to", "an effort
// to") and decisions are left out: what was tried or decided may have
// been done.
var intentNouns = wordSet("OFFER", "OFFERS", "PLAN", "PLANS", "PROPOSAL", "PROPOSALS", "PLEDGE", "PLEDGES",
	"PROMISE", "PROMISES", "INTENTION", "INTENTIONS", "READINESS", "WILLINGNESS", "COMMITMENT", "AGREEMENT")
