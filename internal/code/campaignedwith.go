// Campaigning beside someone or somewhere (issue 17): the dictionary's
// bare CAMPAIGN is a demand (100), as in "campaigned for their release",
// but "will campaign with the nominee in Ohio", "campaigned with mothers
// of the victims" and "campaigned in Uganda" name a companion or a place:
// nobody is asked for anything.

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
