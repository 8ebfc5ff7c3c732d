// Verb coding: one verb occurrence to candidates (negation, passive
// voice, intent, compound pairs).

package code

import (
	"strings"

	"dyad/internal/cameo"
	"dyad/internal/dict"
)

var negations = map[string]bool{"NOT": true, "NEVER": true, "NO": true, "N'T": true, "NOR": true, "NEITHER": true}

var beForms = map[string]bool{"WAS": true, "WERE": true, "IS": true, "ARE": true, "BEEN": true, "BE": true, "BEING": true, "GOT": true, "GET": true}

// codeVerb codes one verb occurrence: pattern match, then source/target.
func (st *state) codeVerb(sent string, toks []token, ms []mention, inMention []int, vs, ve int, vv verbVal) []cand {
	// negation: unless a pattern with words before the verb handles it
	negated := false
	for k := vs - 1; k >= 0 && k >= vs-4 && k >= st.sayConj; k-- {
		if negations[toks[k].up] || strings.HasSuffix(toks[k].up, "N'T") || !st.c.set.TabariRules && toks[k].up == "CANNOT" {
			negated = true
			break
		}
		if inMention[k] != 0 {
			break
		}
	}
	if !st.c.set.TabariRules && toks[vs].up == "GIVEN" && (ve < len(toks) && toks[ve].up == "THAT" || vs == 0 || toks[vs-1].up == ",") {
		return nil // "given that …", "Given the crisis, …": a conjunction or preposition, not the verb
	}
	if !st.c.set.TabariRules && monitoredBroadcast(toks, vs) {
		return nil // "Radio Kampala, monitored in Nairobi, said": where it was heard (places.go)
	}
	var notes []string
	block, form := vv.block, vv.form
	code := block.Code
	explain := ""
	if !form.Code.IsZero() {
		code = form.Code
	}
	var srcM, tgtM *mention
	best := -1
	var bestP *dict.Pattern
	var compound *mention
	bestEnd := 0
	for pi := range block.Patterns {
		p := &block.Patterns[pi]
		if pi < len(vv.needs) && !st.hasWords(toks, vv.needs[pi]) {
			continue // a word of the pattern is not in the sentence
		}
		score, s, t, ok := st.matchPattern(toks, ms, inMention, vs, ve, p)
		if ok && block.Name == "ARRIVE" && !st.c.set.TabariRules && infinitiveTo(toks, p, st.postEnd) {
			score = 0 // "arrived in Mali to join …": a purpose, any other pattern wins (arrivepurpose.go)
		}
		if ok && !st.c.set.TabariRules && infinitiveToNoMatch(toks, block, form, p, st.postEnd) {
			ok = false // "cut loans to exporting companies to help reduce …": an infinitive's "to" (infto.go)
		}
		if ok && !st.c.set.TabariRules && upToAmount(toks, p, st.postEnd) {
			ok = false // "lend up to $1 billion": a bound, no phrasal "up" (uptoamount.go)
		}
		// Of two patterns that match as well, the one whose words lie
		// nearer the verb: "launched an attack on the embassy" is the
		// attack (190), not the embassy opened (054) that a pattern
		// listed earlier reads (TABARI keeps the first).
		if ok && (score > best || score == best && !st.c.set.TabariRules && st.postEnd < bestEnd) {
			best, bestEnd = score, st.postEnd
			code = p.Code
			srcM, tgtM = s, t
			bestP = p
			compound = st.compound
		}
	}
	nounPass := false
	if !st.c.set.TabariRules && bestP == nil {
		if p, s, t := st.passiveNoun(toks, ms, inMention, vs, ve, block.Patterns); p != nil {
			// "a complaint was lodged with Uganda by Kenya" (passivenoun.go)
			code, bestP, srcM, tgtM, nounPass = p.Code, p, s, t, true
			notes = append(notes, "a passive whose subject is the pattern's noun: source from the by-phrase")
		}
	}
	if !st.c.set.TabariRules && bestP == nil && block.Name == "RETURN" {
		if m := st.returnedTo(toks, ms, ve); m != nil {
			// "returned an 18th-century manuscript, missing since 1943,
			// to Italy": what is given back may be longer than a
			// pattern's reach; the one it goes to is the target (084)
			code = dict.Code{Code: "084"}
			tgtM = m
			notes = append(notes, "given back: the actor after \"to\" past the object")
		}
	}
	if !st.c.set.TabariRules && bestP == nil {
		if m := st.extraditedTo(toks, ms, ve, block.Name); m != nil {
			tgtM = m // "extradited the preacher to Uganda": the state it goes to (extraditeto.go)
			notes = append(notes, "extradited: the state after \"to\" past the person handed over")
		}
	}
	if !st.c.set.TabariRules && bestP == nil && block.Name == "DYAD_RETURN_TO" {
		if m := returnedToCount(toks, ms, ve); m != nil {
			// "returned to Peru last Wednesday 21 frogs": goods given back
			code = dict.Code{Code: "084"}
			tgtM = m
			notes = append(notes, "given back: a counted object after the actor after \"returned to\"")
		}
	}
	if !st.c.set.TabariRules && bestP == nil && (code.IsZero() || code.Null) {
		if p := st.aidPatternFar(sent, toks, inMention, ve, block.Patterns); p != nil {
			// "handed over more than $4 million worth of new medical
			// equipment": the aid's word past the pattern's reach
			code, bestP = p.Code, p
			notes = append(notes, "aid: the pattern's word past a long object")
		}
	}
	actNounNote := ""
	if !st.c.set.TabariRules && !negated {
		if c, p, t, noun, ok := st.actNounCode(toks, ms, inMention, vs, ve, bestP); ok {
			// "announced the deployment of troops to Somalia": the act
			// the object names, as its verb codes it (actnoun.go)
			actNounNote = "an act named as a noun after \"" + sent[toks[vs].start:toks[vs].end] + "\": " + noun + " read as its verb → " + c.String()
			notes = append(notes, actNounNote)
			code, bestP, srcM, tgtM, compound = c, p, nil, t, nil
		}
	}
	st.objNext = false
	if bestP != nil && len(bestP.Post) > 0 && bestP.Post[0].Kind == dict.TokWord && ve < len(toks) {
		if _, _, ok := st.matchEl(toks, ms, ve, bestP.Post[0], true, 0); ok {
			st.objNext = true // "lifts blockade of …": the pattern's object word right after the verb
		}
	}
	if negated && (bestP == nil || len(bestP.Pre) == 0) {
		// "will not release the pilots", "won't lift the ban": an
		// announced refusal of a cooperative act is its rejection (12x),
		// as "refused to" is (the modality gate); a past "did not" only
		// did not happen
		rc := ""
		if !st.c.set.TabariRules && futureNot(toks, vs) {
			rc = cameo.Refusal(code.Code)
		}
		if rc == "" {
			return nil
		}
		notes = append(notes, "refused (will not): "+code.Code+" → "+rc)
		code = dict.Code{Code: rc}
	}
	if !st.c.set.TabariRules && bestP == nil && toks[vs].up == "AIMED" && vs > 0 && inMention[vs-1] == 0 &&
		st.tagged(sent, toks, inMention) && st.trig.Tag(vs-1) == "NOUN" {
		return nil // "a law aimed at …", "supplies aimed at easing …": the noun's purpose, no actor's intent
	}
	if !st.c.set.TabariRules && bestP != nil && bestP.Text == "* TO" && leadsTo(toks, vs, ve) >= 0 &&
		st.tagged(sent, toks, inMention) && st.trig.Tag(leadsTo(toks, vs, ve)+1) == "VERB" {
		return nil // "leading some commentators to argue": a cause, no act on them (sense.go leadsTo)
	}
	if !st.c.set.TabariRules && askedFor(toks, inMention, ms, vs) {
		return nil // "an EU demand for Turkey to recognise Cyprus": only asked for
	}
	if st.nounUse && (bestP == nil || len(bestP.Pre) == 0) && (st.c.set.TabariRules || !moveShape(toks, vs)) {
		return nil // "the meeting", "their visit": a noun unless a pattern says otherwise
	}
	if st.c.opts.Explain {
		if bestP != nil {
			explain = posString(bestP.Pos, bestP.Origin) + " - " + bestP.Text + " [" + bestP.Code.String() + "] in block " + block.Name
		} else {
			explain = posString(form.Pos, form.Origin) + " " + form.Forms[0].String() + " [" + code.String() + "] in block " + block.Name
		}
	}
	if actNounNote != "" && st.c.opts.Explain {
		explain = actNounNote
	}
	if code.Discard {
		st.discard = true
		return nil
	}
	if code.Null || code.IsZero() {
		return nil
	}
	// passive: "was attacked by X"
	passive := nounPass
	dyadRules := !st.c.set.TabariRules
	byAt := ve // where a passive's "by" stands: after a result, "was beaten to death by" (resultpassive.go)
	if dyadRules {
		byAt = resultBy(toks, ve)
	}
	if vs > 0 && (beForms[toks[vs-1].up] || vs > 1 && beForms[toks[vs-2].up]) && byAt < len(toks) && toks[byAt].up == "BY" {
		passive = true
	}
	if dyadRules && !passive && reducedPassive(toks, vs, ve) {
		passive = true // "the Tories, backed by forecasters, …", "as articulated by Stone"
	}
	relNoun := false // a participle after a noun that is no actor: the noun is what was done
	if dyadRules && !passive {
		if ok, noun := relativeBy(toks, inMention, vs, ve); ok {
			passive, relNoun = true, noun // "rebels backed by Uganda", "the spending planned by the Tories"
		}
	}
	st.curCode = code.Code
	if srcM == nil && st.inherit != nil {
		srcM = st.inherit
		if st.sayConj > 0 {
			notes = append(notes, "a verb coordinated with the say-verb: the speaker is its source")
		} else {
			notes = append(notes, "source carried over a conjunction")
		}
	}
	if srcM == nil && dyadRules && relativeOfNoun(toks, inMention, vs) {
		// "an attack that killed dozens", "talks that would give the
		// Russians superiority": the relative clause's subject is the
		// noun before "that", no actor
		notes = append(notes, "a relative clause of a noun that is no actor: no source")
	} else if srcM == nil {
		srcM = st.sourceBefore(toks, ms, vs)
		if !st.c.set.TabariRules && venue(toks, srcM, code.Code, toks[vs].up) {
			notes = append(notes, "a place after in/at is a venue, not the source")
			srcM = nil
		}
	}
	if dyadRules && srcM != nil && !passive {
		if m, ok := st.possessorSubject(toks, ms, inMention, vs); ok && m != srcM {
			notes = append(notes, "an infinitive after \"his\" or \"her\" and a noun: the nearest person before the possessive is its subject (corefperson.go)")
			srcM = m
		}
	}
	if dyadRules && srcM != nil && !passive && srcM != st.inherit && st.adjunctOblique(toks, ms, srcM, vs) {
		notes = append(notes, "a participle after a comma: the clause's subject, no actor, not an object after its verb")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && srcM != st.inherit && srcM.end <= vs {
		if m, ok := possessedGerund(toks, ms, inMention, vs); ok && m != srcM {
			notes = append(notes, "a gerund after a possessed noun's preposition: the possessor is its subject (possgerund.go)")
			srcM = m
		}
	}
	if dyadRules && srcM != nil && !passive && st.placeOfNoun(toks, inMention, srcM, vs) {
		// "shut its office in Moscow and has withdrawn from …", "a state
		// dinner in the Czech Republic, travelling with …": where a thing
		// is, or the place of a tour, is no actor
		notes = append(notes, "a place after a noun that names no people is where it is, not the source")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && whereSubjectIs(toks, srcM, vs) {
		// "Okello, who is in Nairobi to attend the IMF meetings":
		// where the subject is, not the subject (places.go)
		notes = append(notes, "a place after \"is in\" or \", in\" is where the subject is, not the source")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && thingSubject(toks, srcM, vs) {
		// "less EU farm money came to the UK", "EU cooperation would
		// help": the actor qualifies the subject, a thing
		notes = append(notes, "an actor qualifying a noun of money or dealings: the noun is the subject, no source")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && objectCase(toks, srcM) {
		// "voters who have abandoned him and appeal to …": "him" is an
		// object, not the next verb's subject
		notes = append(notes, "an object pronoun is no source")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && srcM.end <= vs && srcM != st.inherit {
		if m, ok := st.infinitiveSubject(sent, toks, ms, inMention, vs); ok && m != srcM {
			// "prompting the Queen to ask Harold Wilson", "forced the
			// party to compromise": the object of the verb of causing
			// or asking is the infinitive's subject
			notes = append(notes, "an infinitive after a verb of causing or asking: its object is the subject")
			srcM = m
		}
	}
	if dyadRules && srcM != nil && !passive && srcM.end <= vs && srcM != st.inherit {
		if m, ok := st.appositiveSubject(sent, toks, ms, inMention, srcM, vs); ok {
			// "The EFF, representing the reporters, has asked": the
			// actor inside the apposition is no subject
			notes = append(notes, "an actor inside an apposition after the subject's name: the name is the subject")
			srcM = m
		}
	}
	if dyadRules && srcM != nil && !passive && srcM != st.inherit {
		if m := st.ingAfterActor(toks, ms, srcM, vs); m != nil {
			notes = append(notes, "an -ing verb right after an actor in the object of another verb: that actor is its subject")
			srcM = m
		}
	}
	if dyadRules && srcM != nil && countedSource(srcM) {
		// "At least 14 people were injured and many arrested …": people
		// counted are those acted on, not the agent
		notes = append(notes, "people counted are no source")
		srcM = nil
	}
	if dyadRules && srcM != nil && speechTags[toks[vs].up] {
		if s, moved := st.speakerAfterComma(sent, toks, ms, inMention, srcM, vs); moved {
			// "All four Britons held by the US will be returned …,
			// Foreign Secretary Jack Straw told the Commons": the actor
			// inside the reported clause is not the speaker
			notes = append(notes, "a speech tag after a reported clause: the speaker is the subject after the comma")
			srcM = s
		}
	}
	if dyadRules && srcM != nil && !passive && !nounPass && srcM.end <= vs && st.infinitiveConjunct(sent, toks, inMention, srcM.end, vs) {
		notes = append(notes, "a bare verb after \"and\" continues the infinitive before it: asked for or intended, no act (infconj.go)")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && !nounPass && srcM.end < vs && purposeAfterWith(toks, srcM.end, vs) {
		notes = append(notes, "the receiver of a supply (\"provide X with … to\") is no subject of the purpose infinitive (purposeinf.go)")
		srcM = nil
	}
	if dyadRules && srcM != nil && srcM != st.inherit && !nounPass {
		conjVerb, conjObj := st.conjunctObject(toks, inMention, srcM, vs)
		// ownsubject.go: an actor of another clause, or of the object
		// before "and", is no source; nor a subject its participle qualifies
		switch {
		case st.otherClauseActor(sent, toks, inMention, srcM, vs):
			notes = append(notes, "the verb's clause has a subject of its own that is no actor: no source")
			srcM = nil
		case !passive && conjObj && (verbSubject(toks, ms, conjVerb) != nil || !conjLead(toks, vs)):
			if srcM = verbSubject(toks, ms, conjVerb); srcM != nil {
				notes = append(notes, "a verb after \"and\" shares the subject of the verb before, not its object")
			} else {
				notes = append(notes, "a verb after \"and\" shares the subject, not the object before: no source")
			}
		case !passive && srcM.end == vs && !srcM.members[0].pronoun && subjectParticiple(toks, inMention, srcM.start, vs, ve):
			notes = append(notes, "a participle after the subject before its verb qualifies it: no source")
			srcM = nil
		}
	}
	if tgtM == nil {
		tgtM = st.targetAfter(toks, ms, ve)
		if dyadRules && tgtM == nil && !passive && root(code.Code) == "07" {
			if m := st.givenTo(sent, toks, ms, inMention, ve); m != nil {
				// "handed over $4 million worth of medical equipment and
				// medicines to the Ugandan health ministry": what is given
				// may be longer than the target's reach
				notes = append(notes, "aid given: the actor after \"to\" past a long object")
				tgtM = m
			} else if m := st.aidPurposeIn(sent, toks, ms, inMention, ve); m != nil {
				// "gave $5 million to fight the epidemic in Uganda": the
				// place the aid's purpose lies in is where it goes
				notes = append(notes, "aid given: the actor after \"in\" in the aid's purpose")
				tgtM = m
			}
		}
		if bestP == nil && st.objectNoun(sent, toks, inMention, ve, tgtM) {
			notes = append(notes, "the verb's object is not an actor: no target")
			tgtM = nil
		}
		if !st.c.set.TabariRules && venue(toks, tgtM, code.Code, toks[vs].up) {
			notes = append(notes, "a place after in/at is a venue, not the target")
			v := tgtM
			tgtM = nil
			if r := root(code.Code); r == "04" || r == "05" {
				if m := withAfterVenue(toks, ms, v.end); m != nil {
					// "held talks in Jerusalem with Netanyahu", "met in
					// Nairobi on Monday with the Ugandan president"
					notes = append(notes, "the partner after the venue, after \"with\"")
					tgtM = m
				}
			}
		}
		if !st.c.set.TabariRules && chamberVenue(toks, tgtM) {
			notes = append(notes, "a legislature after \"in\" is where it happened, not the target")
			v := tgtM
			tgtM = nil
			if m := againstAfterChamber(toks, ms, v.end); m != nil {
				notes = append(notes, "the one a case is brought against, after \"against\"")
				tgtM = m
			}
		}
		if dyadRules && (code.Code == "040" || code.Code == "036") && tgtM != nil && place(tgtM) {
			if m := metAfterPlace(toks, ms, tgtM.end); m != nil {
				notes = append(notes, "the one met after the place travelled to, after \"to meet\"")
				tgtM = m
			}
		}
		if dyadRules && (bestP == nil || !hasActorMarks(bestP)) && capacityAs(toks, tgtM, ve) {
			notes = append(notes, "an actor after \"as\" is the subject's capacity, not the target")
			tgtM = nil
		}
		if !st.c.set.TabariRules && topic(toks, tgtM, code.Code) {
			notes = append(notes, "what was talked about is not the target")
			v := tgtM
			tgtM = nil
			if m := withAfterVenue(toks, ms, v.end); m != nil && !aboutGerund(toks, v.start) {
				// "discussed Lebanon with Palestinian officials": the
				// partner after the matter, after "with"
				notes = append(notes, "the partner after what was talked about, after \"with\"")
				tgtM = m
			}
		}
	}
	if dyadRules && st.targetPastClause(sent, toks, inMention, ve, tgtM) {
		notes = append(notes, "an actor past a clause with its own subject is no target (ownsubject.go)")
		tgtM = nil
	}
	if dyadRules && tgtM == nil {
		if m := actThis(toks, ms, srcM, vs, ve, code.Code); m != nil {
			// "Kenya had proposed a ceasefire, but Uganda has rejected this" (actthis.go)
			notes = append(notes, "\"this\" after \", but\": the act of the clause before, its subject the target")
			tgtM = m
		}
	}
	if dyadRules && tgtM != nil && tgtM.start >= ve && st.subordinateTarget(sent, toks, inMention, max(ve, bestEnd), tgtM) {
		// "clashed over spending plans as the row over the minister's
		// budget turned …": the actor is in another clause's subject
		notes = append(notes, "an actor in the subject of a subordinate clause after the verb is no target")
		tgtM = nil
	}
	if dyadRules && victimsOf(toks, tgtM) {
		// "donate $8m to victims of Idi Amin's regime"
		notes = append(notes, "the one who made victims is not the target: the victims are")
		tgtM = nil
	}
	if dyadRules && bestP == nil && tgtM != nil && block.Name == "CALL" && strings.HasPrefix(toks[vs].up, "CALL") &&
		tgtM.start >= ve && namingComplement(toks, inMention, tgtM.end) {
		// "called him a giant", "called Labour \"a brilliant machine\"":
		// calling someone something names them; it is no telephone call
		// (the block's 041), and no pattern of the block said what else
		return nil
	}
	if dyadRules && !passive && orderWords[toks[vs].up] && tgtM != nil && tgtM.start >= ve && tgtM.start <= ve+1 &&
		tgtM.end+1 < len(toks) && toks[tgtM.end].up == "TO" && st.isVerbAt(toks, tgtM.end+1) {
		// "ordered Uganda to withdraw", "told Uganda to leave": an order
		// to act is a demand of the one ordered (100; OVERSEE_MANAGE's
		// "* TO" read it as 030, EXPLAIN_VERBAL's "* WITHDRAW" as the
		// withdrawal itself), the act it orders only asked for
		notes = append(notes, "an order to act: "+code.String()+" → 100 demand")
		code = dict.Code{Code: "100"}
	}
	if dyadRules && srcM != nil && !passive && srcM.end <= vs && pollShare(toks, srcM.start) {
		// "60 percent of Kenyans oppose the deal", "two in three voters
		// view him favourably": a share of a people is a poll's finding,
		// not an act of anyone
		return nil
	}
	if dyadRules && srcM != nil && !passive && srcM.end <= vs && polledFor(toks, srcM.start) {
		// "adults quizzed by ICM for BBC News 24 said": the people polled
		// spoke, not the pollster or its client
		notes = append(notes, "a pollster or its client after the people polled is no source")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && reducedRelative(toks, inMention, srcM.end, vs) {
		// "a package of security measures agreed with the US": the
		// participle qualifies the noun before it, whose agent is not named
		notes = append(notes, "a participle after a noun in a prepositional phrase: no source")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && st.nounParticiple(toks, inMention, srcM.end, vs) {
		// "called for the release of … suspects detained without trial
		// in Uganda": the participle qualifies the noun before it
		notes = append(notes, "a participle after a noun in the object of another verb: no source")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && st.participleOfObject(toks, ms, srcM, vs) {
		// "paid his respects to a Ugandan soldier killed in Somalia": the
		// participle says what was done to the actor it follows, by an
		// agent not named; the subject of the verb before did not do it
		notes = append(notes, "a participle after an actor in the object of another verb: no source")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && srcM != st.inherit {
		if m, ok := st.agentInNoun(toks, ms, inMention, srcM, vs); ok {
			// "the manager appointed by the Ugandan government met …":
			// the agent of a participle inside the subject is no source
			notes = append(notes, "the agent of a participle qualifying the subject is no source; the noun is")
			srcM = m
		}
	}
	if dyadRules && srcM != nil && !passive && srcM.end == vs && strings.HasSuffix(toks[vs].up, "ED") && aboutOf(toks, inMention, srcM.start) {
		// "the case of six Roma Czechs refused entry to Britain": the
		// actor after "the case of" is what is told about, and the
		// participle after it says what was done to it (by someone not
		// named), not what it did
		notes = append(notes, "an actor after \"the case of\" and a participle: no source")
		srcM = nil
	}
	if dyadRules && thirdPlace(toks, tgtM, code.Code) {
		// "held a summit in China", "attended a conference in Uganda":
		// the third location of a 044 meeting is no party to it; a
		// partner after "with" that follows it is
		notes = append(notes, "the third location of a meeting is no party to it")
		tgtM = withAfterVenue(toks, ms, tgtM.end)
	}
	if dyadRules && placeModifier(toks, tgtM, code.Code, toks[vs].up) {
		// "planned at a Brussels meeting", "spoke at the Geneva talks":
		// a place qualifying the noun of a venue is where it happened
		notes = append(notes, "a place qualifying a venue's noun is where it happened, not the target")
		tgtM = nil
	}
	// a visit made or planned to the gathering's place is a visit
	// there, as the codebook's 042 and 044 code it ("attended a meeting in
	// Kampala": 042 to Uganda, 043 back)
	visitCode := code.Code == "042" || code.Code == "043" || bestP != nil && (bestP.Code.Code == "042" || bestP.Code.Code == "043")
	if dyadRules && (!visitCode && gatheringPlace(toks, tgtM, vs) || monitoredIn(toks, tgtM)) {
		// "raised the issue at the annual meeting in Manila", "will
		// attend a meeting in Managua", "the agency, monitored in
		// Tokyo, reported": the place of a gathering or where a
		// broadcast was heard is no party (places.go); a partner after
		// "with" that follows it is
		notes = append(notes, "the place of a gathering or of monitoring is no party to the act")
		v := tgtM
		tgtM = nil
		if r := root(code.Code); r == "03" || r == "04" || r == "05" {
			tgtM = withAfterVenue(toks, ms, v.end)
		}
	}
	if dyadRules && (!visitCode && gatheringPlace(toks, srcM, vs) || monitoredIn(toks, srcM)) {
		notes = append(notes, "the place of a gathering or of monitoring is no party to the act")
		srcM = nil
	}
	if dyadRules && tookPlaceIn(toks, tgtM) {
		// "invited to take part in the meeting taking place in London":
		// where the meeting happens is no party to the invitation
		notes = append(notes, "a place where something takes place is no party to the act")
		tgtM = nil
	}
	if dyadRules && srcM != nil && !passive && srcM != st.inherit && st.topicSubject(sent, toks, inMention, srcM, vs) {
		notes = append(notes, "an actor a noun of the subject is about is no source (topicsubject.go)")
		srcM = nil
	}
	if dyadRules && constituency(toks, tgtM) {
		notes = append(notes, "a member's seat after \"MP for\" is no party (constituency.go)")
		tgtM = nil
	}
	if dyadRules && constituency(toks, srcM) {
		notes = append(notes, "a member's seat after \"MP for\" is no party (constituency.go)")
		srcM = nil
	}
	if dyadRules && tookPlaceIn(toks, srcM) {
		notes = append(notes, "a place where something takes place is no party to the act")
		srcM = nil
	}
	if dyadRules && thirdPlace(toks, srcM, code.Code) {
		notes = append(notes, "the third location of a meeting is no party to it")
		srcM = nil
	}
	if dyadRules && tgtM != nil && judging(code.Code) && ownAct(toks, ve, tgtM.start) {
		// "defended his decision to sell arms to Iran": the act judged is
		// the source's own; the actor inside it is not the target
		notes = append(notes, "the act judged is the source's own: no target")
		tgtM = nil
	}
	if dyadRules && tgtM != nil && (code.Code == "173" || strings.HasPrefix(code.Code, "11")) && chargedWith(toks, inMention, ve, tgtM.start) {
		// "charged nine suppliers with helping Ahold inflate earnings":
		// the one charged is the noun before "with", no actor; the actor
		// after the gerund is only the object of the alleged act
		notes = append(notes, "the actor after a charge's gerund is not the one charged: no target")
		tgtM = nil
	}
	if dyadRules && !passive && block.Name == "SEND" {
		if m := sentInto(toks, ms, ve, tgtM); m != nil {
			notes = append(notes, "the place the object is sent into is the target, not the ones sent (sentinto.go)")
			tgtM = m
		}
	}
	if dyadRules && tgtM != nil && root(code.Code) == "17" && suspectedIn(toks, inMention, ve, tgtM.start) {
		notes = append(notes, "the ones held over an attack are the target, not the one attacked: no target (suspectsin.go)")
		tgtM = nil
	}
	if srcM != nil && tgtM != nil && tgtM.start > 0 && (toks[tgtM.start-1].up == "BETWEEN" || toks[tgtM.start-1].up == "AMONG") && sharesCountry(srcM, tgtM) {
		tgtM = nil // "a wedge between the two countries": not the verb's target
	}
	if nounPass {
		// source and target set by passiveNoun
	} else if passive {
		if by := st.targetAfter(toks, ms, byAt); by != nil && (by.start == byAt+1 || dyadRules && byAgent(toks, byAt, by.start)) {
			srcM, tgtM = by, st.sourceBefore(toks, ms, vs)
			notes = append(notes, "passive voice: source from the by-phrase")
			if dyadRules && st.otherClauseActor(sent, toks, inMention, tgtM, vs) {
				notes = append(notes, "the passive's clause has a subject of its own that is no actor: no target")
				tgtM = nil
			}
			if dyadRules && experiencers[toks[ve-1].up] {
				// "Kenya was disappointed by Uganda": who feels it
				// disapproves of who caused it
				srcM, tgtM = tgtM, by
				notes[len(notes)-1] = "a feeling in the passive: the subject feels it about the by-phrase"
			}
			if relNoun {
				// "the £50m given by the government", "plans unveiled by
				// ministers": what was given or unveiled is no actor
				tgtM = nil
				notes = append(notes, "a participle after a noun that is no actor: no target")
			}
		} else if dyadRules {
			// "was attacked by unknown gunmen", "backed by some
			// forecasters": the agent is no actor, and the subject is
			// not the agent
			srcM = nil
			notes = append(notes, "passive voice: the agent after by is not an actor")
		}
	} else if (bestP == nil || !hasActorMarks(bestP)) && vs > 0 && pastParticiple(toks[vs].up) && (beForms[toks[vs-1].up] || vs > 1 && beForms[toks[vs-2].up] && (strings.HasSuffix(toks[vs-1].up, "LY") || dyadRules && passiveAdverbs[toks[vs-1].up])) {
		// "X was criticized over … with Y": the subject is the target;
		// dyad rules: the actor after the verb is no agent either ("has
		// been accused of racism over a poster depicting Y") unless it is
		// the place or body the act came from ("was detained in Zambia",
		// "were released from the US camp")
		if srcM != nil && tgtM != nil && dyadRules && (!(tgtM.start > 0 && (toks[tgtM.start-1].up == "IN" || toks[tgtM.start-1].up == "FROM")) ||
			violentAgentless(code.Code) && place(tgtM)) {
			// (places.go: "was kidnapped in Kampala" names where, not who)
			srcM, tgtM = nil, srcM
			notes = append(notes, "passive voice without by: subject is the target, no agent")
		} else if srcM != nil && tgtM != nil && dyadRules && !passiveSubjectActor(toks, inMention, vs) {
			// "Already available in Japan, the PSP is released in the
			// US": the passive's subject is a thing, not the actor
			// named before it; nothing was done to an actor
			return nil
		} else if srcM != nil && tgtM != nil {
			srcM, tgtM = tgtM, srcM
			notes = append(notes, "passive voice without by: subject is the target")
		} else if srcM != nil && tgtM == nil && !dyadRules {
			// (dyad rules: a passive without "by" names no agent; the next
			// actor, "were barred from lending to Gazprom", is not it)
			if after := st.anyAfter(ms, ve); after != nil {
				srcM, tgtM = after, srcM
				notes = append(notes, "passive voice without by: subject is the target")
			}
		}
	}
	if dyadRules {
		if a, t := moveBy(toks, ms, vs, ve, code.Code); a != nil {
			// "Kenya raised taxes, a move criticised by Uganda" (moveby.go)
			srcM, tgtM = a, t
			notes = append(notes, "a judgement of \"a move\" by an agent: the agent judges the act of the sentence's opening actor")
		}
	}
	if dyadRules && passive && tgtM != nil && tgtM.end <= vs && chamberVenue(toks, tgtM) {
		// "targets for witnesses giving evidence in courts in England
		// have been announced by the lord chancellor": the court is where
		// evidence is given, not the one the passive's act was done to
		notes = append(notes, "a court or chamber after \"in\" is where it happened, not the target")
		tgtM = nil
	}
	if dyadRules && passive && tgtM != nil && tgtM.end <= vs && matterOf(toks, tgtM) {
		// "Tuesday's meeting on Palestinian reform is being hosted by
		// Tony Blair": the matter of the gathering, not the one hosted
		notes = append(notes, "what a gathering is about is no party to it")
		tgtM = nil
	}
	if dyadRules && root(code.Code) != "12" && despiteOf(toks, tgtM) {
		// "said he wanted it to end, despite US objections"; a refusal
		// "despite Biden's request" rejects the one who asked (12x)
		notes = append(notes, "an actor after \"despite\" is what the act went against, not its target")
		tgtM = nil
	}
	if dyadRules && root(code.Code) == "08" && tgtM != nil && resignation(toks, vs, ve) && !officeOf(toks, ve, tgtM) {
		notes = append(notes, "a resignation yields to no body left, post taken or actor of another clause")
		tgtM = nil
	}
	if dyadRules && tgtM != nil && (strings.HasPrefix(code.Code, "023") || root(code.Code) == "07") && st.againstPurpose(toks, inMention, ve, tgtM) {
		notes = append(notes, "the object of a hostile purpose (\"raised money to fight X\") is no party to aid or an appeal for aid (againstpurpose.go)")
		tgtM = nil
	}
	if dyadRules && onBroadcast(toks, tgtM) {
		// "insisted on BBC Radio 4's Today programme": where the speaker
		// was heard, no addressee
		notes = append(notes, "a programme a speaker is heard on is no party")
		tgtM = nil
	}
	if dyadRules && onBroadcast(toks, srcM) {
		notes = append(notes, "a programme a speaker is heard on is no party")
		srcM = nil
	}
	if dyadRules && !passive && frontedChamber(toks, srcM, vs) {
		// "Last month in a US court, Riggs Bank pleaded guilty": the
		// court of an opening phrase is where the subject acted
		notes = append(notes, "a court or chamber in an opening phrase is where it happened, not the source")
		srcM = nil
	}
	if d := st.c.set.Default; d != (dict.Defaults{}) {
		var note string
		if srcM, tgtM, note = st.applyDefaults(ms, vs, ve, srcM, tgtM); note != "" {
			notes = append(notes, note)
		}
	}
	if dyadRules && standingAttitude(toks, vs, ve) {
		// "has been critical of Uganda since 2010": a standing attitude
		st.capped = append(st.capped, Gated{Gate: "state", Reason: "a standing attitude over time, no act", Level: "event", Start: toks[vs].start, End: toks[ve-1].end})
		return nil
	}
	var out []cand
	if st.c.intent && !code.Null {
		if ic, why := intentCode(toks, vs, code.Code); ic != "" {
			notes = append(notes, "intent ("+why+"): "+code.Code+" → "+ic)
			code = dict.Code{Code: ic}
		}
	}
	emit := func(s, t member, rev bool) {
		if dyadRules && firmMoney(bestP, s.actor.Code, t.actor.Code) {
			return // a firm's money paid, spent, raised or won: commerce, no aid (firmmoney.go)
		}
		cc := cand{src: s, tgt: t, code: code.Code, verbStart: vs, verbEnd: ve, explain: explain, notes: notes, srcM: srcM}
		if rev {
			if dyadRules && impliedReverse(code) {
				return
			}
			cc.src, cc.tgt, cc.code = t, s, code.Reverse
		}
		if cc.code != "" {
			out = append(out, cc)
		}
	}
	pairs := func(ms []member) {
		for a := range ms {
			for b := range ms {
				if a != b {
					emit(ms[a], ms[b], false)
				}
			}
		}
	}
	if !st.c.set.TabariRules {
		if why := st.unbounded(srcM, tgtM, compound); why != "" {
			st.capped = append(st.capped, Gated{Gate: "combinatorics", Reason: why, Level: "event", Start: toks[vs].start, End: toks[ve-1].end})
			return nil
		}
	}
	if compound != nil && compound.end <= vs && !st.c.set.TabariRules {
		// "Kenya and Uganda failed to reach a deal with Sudan": a
		// partner named after "with" is the target, not the compound
		// itself
		if with := st.targetAfter(toks, ms, ve); with != nil && with.start > 0 && toks[with.start-1].up == "WITH" {
			srcM, tgtM, compound = compound, with, nil
		}
	}
	switch {
	case compound != nil && len(compound.members) > 1:
		// % in the pattern: the compound's members act on each other
		notes = append(notes, "compound (%) in the pattern: coded between its members")
		for a := range compound.members {
			for b := range compound.members {
				if a < b {
					emit(compound.members[a], compound.members[b], false)
					emit(compound.members[a], compound.members[b], true)
					if code.Reverse == "" {
						emit(compound.members[b], compound.members[a], false)
					}
				}
			}
		}
	case srcM != nil && tgtM != nil:
		oneWay := dyadRules && code.Code == code.Reverse && noPartner(toks, tgtM, toks[vs].up)
		if oneWay {
			notes = append(notes, "a mutual code whose target follows a preposition other than a partner's: no reverse")
		} else if dyadRules && code.Code == code.Reverse && bestP != nil && withPastTarget(toks, tgtM, bestEnd) {
			oneWay = true
			notes = append(notes, "a mutual code whose \"with\" comes after its target: the target is no partner, no reverse (mutual.go)")
		}
		for _, s := range srcM.members {
			for _, t := range tgtM.members {
				emit(s, t, false)
				if !oneWay {
					emit(s, t, true)
				}
			}
		}
	case !st.c.set.TabariRules && srcM != nil && len(srcM.members) == 2 && code.Code == "190" && clashWords[toks[vs].up] && adjacentSubject(toks, srcM, vs):
		// "Kenyan troops and Ugandan rebels clashed": a clash is between
		// the two the subject names, each against the other
		notes = append(notes, "a clash between the two of a compound subject")
		pairs(srcM.members)
	case srcM != nil && len(srcM.members) > 1 && mutualCode(code.Code) && listMutual(code.Code, srcM) && mutualIntent(code.Code, toks, vs) && (adjacentSubject(toks, srcM, vs) || !st.c.set.TabariRules && sharedHead(toks, srcM, vs)) && (st.c.set.TabariRules || len(srcM.members) <= 3 && (!srcM.members[0].pronoun || srcM.members[0].pair) && !st.listNotSubject(toks, inMention, srcM, vs, ve) && st.listAccord(code.Code, toks, srcM, vs) && (st.c.set.TabariRules || agreedOrMutual(toks, vs) || root(code.Code) == "04" || !st.objectParty(toks, inMention, ve))):
		notes = append(notes, "compound source without a target: coded between its members")
		pairs(srcM.members)
	case srcM == nil && tgtM != nil && len(tgtM.members) > 1 && mutualCode(code.Code) && tgtM.start > 0 && (toks[tgtM.start-1].up == "BETWEEN" || toks[tgtM.start-1].up == "AMONG"):
		notes = append(notes, "compound after the verb without a source: coded between its members")
		pairs(tgtM.members)
	case srcM != nil:
		out = append(out, cand{src: srcM.members[0], code: code.Code, verbStart: vs, verbEnd: ve, explain: explain})
	}
	return out
}

// sharedHead: a list of bare actors, one word each ("Kenyan and Ugandan",
// "UK and EU"), then one plural noun of the people who speak for them
// that no dictionary makes a role (headNouns), then the verb
// at vs, adverbs, words of time or auxiliaries between as
// adjacentSubject allows: the noun is the head the list qualifies, so the
// list is the verb's subject ("Kenyan and Ugandan leaders agreed to
// reopen the border", "UK and EU negotiators have agreed a trade deal").
// headNouns are plural nouns of people who act for a country or body
// and that the agents dictionary lacks ("leaders", "negotiators"); not
// things ("the Brussels, Paris and Amsterdam exchanges merged", "the
// Canadian and Israeli pacts should serve": no act of the places).
var headNouns = map[string]bool{"LEADERS": true, "NEGOTIATORS": true, "DELEGATIONS": true, "DELEGATES": true,
	"ENVOYS": true, "REPRESENTATIVES": true, "MEDIATORS": true, "TEAMS": true, "COUNTERPARTS": true}

func sharedHead(toks []token, m *mention, vs int) bool {
	for _, mem := range m.members {
		if mem.end-mem.start != 1 || mem.pronoun {
			return false
		}
	}
	h := m.end
	if h >= vs || h >= len(toks) {
		return false
	}
	if w := toks[h]; w.capital || !headNouns[w.up] {
		return false
	}
	head := *m
	head.end = h + 1
	return adjacentSubject(toks, &head, vs)
}

// futureNot: the verb at vs is negated by "will not", "would not",
// "won't" (adverbs between: "will not now release"), or by "cannot",
// "can't", "can not": an actor that says it cannot support, accept or
// release refuses to, as CAMEO's 12x "refuse to …" reads it.
func futureNot(toks []token, vs int) bool {
	k := vs - 1
	for k >= 0 && (strings.HasSuffix(toks[k].up, "LY") || toks[k].up == "NOW" || toks[k].up == "BE") {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].up {
	case "WON'T", "WOULDN'T", "SHAN'T", "CANNOT", "CAN'T":
		return true
	case "NOT", "N'T":
		if k == 0 {
			return false
		}
		switch toks[k-1].up {
		case "WILL", "WOULD", "SHALL", "WO", "CAN", "CA":
			return true
		}
	}
	return false
}

// hasWords reports whether the sentence toks may hold each needed word
// (or its plural): false only when one surely is not there.
func (st *state) hasWords(toks []token, needs []need) bool {
	if len(needs) == 0 {
		return true
	}
	if st.wordsSent != st.sentNo {
		st.wordsSent = st.sentNo
		st.words = wordBits{}
		for _, t := range toks {
			st.words.set(t.up)
		}
	}
	for _, n := range needs {
		if !st.words.has(n.word) && !st.words.has(n.plural) {
			return false
		}
	}
	return true
}

// maxList is the longest list of actors one side of an event may hold
// ("sanctions on A, B, C and D"), and maxPairs the most source × target
// pairs one verb may yield ("A and B welcomed ties with C and D"); more is
// a roll call whose every pair would be coded, not the parties of one act.
const (
	maxList  = 4
	maxPairs = 4
)

// unbounded returns why a verb's source and target would expand into too
// many pairs to be one act each: a list longer than maxList, more than
// maxPairs pairs, a plural pronoun ("they") against a list.
func (st *state) unbounded(src, tgt, compound *mention) string {
	// actors, not codes: an entry coded as several actors ("The Shire"
	// → FRO, BIL, SAM) is one
	n := func(m *mention) int {
		if m == nil {
			return 0
		}
		k := 0
		for i, mem := range m.members {
			if i == 0 || mem.start != m.members[i-1].start || mem.end != m.members[i-1].end || mem.pronoun {
				k++
			}
		}
		return k
	}
	they := func(m *mention) bool {
		return m != nil && len(m.members) > 1 && m.members[0].pronoun && !m.members[0].pair
	}
	switch {
	case n(compound) > maxList:
		return "a list of " + itoa(n(compound)) + " acting on each other: not coded"
	case n(src) > maxList || n(tgt) > maxList:
		return "a list of more than " + itoa(maxList) + " actors on one side: not coded"
	case n(src) > 1 && n(tgt) > 1 && (they(src) || they(tgt)):
		return "a plural pronoun against a list: every pair would be coded, none is"
	case n(src)*n(tgt) > maxPairs:
		return itoa(n(src)) + " sources × " + itoa(n(tgt)) + " targets: more than " + itoa(maxPairs) + " pairs, none coded"
	}
	return ""
}
