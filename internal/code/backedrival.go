// Backing between politicians (issue 17): "the governor backed the
// senator", "superdelegates who support the front-runner". CAMEO's 050 is
// diplomatic cooperation; a politician's or party's support for another
// of its own country is an endorsement, which the codebook files under
// 051 ("Praise or endorse: express support for … actor").

package code

// backedRival reports whether a bare cooperation (050) between two
// political actors of one country (politicalRival: government,
// opposition, legislature, elite or party of the same country) is read
// from a verb of backing (back, support, endorse, "stand behind"): it is
// an endorsement, 051.
func backedRival(toks []token, cd cand) bool {
	if cd.code != "050" || cd.verbStart >= len(toks) {
		return false
	}
	if !politicalRival(cd.src.actor) || !politicalRival(cd.tgt.actor) || cd.src.actor.Country != cd.tgt.actor.Country {
		return false
	}
	return backingVerbs[toks[cd.verbStart].up]
}

// backingVerbs: verbs of backing a person.
var backingVerbs = wordSet("BACK", "BACKS", "BACKED", "BACKING", "SUPPORT", "SUPPORTS", "SUPPORTED", "SUPPORTING",
	"ENDORSE", "ENDORSES", "ENDORSED", "ENDORSING", "SUPPORTER", "SUPPORTERS", "BACKER", "BACKERS")
