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
	for k := vs - 1; k >= 0 && k >= vs-4; k-- {
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
	if st.nounUse && (bestP == nil || len(bestP.Pre) == 0) {
		return nil // "the meeting", "their visit": a noun unless a pattern says otherwise
	}
	if st.c.opts.Explain {
		if bestP != nil {
			explain = posString(bestP.Pos, bestP.Origin) + " - " + bestP.Text + " [" + bestP.Code.String() + "] in block " + block.Name
		} else {
			explain = posString(form.Pos, form.Origin) + " " + form.Forms[0].String() + " [" + code.String() + "] in block " + block.Name
		}
	}
	if code.Discard {
		st.discard = true
		return nil
	}
	if code.Null || code.IsZero() {
		return nil
	}
	// passive: "was attacked by X"
	passive := false
	if vs > 0 && (beForms[toks[vs-1].up] || vs > 1 && beForms[toks[vs-2].up]) && ve < len(toks) && toks[ve].up == "BY" {
		passive = true
	}
	dyadRules := !st.c.set.TabariRules
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
		notes = append(notes, "source carried over a conjunction")
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
	if dyadRules && srcM != nil && !passive && objectCase(toks, srcM) {
		// "voters who have abandoned him and appeal to …": "him" is an
		// object, not the next verb's subject
		notes = append(notes, "an object pronoun is no source")
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
	if tgtM == nil {
		tgtM = st.targetAfter(toks, ms, ve)
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
		if !st.c.set.TabariRules && topic(toks, tgtM, code.Code) {
			notes = append(notes, "what was talked about is not the target")
			tgtM = nil
		}
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
	if dyadRules && srcM != nil && !passive && reducedRelative(toks, inMention, srcM.end, vs) {
		// "a package of security measures agreed with the US": the
		// participle qualifies the noun before it, whose agent is not named
		notes = append(notes, "a participle after a noun in a prepositional phrase: no source")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && st.participleOfObject(toks, ms, srcM, vs) {
		// "paid his respects to a Ugandan soldier killed in Somalia": the
		// participle says what was done to the actor it follows, by an
		// agent not named; the subject of the verb before did not do it
		notes = append(notes, "a participle after an actor in the object of another verb: no source")
		srcM = nil
	}
	if dyadRules && srcM != nil && !passive && srcM.end == vs && strings.HasSuffix(toks[vs].up, "ED") && aboutOf(toks, inMention, srcM.start) {
		// "the case of six Roma Czechs refused entry to Britain": the
		// actor after "the case of" is what is told about, and the
		// participle after it says what was done to it (by someone not
		// named), not what it did
		notes = append(notes, "an actor after \"the case of\" and a participle: no source")
		srcM = nil
	}
	if dyadRules && tgtM != nil && judging(code.Code) && ownAct(toks, ve, tgtM.start) {
		// "defended his decision to sell arms to Iran": the act judged is
		// the source's own; the actor inside it is not the target
		notes = append(notes, "the act judged is the source's own: no target")
		tgtM = nil
	}
	if srcM != nil && tgtM != nil && tgtM.start > 0 && (toks[tgtM.start-1].up == "BETWEEN" || toks[tgtM.start-1].up == "AMONG") && sharesCountry(srcM, tgtM) {
		tgtM = nil // "a wedge between the two countries": not the verb's target
	}
	if passive {
		if by := st.targetAfter(toks, ms, ve); by != nil && (by.start == ve+1 || dyadRules && byAgent(toks, ve, by.start)) {
			srcM, tgtM = by, st.sourceBefore(toks, ms, vs)
			notes = append(notes, "passive voice: source from the by-phrase")
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
		if srcM != nil && tgtM != nil && dyadRules && !(tgtM.start > 0 && (toks[tgtM.start-1].up == "IN" || toks[tgtM.start-1].up == "FROM")) {
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
	if d := st.c.set.Default; d != (dict.Defaults{}) {
		var note string
		if srcM, tgtM, note = st.applyDefaults(ms, vs, ve, srcM, tgtM); note != "" {
			notes = append(notes, note)
		}
	}
	var out []cand
	if st.c.intent && !code.Null {
		if ic, why := intentCode(toks, vs, code.Code); ic != "" {
			notes = append(notes, "intent ("+why+"): "+code.Code+" → "+ic)
			code = dict.Code{Code: ic}
		}
	}
	emit := func(s, t member, rev bool) {
		cc := cand{src: s, tgt: t, code: code.Code, verbStart: vs, verbEnd: ve, explain: explain, notes: notes, srcM: srcM}
		if rev {
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
		for _, s := range srcM.members {
			for _, t := range tgtM.members {
				emit(s, t, false)
				emit(s, t, true)
			}
		}
	case !st.c.set.TabariRules && srcM != nil && len(srcM.members) == 2 && code.Code == "190" && clashWords[toks[vs].up] && adjacentSubject(toks, srcM, vs):
		// "Kenyan troops and Ugandan rebels clashed": a clash is between
		// the two the subject names, each against the other
		notes = append(notes, "a clash between the two of a compound subject")
		pairs(srcM.members)
	case srcM != nil && len(srcM.members) > 1 && mutualCode(code.Code) && listMutual(code.Code, srcM) && mutualIntent(code.Code, toks, vs) && (adjacentSubject(toks, srcM, vs) || !st.c.set.TabariRules && sharedHead(toks, srcM, vs)) && (st.c.set.TabariRules || len(srcM.members) <= 3 && (!srcM.members[0].pronoun || srcM.members[0].pair)):
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

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// mutualCode: codes that a compound subject does with each other ("China
// and Russia agreed", "the two leaders met"): consult, cooperate, agree.
func mutualCode(code string) bool {
	r := root(code)
	return r == "03" || r == "04" || r == "05" || r == "06"
}

// mutualIntent: an intent (03) that a compound subject states is toward
// each other only when they agree on it, intend to meet (036), or what
// they intend is done with each other ("Kenya and Uganda agreed to cut
// tariffs", "… pledged to strengthen ties"); "Kenya and Uganda decided to cut
// taxes", "… have said they plan to raise pensions", "it would be up to
// Kenya and Uganda to decide whether to take part" are each one's own
// intent, with no target.
func mutualIntent(code string, toks []token, vs int) bool {
	if root(code) != "03" || strings.HasPrefix(code, "036") { // an intent to meet is to meet each other
		return true
	}
	for k := vs; k >= 0 && k >= vs-3; k-- { // "agreed to establish"
		switch toks[k].up {
		case "AGREE", "AGREES", "AGREED", "AGREEING":
			return true
		}
	}
	for k := vs; k < len(toks) && k <= vs+12; k++ {
		w := toks[k].up
		if w == "." || w == ";" {
			break
		}
		if mutualCues[w] || w == "EACH" && k+1 < len(toks) && toks[k+1].up == "OTHER" || w == "ONE" && k+1 < len(toks) && toks[k+1].up == "ANOTHER" {
			return true
		}
	}
	return false
}

var mutualCues = map[string]bool{"TOGETHER": true, "JOINTLY": true, "JOINT": true, "MUTUAL": true, "BILATERAL": true,
	"TIES": true, "RELATIONS": true, "COOPERATION": true, "CO-OPERATION": true, "COOPERATE": true, "CO-OPERATE": true,
	"TALKS": true, "MEET": true, "NEGOTIATE": true, "NEGOTIATIONS": true, "NEGOTIATION": true, "DEAL": true, "AGREEMENT": true, "TREATY": true, "PACT": true,
	"PARTNERSHIP": true, "ALLIANCE": true, "CONSENSUS": true, "UNDERSTANDING": true, "ACCORD": true, "EXCHANGE": true, "RECONCILIATION": true, "RAPPROCHEMENT": true, "DIALOGUE": true}

// listMutual: a named list ("Italy and Germany") signs or cooperates with
// itself, but does not praise, endorse or defend itself ("Italy and
// Germany favour an early start"); a pair named as one ("the two sides",
// "they") may ("they extended mutual support").
func listMutual(code string, m *mention) bool {
	return root(code) != "05" || code == "050" || code == "057" || m.members[0].pair
}

func posString(p dict.Pos, origin string) string {
	s := p.String()
	if origin != "" {
		s += " (from " + origin + ")"
	}
	return s
}

func hasActorMarks(p *dict.Pattern) bool {
	for _, ts := range [][]dict.PatTok{p.Pre, p.Post} {
		for _, t := range ts {
			if t.Kind == dict.TokSource || t.Kind == dict.TokTarget || t.Kind == dict.TokCompound {
				return true
			}
		}
	}
	return false
}

// pastParticiple guesses whether a verb form is a past participle.
// relativeBy reports whether a participle right after a noun, then "by"
// and an actor, is a reduced relative clause, a passive whose agent is
// the by-phrase: "Kenyan rebels backed by Uganda" (Uganda backs the
// rebels), "the spending planned by the Tories" (noun: the Tories plan a
// thing, no actor). The comma case is reducedPassive.
func relativeBy(toks []token, inMention []int, vs, ve int) (ok, noun bool) {
	if vs == 0 || ve-vs != 1 || ve >= len(toks) || toks[ve].up != "BY" || !pastParticiple(toks[vs].up) {
		return false, false
	}
	k := ve + 1
	for k < len(toks) && (toks[k].up == "THE" || toks[k].up == "A" || toks[k].up == "AN") {
		k++
	}
	if k >= len(toks) || inMention[k] == 0 {
		return false, false // the agent is no actor
	}
	p := toks[vs-1]
	if inMention[vs-1] != 0 {
		return true, false
	}
	if p.punct || p.capital || functionWords[p.up] || beForms[p.up] || haveForms[p.up] || strings.HasSuffix(p.up, "LY") {
		return false, false
	}
	return true, true
}

// orderWords order their object to act ("ordered Uganda to withdraw").
var orderWords = map[string]bool{"ORDER": true, "ORDERS": true, "ORDERED": true, "ORDERING": true,
	"TELL": true, "TELLS": true, "TOLD": true, "TELLING": true}

// haveForms are the auxiliaries of the perfect.
var haveForms = map[string]bool{"HAVE": true, "HAS": true, "HAD": true, "HAVING": true, "'VE": true}

func pastParticiple(w string) bool {
	if strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "EN") || strings.HasSuffix(w, "WN") {
		return true
	}
	switch w {
	case "SHOT", "HIT", "HELD", "MET", "CAUGHT", "BOUGHT", "SOLD", "LED", "FOUGHT", "STRUCK", "HURT", "SENT", "BUILT", "PUT", "SET", "LEFT", "BROUGHT", "SEEN", "KEPT":
		return true
	}
	return false
}

// leadVerbs introduce the action they are about without being one:
// "decided to extend", "tried to block", "began to withdraw".
var leadVerbs = map[string]bool{"DECIDED": true, "DECIDES": true, "DECIDE": true, "TRIED": true, "TRIES": true, "TRY": true,
	"SEEKS": true, "SOUGHT": true, "SEEK": true, "HOPES": true, "HOPED": true, "WANTS": true, "WANTED": true, "AIMS": true,
	"AIMED": true, "BEGAN": true, "STARTED": true, "CONTINUED": true, "CONTINUES": true, "MOVED": true, "EXPECTED": true, "AGREE": true}

var intentWords = map[string]bool{"AGREED": true, "AGREES": true, "PROMISED": true, "PROMISES": true, "PLEDGED": true,
	"PLEDGES": true, "OFFERED": true, "OFFERS": true, "READY": true, "WILLING": true, "PREPARED": true, "PREPARING": true, "PREPARES": true, "PREPARE": true, "PLANS": true,
	"PLANNED": true, "INTENDS": true, "VOWED": true, "VOWS": true, "COMMITTED": true}

// scheduled before "to" + verb make the act a plan ("Straw is to visit
// Thailand", "he is due to meet").
var scheduled = map[string]bool{"IS": true, "ARE": true, "WAS": true, "WERE": true, "DUE": true}

// intentCode maps a cooperative action the actor only says it will do
// ("will visit", "agreed to provide aid", "is ready to negotiate") to
// CAMEO's "express intent" codes (03x), following the CAMEO codebook.
func intentCode(toks []token, vs int, code string) (string, string) {
	k := vs - 1
	for k >= 0 && (adverbs[toks[k].up] && toks[k].up != "WILL" && toks[k].up != "TO" || strings.HasSuffix(toks[k].up, "LY") || toks[k].up == "BE") {
		k--
	}
	if k < 0 {
		return "", ""
	}
	why := ""
	switch w := toks[k].up; {
	case w == "WILL" || w == "WOULD" || w == "SHALL" || w == "'LL":
		why = strings.ToLower(w)
	case w == "TO" && k > 0 && intentWords[toks[k-1].up]:
		why = strings.ToLower(toks[k-1].up) + " to"
	case w == "TO" && k > 0 && scheduled[toks[k-1].up]:
		why = strings.ToLower(toks[k-1].up) + " to" // "is to visit", "is due to meet": planned, not done
	default:
		return "", ""
	}
	if len(code) < 2 {
		return "", ""
	}
	switch code[:2] {
	case "04":
		return "036", why
	case "05":
		if code == "057" {
			return "030", why
		}
		return "032", why
	case "06":
		if len(code) >= 3 && code[2] >= '1' && code[2] <= '4' {
			return "031" + code[2:3], why
		}
		return "031", why
	case "07":
		if len(code) >= 3 && code[2] >= '1' && code[2] <= '4' {
			return "033" + code[2:3], why
		}
		return "033", why
	case "08":
		return "035", why
	}
	return "", ""
}

// passiveAdverbs may stand between a passive's auxiliary and its
// participle, as the adverbs in -ly do ("were also ambushed", "was later
// released").
var passiveAdverbs = map[string]bool{
	"ALSO": true, "LATER": true, "THEN": true, "NOW": true, "ALREADY": true, "JUST": true, "STILL": true,
	"AGAIN": true, "EVEN": true, "SOON": true, "OFTEN": true, "ONCE": true, "FIRST": true, "ALWAYS": true,
	"BEING": true, "SINCE": true,
}

// ownAct reports whether the words from ve (after a verb) to the target
// at t are the source's own act: a possessive pronoun first, then a noun
// and an infinitive before the target ("its decision to expel …", "his
// own plan to build a road to …"). "its neighbour Uganda" is not.
func ownAct(toks []token, ve, t int) bool {
	if ve >= t || ve >= len(toks) {
		return false
	}
	switch toks[ve].up {
	case "HIS", "HER", "ITS", "THEIR", "OUR", "MY":
	default:
		return false
	}
	for k := ve + 2; k+1 < t; k++ {
		if toks[k].up == "TO" && !toks[k+1].capital && !toks[k+1].punct && !functionWords[toks[k+1].up] {
			return true
		}
	}
	return false
}

// reducedRelative reports whether the verb at vs, a form in -ed, follows a
// common noun that is no actor and sits in a prepositional phrase
// opened after the source ("part of a package of security measures agreed
// with the US"): the participle qualifies that noun, it is no verb of the
// source's.
func reducedRelative(toks []token, inMention []int, srcEnd, vs int) bool {
	if vs < 2 || !strings.HasSuffix(toks[vs].up, "ED") {
		return false
	}
	n := toks[vs-1]
	if n.capital || n.punct || inMention[vs-1] != 0 || functionWords[n.up] || adverbs[n.up] || strings.HasSuffix(n.up, "LY") || beForms[n.up] {
		return false
	}
	for k := srcEnd; k < vs; k++ {
		if w := toks[k].up; w == "WHO" || w == "WHICH" || w == "THAT" {
			return false // "peacekeepers who are part of a group of troops arrived": the main verb after a relative clause
		}
	}
	for k := vs - 2; k >= srcEnd && k >= vs-5; k-- {
		w := toks[k].up
		if w == "OF" || w == "FOR" || w == "WITH" || w == "FROM" || w == "ABOUT" {
			return true
		}
		if toks[k].punct || inMention[k] != 0 {
			return false
		}
	}
	return false
}

// relativeOfNoun reports whether the verb at vs opens a relative clause
// ("that" or "which", then at most auxiliaries and adverbs) whose
// antecedent, the word before the pronoun (a comma between), is a common
// noun that no actor mention covers ("an attack that killed …").
func relativeOfNoun(toks []token, inMention []int, vs int) bool {
	k := vs - 1
	for k >= 0 && (modal[toks[k].up] || adverbs[toks[k].up] && toks[k].up != "TO" || strings.HasSuffix(toks[k].up, "LY") || beForms[toks[k].up]) {
		k--
	}
	if k < 1 || toks[k].up != "THAT" && toks[k].up != "WHICH" {
		return false
	}
	a := k - 1
	if toks[a].up == "," && a > 0 {
		a--
	}
	return inMention[a] == 0 && !toks[a].punct && !toks[a].capital && !functionWords[toks[a].up] && !speechVerbs[toks[a].up]
}

// participlePreps open a prepositional phrase whose actor a participle
// after it can qualify ("respects to a Ugandan soldier killed in …").
var participlePreps = map[string]bool{"TO": true, "OF": true, "FOR": true, "WITH": true, "FROM": true, "ABOUT": true, "ON": true,
	"AGAINST": true, "AT": true, "AMONG": true}

// participleOfObject reports whether the verb at vs, a form in -ed, comes
// right after an actor mention that is not the source but the object of
// a preposition after another verb of the source's clause ("Kenya paid
// its respects to a Ugandan soldier killed in Somalia"): a reduced
// relative clause in the passive, whose agent is not named. A mention
// before any other verb ("the Kenyan envoy to Uganda criticised …") is
// still the subject's phrase.
func (st *state) participleOfObject(toks []token, ms []mention, src *mention, vs int) bool {
	if vs < 3 || !strings.HasSuffix(toks[vs].up, "ED") {
		return false
	}
	var m *mention
	for k := range ms {
		if ms[k].end == vs {
			m = &ms[k]
		}
	}
	if m == nil || m.start < src.end || m.members[0].pronoun {
		return false
	}
	k := m.start - 1
	for k > src.end && (determiners[toks[k].up] || isNum(toks[k].up, 1, 9)) {
		k--
	}
	if k <= src.end || !participlePreps[toks[k].up] {
		return false
	}
	for g := src.end; g < k; g++ {
		if toks[g].punct || clauseBreak[toks[g].up] {
			return false
		}
		if st.isVerbAt(toks, g) {
			return true
		}
	}
	return false
}

// topicOf are nouns whose "of" phrase names whom a story is about ("the
// case of", "the plight of"), never who acts, unlike "a group of".
var topicOf = map[string]bool{"CASE": true, "CASES": true, "FATE": true, "PLIGHT": true, "TREATMENT": true,
	"STORY": true, "STORIES": true, "HANDLING": true, "SITUATION": true, "WELFARE": true, "SAFETY": true}

// aboutOf reports whether the mention starting at start is the object of
// "of" after a topicOf noun, with at most four words that are no actor
// between ("the case of six unnamed Roma …").
func aboutOf(toks []token, inMention []int, start int) bool {
	for k := start - 1; k >= 1 && k >= start-5; k-- {
		if toks[k].up == "OF" {
			return topicOf[toks[k-1].up] && !toks[k-1].capital
		}
		if toks[k].punct || inMention[k] != 0 {
			return false
		}
	}
	return false
}

// passiveSubjectActor reports whether the subject of the passive verb at
// vs (the word before its auxiliaries) is an actor, a pronoun or a
// relative pronoun ("four Britons who were released", "he was
// arrested") or a noun right after an actor ("Ugandan inspectors were
// expelled"), not a common noun ("the PSP is released").
func passiveSubjectActor(toks []token, inMention []int, vs int) bool {
	k := vs - 1
	for k >= 0 && (beForms[toks[k].up] || passiveAux[toks[k].up] || passiveAdverbs[toks[k].up] || strings.HasSuffix(toks[k].up, "LY")) {
		k--
	}
	if k < 0 {
		return true
	}
	switch toks[k].up {
	case "WHO", "WHICH", "THAT", "HE", "SHE", "IT", "THEY", "WE", "I", "YOU":
		return true
	}
	return inMention[k] != 0 || toks[k].punct || k > 0 && inMention[k-1] != 0 // "Ugandan inspectors were expelled"
}

var passiveAux = map[string]bool{"HAVE": true, "HAS": true, "HAD": true, "WILL": true, "WOULD": true, "COULD": true,
	"MAY": true, "MIGHT": true, "SHOULD": true, "MUST": true, "CAN": true, "NOT": true, "ALSO": true, "'S": false}

// speechTags are verbs that close a reported clause as its speech tag
// ("…, the minister said", "…, he told MPs").
var speechTags = map[string]bool{"SAID": true, "SAYS": true, "SAY": true, "TOLD": true, "TELLS": true, "ADDED": true,
	"WARNED": true, "WARNS": true, "ARGUED": true, "ARGUES": true, "INSISTED": true, "INSISTS": true, "STRESSED": true,
	"NOTED": true, "CLAIMED": true, "CLAIMS": true, "ASSERTED": true, "DECLARED": true, "EXPLAINED": true}

// finiteAux are auxiliaries that make a stretch of words a clause.
var finiteAux = map[string]bool{"IS": true, "ARE": true, "WAS": true, "WERE": true, "HAS": true, "HAVE": true, "HAD": true,
	"WILL": true, "WOULD": true, "CAN": true, "COULD": true, "SHOULD": true, "MAY": true, "MIGHT": true, "MUST": true, "DID": true, "DOES": true}

// speakerAfterComma: a speech tag at vs that closes a reported clause
// ("CLAUSE, NP said") has as its subject the words between the last
// comma (or closing quotation mark) and the verb, not an actor inside
// the clause before. It applies when the source is followed, not by a
// comma (an apposition: "Iran, which denied it, said"), but by a finite
// verb of its own before that comma ("the US … will be returned to the
// UK, Jack Straw told"). The new source is the last actor between the
// comma and the verb, or none ("…, his closest associate has told a US
// court"; "…, said Mr Kennedy").
func (st *state) speakerAfterComma(sent string, toks []token, ms []mention, inMention []int, src *mention, vs int) (*mention, bool) {
	c := -1
	for k := vs - 1; k >= src.end; k-- {
		if w := toks[k].up; w == "," || w == "\"" && k > 0 && toks[k-1].up == "," {
			c = k
			break
		}
	}
	if c < 0 || src.end >= len(toks) || toks[src.end].up == "," {
		return nil, false
	}
	tagged := st.tagged(sent, toks, inMention)
	verb := false
	for k := src.end; k < c; k++ {
		w := toks[k].up
		if w == "WHO" || w == "WHICH" || w == "WHOSE" || w == "\"" {
			return nil, false // a relative clause or a quotation inside the subject
		}
		if inMention[k] != 0 || strings.HasSuffix(w, "ING") {
			continue
		}
		if finiteAux[w] || tagged && st.trig.Tag(k) == "VERB" || !tagged && st.isVerbAt(toks, k) {
			verb = true
		}
	}
	if !verb {
		return nil, false
	}
	var speaker *mention
	for k := range ms {
		if ms[k].start > c && ms[k].end <= vs {
			speaker = &ms[k]
		}
	}
	return speaker, true
}

// spanWords after "a" or "an" make a span of time, not a description
// ("called him a day later", "called him an hour ago").
var spanWords = map[string]bool{"DAY": true, "WEEK": true, "MONTH": true, "YEAR": true, "FEW": true, "COUPLE": true,
	"HOUR": true, "MINUTE": true, "FORTNIGHT": true, "TIME": true, "SECOND": true, "NUMBER": true}

// namingComplement reports whether what follows a verb's object at token
// i describes the object ("called him a giant", "called him a \"giant\"",
// "called the UK's rebate from the EU \"unjustified\""): "a" or "an"
// before a quotation mark or a word that is no span of time, or an
// opening quotation mark, right after the object, or a quotation mark
// within eight words of the thing the object possesses.
func namingComplement(toks []token, inMention []int, i int) bool {
	if i < len(toks) && toks[i].up == "'S" {
		for k := i + 1; k < len(toks) && k <= i+8; k++ {
			if isQuote(toks[k].up) {
				return true
			}
			if clauseEnds[toks[k].up] {
				return false
			}
		}
		return false
	}
	if i >= len(toks) {
		return false
	}
	if isQuote(toks[i].up) {
		return true
	}
	return (toks[i].up == "A" || toks[i].up == "AN") && i+1 < len(toks) &&
		(isQuote(toks[i+1].up) || !toks[i+1].punct && !spanWords[toks[i+1].up])
}

// clauseEnds are the punctuation marks that end the search for a
// quotation after a possessed thing ("£3bn" and brackets do not).
var clauseEnds = map[string]bool{",": true, ".": true, ";": true, ":": true, "?": true, "!": true, "-": true, "\u2013": true, "\u2014": true}

func isQuote(s string) bool {
	return s == "\"" || s == "\u201c" || s == "'" || s == "\u2018"
}

// experiencers: participles of feeling whose passive subject is the one
// who feels ("was disappointed by", "dismayed by"): CAMEO codes the
// feeling's bearer as the source of its disapproval.
var experiencers = map[string]bool{"DISAPPOINTED": true, "DISCOURAGED": true, "DISHEARTENED": true, "DISMAYED": true, "SADDENED": true}

// pollShare reports whether the mention starting at start is counted as a
// share, as polls report a people's views: "N percent of", "N per cent
// of", "N% of" or "N in M" right before it, with up to two other
// words between ("55 percent of all registered voters"). "A majority of
// MPs voted against" is not one: a chamber's majority acts.
func pollShare(toks []token, start int) bool {
	k := start - 1
	for skipped := 0; k >= 0 && skipped < 2 && !toks[k].punct && toks[k].up != "OF" && !numberWord(toks[k].up); skipped++ {
		k--
	}
	if k < 1 {
		return false
	}
	if toks[k].up == "OF" {
		w := toks[k-1].up
		return w == "PERCENT" || w == "CENT" || w == "PCT" || w == "%"
	}
	return k >= 2 && numberWord(toks[k].up) && toks[k-1].up == "IN" && numberWord(toks[k-2].up)
}

// numberWord reports whether w is written in digits or is a small number's
// name.
func numberWord(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789.,") == "" {
		return true
	}
	switch w {
	case "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN":
		return true
	}
	return false
}

// withAfterVenue is the actor after "with" that follows a venue ending at
// e, past a comma or a time ("in Nairobi on Monday with …"); nil if none.
func withAfterVenue(toks []token, ms []mention, e int) *mention {
	j := e
	for k := 0; k < 3 && j < len(toks) && (toks[j].up == "," || toks[j].up == "ON" || timeWords[toks[j].up]); k++ {
		j++
	}
	if j+1 >= len(toks) || toks[j].up != "WITH" {
		return nil
	}
	for k := range ms {
		if ms[k].start == j+1 || ms[k].start == j+2 && toks[j+1].up == "THE" {
			return &ms[k]
		}
	}
	return nil
}

// returnedTo is the actor after "to" that follows what a verb of
// returning gives back, its object opening right after the verb (a
// determiner, a number or a noun, not "home", a preposition or a time:
// "returned home to Kampala", "returned on Monday to Uganda" are
// journeys), within 20 words and the sentence's clause punctuation.
func (st *state) returnedTo(toks []token, ms []mention, ve int) *mention {
	if ve >= len(toks) {
		return nil
	}
	o := toks[ve].up
	if o == "HOME" || o == "BACK" || timeWords[o] || weekdays[o] || functionWords[o] && !determiners[o] || toks[ve].punct {
		return nil
	}
	for j := ve + 1; j+1 < len(toks) && j <= ve+20; j++ {
		w := toks[j].up
		if w == "." || w == ";" || w == ":" {
			return nil
		}
		if w != "TO" {
			continue
		}
		for k := range ms {
			if ms[k].start == j+1 || ms[k].start == j+2 && toks[j+1].up == "THE" {
				return &ms[k]
			}
		}
	}
	return nil
}

// objectCase reports whether a mention is an object pronoun ("him",
// "them", "her" as an object) not after "by": no verb's subject.
func objectCase(toks []token, m *mention) bool {
	if m.end-m.start != 1 || m.start >= len(toks) || m.start > 0 && toks[m.start-1].up == "BY" {
		return false
	}
	switch toks[m.start].up {
	case "HIM", "THEM":
		return true
	case "HER":
		return objectPronoun(toks, m.start)
	}
	return false
}
