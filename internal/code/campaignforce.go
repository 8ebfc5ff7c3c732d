// Campaign language read as force (issue 17): between the parties and
// politicians of one country, news borrows the words of violence for the
// race and the debate ("fired at his rivals", "crushed her in the
// primary", "has dominated the field", "is hurting the nominee"). CAMEO's
// material conflict (180, 19x) is no reading of these: a race result is
// no event between the candidates, and an attack in words is criticism.

package code

// campaignForce decides a force code (180 or 19x) between two political
// rivals of one country (politicalRival: government, opposition,
// legislature, elite or party of the same country) when neither side
// bears arms and the sentence names no weapon, wound or death
// (unarmedNoHarm). It returns "111" when the verb is one of attacking in
// words ("fired at", "slammed", "blasted", "took aim at", "went after",
// "ripped", "hit X on immigration"), "" with drop true otherwise (a race
// won or lost, a rival hurt or dominated: no event), and "", false when
// the rule does not apply. Coercion (17x: "arrested the opposition
// leader") and killings keep their codes.
func campaignForce(toks []token, cd cand) (code string, drop bool) {
	if cd.code != "180" && root(cd.code) != "19" {
		return "", false
	}
	if !politicalRival(cd.src.actor) || !politicalRival(cd.tgt.actor) || cd.src.actor.Country != cd.tgt.actor.Country {
		return "", false
	}
	if !unarmedNoHarm(toks, cd.src.actor.Code, cd.tgt.actor.Code) {
		return "", false
	}
	if cd.verbStart < len(toks) && bodilyForce[toks[cd.verbStart].up] {
		return "", false // "protesters stormed the chamber": bodies, not words
	}
	if cd.verbStart < len(toks) && verbalBlow(toks, cd.verbStart) {
		return "111", false
	}
	return "", true
}

// verbalBlow: the verb at vs is one of attacking a rival in words, as
// political news uses it: "fired at", "took aim at", "went after", "tore
// into", or a verb of blows ("slammed", "blasted", "hit", "ripped").
func verbalBlow(toks []token, vs int) bool {
	w := toks[vs].up
	next := ""
	if vs+1 < len(toks) {
		next = toks[vs+1].up
	}
	switch w {
	case "FIRE", "FIRES", "FIRED", "FIRING":
		return next == "AT" || next == "BACK"
	case "TAKE", "TAKES", "TOOK", "TAKING", "TAKEN":
		return next == "AIM"
	case "GO", "GOES", "WENT", "GOING", "GONE":
		return next == "AFTER"
	case "TEAR", "TEARS", "TORE", "TEARING":
		return next == "INTO"
	}
	return attackWords[w] || blowWords[w]
}

// blowWords: verbs of striking that political news uses for criticism.
var blowWords = wordSet("SLAM", "SLAMS", "SLAMMED", "SLAMMING", "BLAST", "BLASTS", "BLASTED", "BLASTING",
	"RIP", "RIPS", "RIPPED", "RIPPING", "LASH", "LASHES", "LASHED", "LASHING", "BASH", "BASHES", "BASHED", "BASHING",
	"ASSAIL", "ASSAILS", "ASSAILED", "ASSAILING", "LAMBAST", "LAMBASTS", "LAMBASTED", "LAMBASTING",
	"LAMBASTE", "LAMBASTES", "SAVAGE", "SAVAGES", "SAVAGED", "SAVAGING", "TARGET", "TARGETS", "TARGETED", "TARGETING",
	"SWIPE", "SWIPES", "SWIPED", "SWIPING")

// bodilyForce: verbs of force done with the body, which keep their code
// between political actors ("stormed the chamber", "occupied the office").
var bodilyForce = wordSet("STORM", "STORMS", "STORMED", "STORMING", "OCCUPY", "OCCUPIES", "OCCUPIED", "OCCUPYING",
	"INVADE", "INVADES", "INVADED", "INVADING", "SEIZE", "SEIZES", "SEIZED", "SEIZING")

// campaignNoAct reports the campaign phrasings that name no act between
// the candidate's actors: campaigning with someone, in a place or for a
// list of names ("will campaign with the nominee", "campaigned in
// Uganda": a companion, a place or electioneering, no demand;
// campaignedwith.go), criticism toned down ("has toned down his
// criticism of the president": less of the act, not the act;
// toneddown.go) and a race standing ("traded the lead", "40 points ahead
// of", "can catch the front-runner"; racestanding.go) and voters polled
// ("a majority of voters say he cannot be trusted": an opinion polled;
// pollshare.go) and voters' preference by a margin or a turnout ("women
// back him by 20 points"; votermargin.go).
func campaignNoAct(toks []token, cd cand) bool {
	return polledVoters(toks, cd) || campaignedWith(toks, cd) || campaignedForNames(toks, cd) || tonedDown(toks, cd) || raceStanding(toks, cd) || voterMargin(toks, cd)
}
