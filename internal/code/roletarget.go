package code

import "strings"

// Targets that play another role in the sentence (issue 17, ROLE): the
// captive of an appeal or demand for a release, the outlet that relays
// what sources said, an actor inside a denied report, and the matter of
// a statement, order or plan that is the object of an -ing verb after
// "for"/"from" or sits after "of" in an expletive "there" clause. Each is
// no party the act is directed at; roleTarget drops the candidate or,
// for a release with its holder named, moves the target to the holder.
//
// Not here, as earlier re-judged samples count them right: an -ing
// subject of a said clause ("says having Kenyan voters register …":
// a statement about the voters, 010) and a court whose jurisdiction a
// party challenges (110 to the court).

// releaseWords name the release asked for ("the release of", "freeing",
// "the freedom of").
var releaseWords = wordSet("RELEASE", "RELEASING", "FREEING", "FREEDOM", "RETURN")

// captorVerbs are participles before "by" that name who holds a person
// or property ("held by", "kidnapped by", "seized by").
var captorVerbs = wordSet("HELD", "KIDNAPPED", "ABDUCTED", "SEIZED", "DETAINED", "CAPTURED", "TAKEN", "IMPRISONED",
	"JAILED", "CONFISCATED", "HOLDING", "KEPT", "ARRESTED")

// relayVerbs take the outlet as the one told ("told the BBC", "telling
// Reuters").
var relayVerbs = wordSet("TOLD", "TELLS", "TELL", "TELLING")

// relaySpeech are speech verbs before "to" + outlet ("speaking to the
// BBC", "talked to Reuters").
var relaySpeech = wordSet("SPEAKING", "SPOKE", "SPEAKS", "TALKING", "TALKED", "TALKS", "SAID", "SAYS", "WRITING", "WROTE")

// relayNouns after an outlet make it the place of the words ("in a BBC
// interview", "on BBC Radio's Today programme").
var relayNouns = wordSet("INTERVIEW", "PROGRAMME", "PROGRAM", "RADIO", "TELEVISION", "DOCUMENTARY")

// matterPreps before an -ing verb whose object is the matter of a
// statement, order, plan or refusal ("plans for employing women",
// "preventing them from getting value"). Not "about": "pessimism about
// bringing the standoff to an end" is pessimism toward what follows.
var matterPreps = wordSet("FOR", "FROM")

// matterRoots are the roots whose target can be only what the act is
// about: statements, appeals, intents and rejections.
var matterRoots = wordSet("01", "02", "03", "12")

// roleTarget returns why the candidate's target is no party (""  when it
// keeps it) and, for an appeal or demand for a release with its holder
// named, the candidate moved to the holder.
func roleTarget(toks []token, ms []mention, cd cand) (cand, string) {
	if cd.tgt.start >= cd.tgt.end || cd.tgt.start >= len(toks) {
		return cd, ""
	}
	if relayedOutlet(toks, cd) {
		return cd, "the outlet that relays the words is no party (\"told the BBC\", \"in a BBC interview\")"
	}
	if why := venueTarget(toks, cd); why != "" {
		return cd, why // a body named as the setting of the act (venuetarget.go)
	}
	if why := matterTarget(toks, ms, cd); why != "" {
		return cd, why // a feeling's owner, a claim's or a consequence's matter, another's act (mattertarget.go)
	}
	if cd.code == "0253" || cd.code == "1053" {
		r := releaseAt(toks, cd)
		if r >= 0 && cd.tgt.start > r {
			// "called for the release of the Ugandan journalists": the
			// captive is what is asked for; the appeal is to the one who
			// holds them ("held by X", "kidnapped by X") or to no one named
			if h := holder(toks, ms, r); h != nil && h.actor.Code != cd.src.actor.Code {
				cd.tgt = *h
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "the captive is no target: the holder is")
				return cd, ""
			}
			return cd, "the captive of a release asked for is no target; no holder named"
		}
	}
	if !matterRoots[root(cd.code)] || cd.tgt.start < cd.verbEnd {
		return cd, ""
	}
	if cd.code == "016" && deniedClaim(toks, cd.verbEnd, cd.tgt.start) {
		return cd, "an actor inside a denied report or claim is its matter, no target"
	}
	if gerundObject(toks, cd.verbEnd, cd.tgt.start) {
		return cd, "the object of an -ing verb after a preposition is the matter, no target (\"plans for employing women\")"
	}
	if root(cd.code) == "01" && matterClause(toks, cd.verbEnd, cd.tgt.start) {
		return cd, "an actor after \"of\" in a said clause opened by \"there is\" is its matter"
	}
	return cd, ""
}

// releaseAt is the first release word after the verb's start ("appealed
// for the release of", "urged Uganda to release"), -1 if none within
// the clause.
func releaseAt(toks []token, cd cand) int {
	for k := cd.verbStart; k < len(toks) && k <= cd.verbEnd+8; k++ {
		if releaseWords[toks[k].up] {
			return k
		}
		if k >= cd.verbEnd && clauseStops[toks[k].up] {
			break
		}
	}
	return -1
}

// holder finds the actor that holds the captive after the release word
// r: the mention after a captor participle and "by" ("held by Somali
// rebels", "kidnapped by the militia"), else nil.
func holder(toks []token, ms []mention, r int) *member {
	for k := r + 1; k+1 < len(toks); k++ {
		if toks[k].up != "BY" || !captorVerbs[toks[k-1].up] {
			continue
		}
		at := k + 1
		if determiners[toks[at].up] {
			at++
		}
		for i := range ms {
			if ms[i].start == at && len(ms[i].members) > 0 && ms[i].members[0].actor.Code != "" {
				return &ms[i].members[0]
			}
		}
		return nil
	}
	return nil
}

