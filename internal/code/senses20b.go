package code

// More verb senses of senses20 (issue 17): wanting someone to be
// something is a wish, and a plan or a politician that "appeals to"
// voters attracts them; neither asks anything of an actor.

// wantWords: the forms of DEMAND's WANT (030 alone, "* TO" patterns).
var wantWords = wordSet("WANT", "WANTS", "WANTED", "WANTING")

// wantedState reports whether a candidate read from "want" wants its
// target to be something or to have something done to it: "to be"
// after the target, within two words of its head noun ("We want the Kenyan president to be as
// accessible as possible", "wants three Ugandan firms to be named
// members of the exchange"), or a past participle right after the
// target ("wants Trump banned from the country", "wanted the rebels
// arrested": the target is to be acted on), or "to have" after it
// ("wants all magistrates' courts to have facilities": what the target
// is to have), a wish about the target, no act offered or asked. "Kenya wants Uganda to close its border" stays.
func wantedState(toks []token, cd cand) bool {
	if cd.verbStart >= len(toks) || !wantWords[toks[cd.verbStart].up] || cd.tgt.start < cd.verbEnd {
		return false
	}
	if k := cd.tgt.end; k < len(toks) && !toks[k].punct && !toks[k].capital && len(toks[k].up) > 3 && pastParticiple(toks[k].up) {
		return true
	}
	for k := cd.tgt.end; k+1 < len(toks) && k <= cd.tgt.end+3; k++ {
		if toks[k].punct && !possessives[toks[k].up] {
			return false // a possessive goes on to its noun ("magistrates' courts to have")
		}
		if toks[k].up == "TO" {
			return toks[k+1].up == "BE" || toks[k+1].up == "HAVE" // "wants all Kenyan courts to have facilities": what the target is to have
		}
	}
	return false
}

// appealAttractWords: present and non-finite forms of "appeal", whose
// "appeal to" is as often attracting as asking ("would appeal to
// women", "Cruz appeals to Reagan Democrats"); "appealed to" is left.
var appealAttractWords = wordSet("APPEAL", "APPEALS", "APPEALING")

// appealRequestWords: words after the target of "appeal to" that carry
// a request: "to" + verb, "for", "not to", "on", "over", "against",
// "that".
var appealRequestWords = wordSet("TO", "FOR", "NOT", "ON", "OVER", "AGAINST", "THAT", "WITH")

// appealAttracts reports whether an appeal (02x, or the intent 03x a
// modal made of it) read from "appeal",
// "appeals" or "appealing" followed by "to" and its target asks
// nothing: no "to" + verb, "for", "not to", "over" … after the target
// before the clause ends ("the plans would appeal to Ugandan women
// too", "The Kenyan opposition appeals to Ugandan voters."). "appeals
// to Uganda to release the men", "for calm" and every "appealed to"
// stay.
func appealAttracts(toks []token, cd cand) bool {
	if r := root(cd.code); r != "02" && r != "03" || cd.verbStart >= len(toks) || !appealAttractWords[toks[cd.verbStart].up] {
		return false
	}
	k := cd.verbEnd
	if k >= len(toks) || toks[k].up != "TO" {
		return false
	}
	if cd.tgt.start != k+1 && !(cd.tgt.start == k+2 && toks[k+1].up == "THE") {
		return false
	}
	for j := cd.tgt.end; j < len(toks); j++ {
		if toks[j].punct || toks[j].up == "AND" || toks[j].up == "BUT" {
			break
		}
		if appealRequestWords[toks[j].up] {
			return false
		}
	}
	return true
}

// venueOfParty reports whether a visit (042, 043 back) has as its host a
// place named after "in" or "at" whose country is also among the
// sentence's subject ("Uganda and Kenya concluded talks in Nairobi":
// FINISH "* TALKS" 042:043 made Nairobi the host of Uganda): the place
// is where both sides met, and a city hosts no one; the talks of the
// two stay as their own patterns code them. "Uganda concluded talks in
// Nairobi" (a Ugandan visit to Kenya) stays.
func venueOfParty(toks []token, cd cand) bool {
	var host member
	switch cd.code {
	case "042":
		host = cd.tgt
	case "043":
		host = cd.src
	default:
		return false
	}
	if cd.srcM == nil || host.start < cd.verbEnd || host.start < 1 || host.person || host.actor.Code != host.actor.Country {
		return false
	}
	if p := toks[host.start-1].up; p != "IN" && p != "AT" && !(p == "THE" && host.start >= 2 && (toks[host.start-2].up == "IN" || toks[host.start-2].up == "AT")) {
		return false
	}
	for _, m := range cd.srcM.members {
		if m.start != host.start && m.actor.Country == host.actor.Country {
			return true
		}
	}
	return false
}

// callWords: the forms of CALL's verbs (041:041, a telephone call).
var callWords = wordSet("CALL", "CALLS", "CALLED", "CALLING", "PHONE", "PHONES", "PHONED", "PHONING",
	"TELEPHONE", "TELEPHONES", "TELEPHONED", "TELEPHONING")

// callRequests: purposes of a call that ask something of the one called.
var callRequests = wordSet("ASK", "URGE", "REQUEST", "DEMAND", "PRESS", "SEEK", "PLEAD", "APPEAL", "DEMAND", "INVITE")

// calledToSpeak reports whether an appeal (02x) read from CALL's "* FOR"
// or "* ON" (020) takes its preposition from the caller's own purpose:
// the target right after the verb ("the", "new" between allowed), then (after "on" and a weekday at
// most) "to" and a verb before the "for" or "on" ("called the Ugandan president on Wednesday to
// apologise for the raid", "to congratulate him on his election"): a
// telephone call, the block's 041, no appeal. "called on Uganda to
// release the men" and "called the Ugandan president to ask for help"
// stay appeals.
func calledToSpeak(toks []token, cd cand) bool {
	if root(cd.code) != "02" || cd.verbStart >= len(toks) || !callWords[toks[cd.verbStart].up] {
		return false
	}
	if cd.tgt.start < cd.verbEnd || cd.tgt.start > cd.verbEnd+2 {
		return false
	}
	for k := cd.verbEnd; k < cd.tgt.start; k++ {
		switch toks[k].up {
		case "ON", "UPON", "FOR", "UP", "OFF", "OUT", "BACK", "IN":
			return false // "called on Uganda to …", "called for Uganda to …"
		}
		if toks[k].capital || toks[k].punct {
			return false
		}
	}
	for k := cd.tgt.end; k+1 < len(toks) && k < cd.tgt.end+5; k++ {
		w := toks[k].up
		if w == "ON" && k+1 < len(toks) && weekdays[toks[k+1].up] {
			k++ // "on Wednesday": when the call was made
			continue
		}
		if toks[k].punct || w == "FOR" || w == "ON" || w == "UPON" {
			return false
		}
		if w == "TO" {
			nx := toks[k+1]
			return !nx.capital && !nx.punct && !determiners[nx.up] && !functionWords[nx.up] && !callRequests[nx.up]
		}
	}
	return false
}
