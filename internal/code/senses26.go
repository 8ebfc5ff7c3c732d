package code

// Verb senses the fourteenth BBC re-judging left (sense14, issue 17),
// each a rule of English news checked against the CAMEO codebook:
// returning people "from" a country sends them back, no visit; leaving an
// organisation is no military retreat; soldiers "fighting" on a poster or
// in a picture are an image, no act; a claim that an actor will get or
// gain something predicts, no disapproval of that actor; and an actor
// that "currently receives" aid is a standing state, no act at a time.

import "strings"

// returnWords: the forms of "return" (RETURN's "* FROM" 042:043).
var returnWords = wordSet("RETURN", "RETURNS", "RETURNED", "RETURNING")

// returnedPeople reports whether a visit or an intent to visit (03x, 04x)
// read from "return" has as its object the target itself, people named
// between the verb and "from" ("plans to return young migrants from
// Uganda", "returned the refugees from Kenya"): a transitive
// "return" of people sends them back, no visit to anyone; only the
// intransitive "returned from Uganda" is coming back from a visit. (A
// thing returned, "will return weapons seized from the peacekeepers",
// is left to its pattern.)
func returnedPeople(toks []token, cd cand) bool {
	vs, e := cd.verbStart, cd.verbEnd
	if r := root(cd.code); r != "03" && r != "04" || vs >= len(toks) || !returnWords[toks[vs].up] || e >= len(toks) {
		return false
	}
	m := cd.tgt
	if cd.src.sent == 0 && cd.src.start >= e {
		m = cd.src // the reverse of a visit (043, hosting): the people are its source
	}
	if m.sent != 0 || m.start < e || m.start > e+4 {
		return false
	}
	for k := e; k < m.start; k++ {
		if toks[k].punct || toks[k].capital || toks[k].up == "FROM" || toks[k].up == "HOME" || toks[k].up == "TO" {
			return false
		}
	}
	for k := m.start; k < len(toks) && k <= m.end; k++ {
		if toks[k].up == "FROM" {
			return true
		}
	}
	return false
}

// withdrawWords: the verbs of leaving (RETREAT's "* FROM +" 0874).
var withdrawWords = wordSet("WITHDRAW", "WITHDRAWS", "WITHDREW", "WITHDRAWN", "WITHDRAWING", "PULL", "PULLS", "PULLED", "PULLING")

// leftBody reports whether a military retreat (0874), or the intent to
// yield (035) the modality rule makes of it ("is to withdraw"), read from
// "withdraw" or "pull out" has an international organisation right
// after "from" as its target and no armed source ("Kenya aims to
// withdraw from the African Union", "the aim of the party is to withdraw
// from the EU"): leaving a body is ending a membership, no retreat of
// forces and nothing yielded to the body; the codebook's 0874 is
// military. "Kenyan troops withdrew from the AU mission" keeps its armed
// source; "withdrew from the AU force" names a force after the body.
func leftBody(toks []token, cd cand) bool {
	vs := cd.verbStart
	if !strings.HasPrefix(cd.code, "087") && cd.code != "035" || vs >= len(toks) || !withdrawWords[toks[vs].up] {
		return false
	}
	t := cd.tgt
	if !strings.HasPrefix(t.actor.Code, "IGO") || t.sent != 0 || t.start < 1 || toks[t.start-1].up != "FROM" && !(t.start >= 2 && articleWords[toks[t.start-1].up] && toks[t.start-2].up == "FROM") {
		return false
	}
	if t.end < len(toks) && forceWords[toks[t.end].up] {
		return false
	}
	s := cd.src.actor.Code
	return !strings.Contains(s, "MIL") && !strings.Contains(s, "REB") && !strings.Contains(s, "UAF")
}

// forceWords: a body's forces or missions named after it ("the AU
// mission", "the UN force").
var forceWords = wordSet("MISSION", "MISSIONS", "FORCE", "FORCES", "TROOPS", "PEACEKEEPERS", "PEACEKEEPING", "OPERATION", "OPERATIONS", "CONTINGENT")

// imageVerbs: verbs that present a picture of what follows ("a poster
// featuring soldiers fighting").
var imageVerbs = wordSet("FEATURING", "FEATURES", "FEATURED", "SHOWING", "SHOWS", "SHOWED", "DEPICTING", "DEPICTS",
	"DEPICTED", "PORTRAYING", "PORTRAYS", "PORTRAYED", "PICTURING", "PICTURED")

// imageNouns: pictures ("a photograph of soldiers fighting").
var imageNouns = wordSet("PICTURE", "PICTURES", "PHOTO", "PHOTOS", "PHOTOGRAPH", "PHOTOGRAPHS", "IMAGE", "IMAGES",
	"POSTER", "POSTERS", "FOOTAGE", "VIDEO", "VIDEOS", "FILM", "PAINTING", "CARTOON", "ADVERT", "ADVERTISEMENT",
	"POST", "MESSAGE", "TWEET", "AD", "BILLBOARD")