// relayedOutlet reports whether the target is a news outlet that only
// carries what was said: told ("party sources told the BBC"), spoken to
// ("speaking to Reuters") or the frame of an interview or programme ("in
// a BBC interview"). "Told the BBC to leave" is an order and stays.
func relayedOutlet(toks []token, cd cand) bool {
	t := cd.tgt
	if !strings.HasSuffix(t.actor.Code, "MED") {
		return false
	}
	p := t.start - 1
	if p >= 0 && determiners[toks[p].up] {
		p--
	}
	if t.end < len(toks) && (toks[t.end].up == "TO" || toks[t.end].up == "NOT") {
		return false
	}
	switch {
	case p >= 0 && relayVerbs[toks[p].up]:
		return true
	case p >= 1 && toks[p].up == "TO" && relaySpeech[toks[p-1].up]:
		return true
	case p >= 1 && toks[p].up == "WITH" && (toks[p-1].up == "INTERVIEW" || toks[p-1].up == "INTERVIEWS"):
		return true
	case t.end < len(toks) && relayNouns[toks[t.end].up] && p >= 0 && (toks[p].up == "IN" || toks[p].up == "ON" || toks[p].up == "TO"):
		return true
	}
	return false
}

// gerundObject reports whether the mention at at is the object of an
// -ing verb after a preposition, both after the coded verb ending at ve:
// "told ministries to put plans in place for employing Kenyan refugees",
// "is preventing them from getting taxpayers value". At most four words
// (no punctuation) between the -ing word and the mention.
func gerundObject(toks []token, ve, at int) bool {
	for k := at - 1; k > ve && k >= at-5; k-- {
		w := toks[k].up
		if toks[k].punct || clauseStops[w] {
			return false
		}
		if len(w) > 5 && strings.HasSuffix(w, "ING") && !toks[k].capital && !notGerunds[w] {
			return matterPreps[toks[k-1].up]
		}
	}
	return false
}

// matterClause reports whether the said clause right after the say-verb
// ending at ve (past "that" or a time word) opens with an expletive
// "there" + be and the mention at at is the complement of "of" inside
// its noun phrase ("said there was a difference between the experiences
// of Ugandan refugees"): the actors named are what the statement is
// about, not its target. A partner ("there had been disagreements with
// Uganda"), a clause of its own ("there was evidence that Uganda …") or
// an infinitive's object ("there was not enough evidence to keep the
// Ugandan man detained", a decision about him) keep the target.
func matterClause(toks []token, ve, at int) bool {
	if ve < 1 || !stmtSayWords[toks[ve-1].up] {
		return false
	}
	k := ve
	for k < at && (toks[k].up == "THAT" || timeWords[toks[k].up]) {
		k++
	}
	if k+1 >= at || toks[k].up != "THERE" {
		return false
	}
	if nx := toks[k+1].up; !judgeBe[nx] && !haveForms[nx] && !modal[nx] {
		return false
	}
	for j := k + 2; j < at; j++ {
		if partnerWords[toks[j].up] || toks[j].punct {
			return false
		}
	}
	p := at - 1
	if determiners[toks[p].up] {
		p--
	}
	return toks[p].up == "OF"
}

// partnerWords after "there is" make the actor a partner, the subject
// of a clause of its own or an infinitive's object, no matter.
var partnerWords = wordSet("WITH", "AGAINST", "THAT", "WHETHER", "IF", "TO")

// notGerunds end in -ing but are no verb here: prepositions and nouns
// ("said during the debate", "said nothing") and participles used as
// adjectives before an actor ("withdraw its troops from neighbouring
// Uganda", "support for the ruling party").
var notGerunds = wordSet("DURING", "NOTHING", "SOMETHING", "ANYTHING", "EVERYTHING", "MORNING", "EVENING", "FOLLOWING",
	"NEIGHBORING", "NEIGHBOURING", "RULING", "GOVERNING", "OPPOSING", "WARRING", "LEADING", "VISITING", "EXISTING",
	"REMAINING", "ONGOING", "INCOMING", "OUTGOING", "UPCOMING", "RISING", "GROWING", "STRIKING", "FIGHTING", "KING")

// claimNouns are what a denial answers ("denied a report claiming …").
var claimNouns = wordSet("REPORT", "REPORTS", "CLAIM", "CLAIMS", "ALLEGATION", "ALLEGATIONS", "SUGGESTION", "SUGGESTIONS",
	"RUMOUR", "RUMOURS", "RUMOR", "RUMORS", "STORY", "STORIES", "ACCUSATION", "ACCUSATIONS")

// claimLinks open the content of a claim noun.
var claimLinks = wordSet("CLAIMING", "SAYING", "SUGGESTING", "ALLEGING", "STATING", "THAT")

// deniedClaim reports whether the mention at at sits in the content of a
// report or claim the verb ending at ve denies ("denied a report
// claiming he warned Raila Odinga …"): the denial answers whoever made
// the claim; the actors inside it are its matter.
func deniedClaim(toks []token, ve, at int) bool {
	for k := ve; k+1 < at && k <= ve+4; k++ {
		if claimNouns[toks[k].up] && claimLinks[toks[k+1].up] {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}
