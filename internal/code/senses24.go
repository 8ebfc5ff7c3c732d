package code

// Verb senses left by earlier work (senses3, issue 17), each checked
// against the CAMEO codebook: wanting another to act asks it to act (an
// appeal, 02x: the codebook's own 025 example is "Sharon wants Germany to
// pay more compensation"), recognising a state or a government is
// diplomatic recognition (054), acknowledging a person is recognising
// him, no admission of a wrong (015), "the opposition to" a thing is a
// stance, no party, and quitting office or stopping a party (a
// gathering) reduces no relations (CANCEL's "* OFFICE", "* PARTY").

// wantedAct returns the appeal (02x) for an intent (03x, CAMEO.2.0.txt's
// WANT is 030 alone) or a demand (10x) read from "want" whose target
// comes after the verb and is followed, within two words, by "to" and a
// lowercase verb ("Kenya wants Uganda to close the border" 030 → 020,
// "wants Uganda to release the prisoners" 1053 → 0253): the wanter asks
// the target to act; it offers nothing and demands less than "demand".
// The codebook runs 020…028 as 030…038 and 100…108. "Kenya wants to
// cooperate with Uganda" (no target before "to") and "wants closer ties
// with Uganda" stay; "wants X to be …" is wantedState's wish; "wants
// voters to know …" is a politician courting them (courtsVoters drops
// it).
func wantedAct(toks []token, cd cand) string {
	if r := root(cd.code); r != "03" && r != "10" || len(cd.code) < 3 {
		return ""
	}
	if cd.verbStart >= len(toks) || !wantWords[toks[cd.verbStart].up] || cd.tgt.start < cd.verbEnd || cd.src.start > cd.verbStart {
		return ""
	}
	for k := cd.tgt.start; k < cd.tgt.end && k < len(toks); k++ {
		if voterWords[toks[k].up] {
			return "" // "wants voters to know …": courting them (courtsVoters)
		}
	}
	for k := cd.tgt.end; k+1 < len(toks) && k <= cd.tgt.end+2; k++ {
		if toks[k].punct {
			return ""
		}
		if toks[k].up != "TO" {
			continue
		}
		nx := toks[k+1]
		if nx.capital || nx.punct || nx.up == "BE" || determiners[nx.up] || functionWords[nx.up] || numberLike(nx.up) {
			return ""
		}
		return "02" + cd.code[2:]
	}
	return ""
}

// stateAfter: words that may follow the object of "recognise" or
// "acknowledge" when nothing more is said of it (a time or a place).
var stateAfter = wordSet("ON", "IN", "AT", "AFTER", "LAST", "THIS", "YESTERDAY", "TODAY", "ONLY", "FORMALLY", "OFFICIALLY")

// directObject reports whether the target stands right after the verb
// ("the" and "new" allowed between) and ends the clause or is followed
// by a time or a place only (stateAfter), no "'s", no "for" or "as".
func directObject(toks []token, cd cand) bool {
	k := cd.verbEnd
	for k < cd.tgt.start && (toks[k].up == "THE" || toks[k].up == "NEW") {
		k++
	}
	if cd.tgt.start != k || cd.src.start > cd.verbStart {
		return false
	}
	e := cd.tgt.end
	return e >= len(toks) || toks[e].punct && toks[e].up != "'S" && toks[e].up != "'" && toks[e].up != "’" || stateAfter[toks[e].up]
}

// recognisedState returns 054 (grant diplomatic recognition) for praise
// (051) read from "recognise" or an admission (015) read from
// "acknowledge" whose object is a state or its government, right after
// the verb and nothing more said of it ("Kenya recognised South Sudan",
// "recognised the new Ugandan government"): the codebook's 054 codes
// "recognition of newly independent states, new governments". A person
// recognised stays 051; "recognised Uganda's efforts" stays praise.
func recognisedState(toks []token, cd cand) string {
	if cd.verbStart >= len(toks) {
		return ""
	}
	w := toks[cd.verbStart].up
	if !(cd.code == "051" && recogniseWords[w] || cd.code == "015" && acknowledgeWords[w]) {
		return ""
	}
	a := cd.tgt.actor
	switch {
	case a.Country == "":
		return ""
	case a.Code == a.Country && !cd.tgt.person:
	case a.Code == a.Country+"GOV" && governmentNamed(toks, cd.tgt):
	default:
		return ""
	}
	if !directObject(toks, cd) {
		return ""
	}
	return "054"
}

