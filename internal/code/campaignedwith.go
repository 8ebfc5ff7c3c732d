// Campaigning beside someone, somewhere or for someone (issue 17): the
// dictionary's bare CAMPAIGN is a demand (100), as in "campaigned for
// their release", but "will campaign with the nominee in Ohio",
// "campaigned with mothers of the victims" and "campaigned in Uganda"
// name a companion or a place: nobody is asked for anything; and "will
// campaign for the nominee and her running mate" is electioneering, as
// senses20's campaignedFor reads "campaigned for Mr Odinga".

package code

// campaignedWith reports whether a demand (root 10) read from the verb
// "campaign" has a target introduced by "with", "alongside", "beside",
// "in", "across" or "throughout" (an article may stand between): a
// companion on the trail or a place campaigned in, no one demanded of.
func campaignedWith(toks []token, cd cand) bool {
	if root(cd.code) != "10" || cd.verbStart >= len(toks) || !campaignVerb[toks[cd.verbStart].up] {
		return false
	}
	k := cd.tgt.start - 1
	if k > cd.verbStart && toks[k].up == "THE" {
		k--
	}
	return k > cd.verbStart && k <= cd.verbStart+2 && campaignCompanion[toks[k].up]
}

var campaignVerb = wordSet("CAMPAIGN", "CAMPAIGNS", "CAMPAIGNED", "CAMPAIGNING")

// campaignCompanion: prepositions of a companion or a place.
var campaignCompanion = wordSet("WITH", "ALONGSIDE", "BESIDE", "IN", "ACROSS", "THROUGHOUT")

// campaignedForNames extends senses20's campaignedFor to a list of names
// after "for": a demand (root 10) read from "campaign" + "for" whose
// target is a political actor of the source's country (politicalRival
// both) with nothing but names between "for" and it (capitalised words,
// "and", "the", commas: "will campaign for Hillary Clinton and Tim
// Kaine") is electioneering for them, no demand. "campaigned for the
// release of X" keeps its demand.
func campaignedForNames(toks []token, cd cand) bool {
	if root(cd.code) != "10" || cd.verbStart+1 >= len(toks) || !campaignVerb[toks[cd.verbStart].up] || toks[cd.verbStart+1].up != "FOR" {
		return false
	}
	if !politicalRival(cd.src.actor) || !politicalRival(cd.tgt.actor) || cd.src.actor.Country != cd.tgt.actor.Country {
		return false
	}
	if cd.tgt.start <= cd.verbStart+1 {
		return false
	}
	for k := cd.verbStart + 2; k < cd.tgt.start; k++ {
		t := toks[k]
		if !t.capital && t.up != "AND" && t.up != "THE" && t.up != "," {
			return false
		}
	}
	return true
}
