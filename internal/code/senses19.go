package code

// Verb senses left by senses18 (senses19, issue 17): a supply under a
// contract is a sale, no aid; a party that challenges a rival for its
// seats contests an election, no disapproval.

// contractWords: nouns of a deal whose "to" + verb is a contract's term
// ("won contracts to provide vaccine to the government").
var contractWords = map[string]bool{
	"CONTRACT": true, "CONTRACTS": true, "DEAL": true, "DEALS": true,
	"TENDER": true, "TENDERS": true,
}

// contractedSupply: an aid code (07x) whose verb is the "to" + verb of
// a contract or deal ("won contracts to provide smallpox vaccine to the
// government") is a sale, no aid: the firm is paid for what it
// provides.
func contractedSupply(toks []token, cd cand) bool {
	if root(cd.code) != "07" || cd.verbStart < 2 || cd.verbStart >= len(toks) {
		return false
	}
	return toks[cd.verbStart-1].up == "TO" && contractWords[toks[cd.verbStart-2].up]
}

// electoralGround: places and prizes of an electoral contest.
var electoralGround = map[string]bool{
	"HEARTLAND": true, "HEARTLANDS": true, "STRONGHOLD": true, "STRONGHOLDS": true,
	"SEAT": true, "SEATS": true, "CONSTITUENCIES": true, "LEADERSHIP": true,
	"MARGINALS": true, "WARDS": true, "DISTRICTS": true,
}

// electoralChallenge: a disapproval (11x) read from "challenge" between
// parties or politicians of one country whose target is followed, in
// its clause, by "in" or "for" and a place or prize of an election ("the
// opposition challenges the ruling party in its heartlands", "for the
// leadership") is a contest for votes, no disapproval of the rival.
func electoralChallenge(toks []token, cd cand) bool {
	if root(cd.code) != "11" || cd.verbStart >= len(toks) || cd.tgt.start < cd.verbEnd {
		return false
	}
	switch toks[cd.verbStart].up {
	case "CHALLENGE", "CHALLENGES", "CHALLENGED", "CHALLENGING":
	default:
		return false
	}
	if !politicalRival(cd.src.actor) || !politicalRival(cd.tgt.actor) || cd.src.actor.Country != cd.tgt.actor.Country {
		return false
	}
	prep := false
	for k := cd.tgt.end; k < len(toks) && k < cd.tgt.end+6; k++ {
		t := toks[k]
		if t.punct {
			return false
		}
		if t.up == "IN" || t.up == "FOR" {
			prep = true
			continue
		}
		if prep && (electoralGround[t.up] || electoralCues[t.up]) {
			return true
		}
	}
	return false
}

// debatedPossession: a consultation (03x, 04x) or disapproval (11x)
// read from "debate" whose
// target is the possessor of what is debated ("Mr Clarke's proposed
// amendment will be debated by the Lords", "the parliament debated the
// president's bill") is a debate of a thing, no meeting, consultation
// or criticism of its owner.
func debatedPossession(toks []token, cd cand) bool {
	switch root(cd.code) {
	case "03", "04", "11":
	default:
		return false
	}
	if cd.verbStart >= len(toks) || cd.tgt.end >= len(toks) || toks[cd.tgt.end].up != "'S" {
		return false
	}
	switch toks[cd.verbStart].up {
	case "DEBATE", "DEBATES", "DEBATED", "DEBATING":
		return true
	}
	return false
}
