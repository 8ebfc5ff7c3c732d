package code

// The place a group is sent into is the target of the sending, not the
// people sent: in "Kenya sent teams of Ugandan officers into Somalia"
// or "deployed Ugandan troops to Somalia" the object (SEND's block:
// send, deploy, ship, transfer, …) is what moves, and the actor after
// "into" or "to" right after it is where it goes, the one the act is
// aimed at.

// sentInto is the actor after "into" or "to" that directly follows the
// target mention tgt of a verb of sending ending at ve, when the target
// is the verb's object (it opens after the verb with no punctuation,
// "to" or "into" between); nil if none.
func sentInto(toks []token, ms []mention, ve int, tgt *mention) *mention {
	if tgt == nil || tgt.start < ve || tgt.end+1 >= len(toks) {
		return nil
	}
	for k := ve; k < tgt.start; k++ {
		if toks[k].punct || toks[k].up == "TO" || toks[k].up == "INTO" {
			return nil
		}
	}
	if u := toks[tgt.end].up; u != "INTO" && u != "TO" {
		return nil
	}
	return mentionAfter(toks, ms, tgt.end)
}
