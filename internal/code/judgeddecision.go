package code

// A judgement of a decision: "tobacco firms welcomed an appeal court's
// decision to reject the government's claim", "Kenya condemned the
// decision to expel Ugandan diplomats": the praise or blame is for the
// one who decided, not for whoever the decided act is done to. When the
// decision's owner is an actor the target is already that owner
// ("welcomed Tanzania's decision to …" 051 TZA); an actor inside the
// decided act is no target of the judgement.

// judgedDecision reports whether the candidate's code judges another's
// act (judging: 05, 11, 12, 016; not a demand, 10, which an order
// carries: "issued an order to prevent TWA from buying" is the court's
// demand on TWA) and its target stands after a
// decision, ruling, plan or move noun (actOwnerNouns) and "to", after
// the verb: "welcomed an appeal court's decision to reject the Ugandan
// government's claim" (no UGAGOV target).
func judgedDecision(toks []token, cd cand) bool {
	if !judging(cd.code) || root(cd.code) == "10" || cd.tgt.start <= cd.verbEnd || cd.tgt.start-cd.verbEnd > 14 {
		return false
	}
	for k := cd.verbEnd; k+1 < cd.tgt.start; k++ {
		w := toks[k]
		if w.punct && w.up != "'S" && w.up != "'" || w.up == "THAT" {
			return false
		}
		if actOwnerNouns[w.up] && toks[k+1].up == "TO" && k > cd.verbEnd {
			return true
		}
	}
	return false
}
