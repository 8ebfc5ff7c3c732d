package code

// Verb senses readers of PolNeAR found wrong (senses21, issue 17): a
// letter is a statement or an appeal by what it says, no consultation;
// persuading or encouraging someone to act is an appeal; running into,
// facing or braving a thing is no meeting with whoever the thing comes
// from; guarding against a danger protects no actor; circling back to a
// topic surrounds nobody; an actor named after "like" or "unlike" before
// the verb is compared with the subject, not its co-author.

import "strings"

// letterNouns: the written messages CAMEO.2.0.txt's SEND, BRING,
// EXHIBIT and OBTAIN blocks code 040 with "* LETTER".
var letterNouns = wordSet("LETTER", "LETTERS")

// letterAppeal: participles that make a letter's content an appeal (02x)
// or a demand (10x): "a letter to X asking …", "demanding …".
var letterAppeal = map[string]string{
	"ASKING": "020", "URGING": "020", "REQUESTING": "020", "SEEKING": "020", "PLEADING": "020",
	"IMPLORING": "020", "INVITING": "020", "CALLING": "020", "APPEALING": "020", "PRESSING": "020",
	"DEMANDING": "100",
}

// letterContent returns the code of a letter sent, brought, shown or
// received (040 in CAMEO.2.0.txt) read by its content and the note that
// says why ("", "" when the candidate is no letter): the codebook's 04x
// are meetings and consultations, a letter is a written statement (010)
// or, when a participle says it asks for something, an appeal (020) or a
// demand (100). "Kenyan senators sent a letter to Ugandan leaders opposing
// the plan." 040 → 010; "… a letter to the Ugandan president urging him
// to resign." 040 → 020.
func letterContent(toks []token, cd cand) (string, string) {
	if root(cd.code) != "04" || cd.verbEnd > len(toks) {
		return "", ""
	}
	at := -1
	for k := cd.verbEnd; k < len(toks) && k < cd.verbEnd+4; k++ {
		if letterNouns[toks[k].up] {
			at = k
			break
		}
		if toks[k].punct {
			break
		}
	}
	if at < 0 {
		return "", ""
	}
	code := "010"
	for k := at + 1; k < len(toks) && k < at+25; k++ {
		w := toks[k].up
		if w == ";" || w == "." || letterNouns[w] {
			break
		}
		if c, ok := letterAppeal[w]; ok && !toks[k].capital {
			code = c
			break
		}
	}
	return code, "a letter is said by its content: " + cd.code + " → " + code
}

// facedThingVerbs: MEET_PEOPLE's verbs of meeting a difficulty ("face",
// "run into", "encounter", "brave", "confront"), whose object is as often
// a thing as an actor.
var facedThingVerbs = wordSet("FACE", "FACES", "FACED", "FACING", "RUN", "RUNS", "RAN", "RUNNING",
	"ENCOUNTER", "ENCOUNTERS", "ENCOUNTERED", "ENCOUNTERING", "BRAVE", "BRAVES", "BRAVED", "BRAVING",
	"CONFRONT", "CONFRONTS", "CONFRONTED", "CONFRONTING")

// facedThing reports whether a meeting (04x) read from a verb of meeting
// a difficulty has a thing as its object: a lower-case word that is no
// function word stands between the verb and the actor after it ("has run
// into trade frictions with Uganda", "had been facing growing pressure
// from donors to back Uganda", "encountered resistance from Ugandan
// troops"). The actor is where the thing came from or what it is about;
// nobody met anybody. The block's "HAS/HAD/HAVE *" patterns (040:040,
// for "has met") fire for these verbs too, even FACE, which alone codes
// nothing. "Kenya has confronted Uganda over the border." stays 040.
func facedThing(toks []token, cd cand) bool {
	if root(cd.code) != "04" || cd.verbStart >= len(toks) || !facedThingVerbs[toks[cd.verbStart].up] {
		return false
	}
	obj := cd.tgt
	if obj.start < cd.verbEnd {
		obj = cd.src
	}
	if obj.start < cd.verbEnd || obj.start > len(toks) {
		return false
	}
	for k := cd.verbEnd; k < obj.start; k++ {
		w := toks[k]
		if w.punct || w.capital || functionWords[w.up] || len(w.up) > 4 && strings.HasSuffix(w.up, "LY") {
			continue
		}
		return true
	}
	return false
}