// picturedAct reports whether the event's verb is a participle ("-ing")
// whose subject, the noun phrase right before it (four words at most),
// is what a picture shows ("put up a billboard featuring Kenyan soldiers
// fighting in Uganda", "footage showing Ugandan police beating", "a
// photograph of Kenyan troops patrolling"): an act in a picture is an
// image, no act asserted at a time. "Kenyan soldiers are fighting in
// Uganda" stays.
func picturedAct(toks []token, cd cand) bool {
	vs := cd.verbStart
	if vs >= len(toks) || !strings.HasSuffix(toks[vs].up, "ING") {
		return false
	}
	s := vs
	for k := 0; k < 4 && s >= 1 && !imageVerbs[toks[s-1].up] && toks[s-1].up != "OF"; k++ {
		p := toks[s-1] // "featuring Black Watch soldiers", "showing two Kenyan soldiers": words of the noun phrase
		if p.punct || functionWords[p.up] && !articleWords[p.up] || !letters(p.up) && !digits(p.up) {
			return false
		}
		s--
	}
	if s == vs {
		return false
	}
	if s >= 1 && imageVerbs[toks[s-1].up] {
		if !strings.HasPrefix(toks[s-1].up, "SHOW") {
			return true
		}
		// "showed" is also evidence ("emails showed the staff favouring
		// her"): a picture, a post or a message must show it
		for k := s - 2; k >= 0 && k >= s-6; k-- {
			if imageNouns[toks[k].up] {
				return true
			}
		}
		return false
	}
	return s >= 2 && toks[s-1].up == "OF" && imageNouns[toks[s-2].up]
}

// digits reports whether w is a number written in digits.
func digits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// claimWords: the forms of "claim" (ALLEGE's CLAIM 110).
var claimWords = wordSet("CLAIM", "CLAIMS", "CLAIMED", "CLAIMING")

// gainWords: verbs of getting something.
var gainWords = wordSet("GET", "GETS", "GOT", "GOTTEN", "GAIN", "GAINS", "GAINED", "RECEIVE", "RECEIVES", "RECEIVED",
	"WIN", "WINS", "WON", "ACQUIRE", "ACQUIRES", "ACQUIRED", "OBTAIN", "OBTAINS", "OBTAINED")

// claimedGain reports whether a disapproval (11x) read from "claim"
// has as its target the subject of a clause that says the target will
// get, gain or receive something ("claimed Ugandan judges would get the
// powers to issue orders"): the claim predicts what the target is given
// by others; it finds no fault with the target. "claimed Ugandan judges
// had taken bribes" stays 110.
func claimedGain(toks []token, cd cand) bool {
	vs := cd.verbStart
	if root(cd.code) != "11" || vs >= len(toks) || !claimWords[toks[vs].up] || cd.tgt.sent != 0 || cd.tgt.start < cd.verbEnd {
		return false
	}
	for k := cd.tgt.end; k < len(toks) && k <= cd.tgt.end+3; k++ {
		w := toks[k].up
		if gainWords[w] {
			return true
		}
		if !modal[w] && !beWords[w] && !adverbs[w] && w != "ALSO" {
			return false
		}
	}
	return false
}

// standingWords: adverbs that make a present tense a standing state.
var standingWords = wordSet("CURRENTLY", "STILL", "ALREADY", "PRESENTLY")

// receiveWords: the present forms of "receive".
var receiveWords = wordSet("RECEIVE", "RECEIVES")

// standingAid reports whether aid (07x) is read from a present "receive"
// that an adverb of a standing state qualifies ("just Uganda and
// Tanzania currently receive IMF loans", "Uganda still receives Kenyan
// aid"): what an actor currently receives is a programme in place,
// background, no act at a time; the codebook codes the aid when it is
// given or pledged. "Uganda received Kenyan aid" stays 07x.
func standingAid(toks []token, cd cand) bool {
	vs := cd.verbStart
	if root(cd.code) != "07" || vs >= len(toks) || !receiveWords[toks[vs].up] {
		return false
	}
	return vs >= 1 && standingWords[toks[vs-1].up] || vs+1 < len(toks) && standingWords[toks[vs+1].up]
}

// senses26Drop reports whether one of this file's drops applies.
func senses26Drop(toks []token, cd cand) bool {
	return returnedPeople(toks, cd) || leftBody(toks, cd) || picturedAct(toks, cd) || inPicture(toks, cd) || claimedGain(toks, cd) || standingAid(toks, cd)
}