// governmentWords: the head nouns of a state's government as a body.
var governmentWords = wordSet("GOVERNMENT", "ADMINISTRATION", "REGIME", "AUTHORITIES")

// governmentNamed reports whether a member is named by a government's
// head noun ("the Ugandan government", "the new government of Uganda"),
// not by a person's office.
func governmentNamed(toks []token, m member) bool {
	for k := m.start; k < m.end && k < len(toks); k++ {
		if governmentWords[toks[k].up] {
			return true
		}
	}
	return false
}

// acknowledgedPerson returns 051 for an admission (015) read from
// "acknowledge" whose object is a person or a body named right after the
// verb with nothing more said of it ("The Kenyan president acknowledged
// the Ugandan opposition leader"): acknowledging someone recognises him
// (ACCLAIM's RECOGNISE, 051); the codebook's 015 is claiming
// responsibility or admitting a wrong, which names the wrong.
func acknowledgedPerson(toks []token, cd cand) string {
	if cd.code != "015" || cd.verbStart >= len(toks) || !acknowledgeWords[toks[cd.verbStart].up] {
		return ""
	}
	if !directObject(toks, cd) {
		return ""
	}
	return "051"
}

// oppositionStance reports whether the source or the target is the word
// "opposition" alone ("the" allowed before it) followed by "to" or
// "against" ("joined the opposition to the plan", "have joined the
// opposition against the tax", "would lead the opposition to the
// plans"): the noun names the act of opposing, no opposition party; the
// role word codes no actor there. "joined the Ugandan opposition" and
// "the opposition criticised the plan" stay.
func oppositionStance(toks []token, cd cand) bool {
	stance := func(m member) bool {
		if m.end-m.start < 1 || m.end >= len(toks) || m.start < 0 {
			return false
		}
		k := m.start
		if toks[k].up == "THE" {
			k++
		}
		if k != m.end-1 || toks[k].up != "OPPOSITION" {
			return false
		}
		nx := toks[m.end].up
		return nx == "TO" || nx == "AGAINST"
	}
	return stance(cd.tgt) || stance(cd.src)
}

// quitWords: the forms of CANCEL's QUIT.
var quitWords = wordSet("QUIT", "QUITS", "QUITTING")

// cancelObjectDets: words between the verb and CANCEL's "office" or
// "party" that leave it the verb's object.
var cancelObjectDets = wordSet("THE", "A", "AN", "HIS", "HER", "ITS", "THEIR", "OUR")

// cancelledPost reports whether a reduction of relations (160) read
// from CANCEL's "* OFFICE" (written for "closed its office") or "*
// PARTY" (written for "quit the party") has the other sense: "quit
// office" ("quit his office over the Ugandan deal") is resigning a
// post, no act toward the actor named after it; a party stopped, ended
// or called off ("stopped the party in Uganda", "ended a party of
// Ugandan students") is a gathering, no political party left. The
// object noun right after the verb (a determiner or possessive
// between), lowercase. "closed its office in Uganda" (160) and "quit
// the party" (160, a member leaving it) stay.
func cancelledPost(toks []token, cd cand) bool {
	if cd.code != "160" || cd.verbStart >= len(toks) {
		return false
	}
	k := cd.verbEnd
	if k < len(toks) && cancelObjectDets[toks[k].up] {
		k++
	}
	if k >= len(toks) || toks[k].capital {
		return false
	}
	quit := quitWords[toks[cd.verbStart].up]
	switch toks[k].up {
	case "OFFICE":
		return quit
	case "PARTY":
		return !quit
	}
	return false
}