// persuadeVerbs: verbs of getting someone to act (INFLUENCE's 050,
// ENCOURAGE's 051). "Persuaded" is left out: "Kenya persuaded Uganda to
// join" reports the target won over, INFLUENCE's cooperation (050).
var persuadeVerbs = wordSet("PERSUADE", "PERSUADES", "PERSUADING",
	"ENCOURAGE", "ENCOURAGES", "ENCOURAGED", "ENCOURAGING")

// persuadeAppeal reports whether a candidate read from persuading (an
// attempt: "persuade", "persuading") or encouraging has its target
// followed by "to" and a verb ("set about persuading Uganda to join the
// alliance", "encouraged Ugandan officials to sign the treaty"): an
// attempt to get the target to act is an appeal (020, "make an appeal or
// request"), not cooperation (050) nor praise (051). "Kenya encouraged
// Uganda." and "Kenya was encouraged by Uganda." keep their codes.
func persuadeAppeal(toks []token, cd cand) bool {
	if cd.verbStart >= len(toks) || !persuadeVerbs[toks[cd.verbStart].up] || cd.tgt.start < cd.verbEnd {
		return false
	}
	r := root(cd.code)
	if r != "05" && r != "03" {
		return false
	}
	e := cd.tgt.end
	return e+1 < len(toks) && toks[e].up == "TO" && !toks[e+1].punct && !toks[e+1].capital && !articleWords[toks[e+1].up]
}

// guardAgainst reports whether protection (07x) is read from a verb of
// guarding followed by "against" ("planted trees to guard against
// erosion in Uganda", "to protect against floods"): what is guarded
// against is a danger, and the place after it is no actor protected.
// "Kenya protected Uganda against attacks." stays 074.
func guardAgainst(toks []token, cd cand) bool {
	return root(cd.code) == "07" && cd.verbEnd < len(toks) && toks[cd.verbEnd].up == "AGAINST"
}

// circleBack reports whether force (19x) is read from "circle back"
// ("to circle back to his speech at the Kenyan party's convention"):
// returning to a topic, no encirclement.
func circleBack(toks []token, cd cand) bool {
	if root(cd.code) != "19" || cd.verbStart >= len(toks) || cd.verbEnd >= len(toks) {
		return false
	}
	return strings.HasPrefix(toks[cd.verbStart].up, "CIRCL") && toks[cd.verbEnd].up == "BACK"
}

// likeSource reports whether the source is an actor named after "like"
// or "unlike" set off before the verb, the word opening the sentence or
// following a comma ("Ruto, like Museveni, has urged …", "Unlike Uganda,
// Kenya criticised …"): a comparison with the subject; the act the
// sentence reports is the subject's. "Leaders like Museveni have
// criticised Kenya" names Museveni as one of the subject: it stays.
func likeSource(toks []token, cd cand) bool {
	s := cd.src.start
	if s <= 0 || s >= cd.verbStart || s > len(toks) {
		return false
	}
	w := toks[s-1].up
	if w != "LIKE" && w != "UNLIKE" {
		return false
	}
	return s-2 < 0 || toks[s-2].punct
}

// senses21Drop reports whether one of this file's drops applies.
func senses21Drop(toks []token, cd cand) bool {
	return facedThing(toks, cd) || guardAgainst(toks, cd) || circleBack(toks, cd) || likeSource(toks, cd)
}

// senses21Recode returns this file's code for a candidate and the note
// that says why ("", "" when none).
func senses21Recode(toks []token, cd cand) (string, string) {
	if c, note := letterContent(toks, cd); c != "" {
		return c, note
	}
	if persuadeAppeal(toks, cd) {
		return "020", "persuading or encouraging someone to act: " + cd.code + " → 020 appeal"
	}
	return "", ""
}
