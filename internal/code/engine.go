// The sentence driver: an article into sentences, each sentence into
// verb occurrences, candidates into events with their evidence.

package code

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"dyad/internal/dict"
	"dyad/internal/news"
)

// Code codes a whole article: it splits the text into sentences, resolves
// pronouns across them and returns the events in text order. refDate is
// the publication date (YYYY-MM-DD), used for date-bounded actor codes
// and as the default event date. Options.Gates may drop the article,
// sentences or events.
func (c *Coder) Code(ctx context.Context, docID, text, refDate string) []news.Event {
	evs, _ := c.code(ctx, docID, text, refDate, "", false)
	return evs
}

// CodeIn is Code for an article from an outlet of a known country
// (alpha-3, "" unknown): a role word the article does not place in a
// country ("MPs", "the police" in a BBC story naming no country) takes the
// outlet's.
func (c *Coder) CodeIn(ctx context.Context, docID, text, refDate, outletCountry string) []news.Event {
	evs, _ := c.code(ctx, docID, text, refDate, outletCountry, false)
	return evs
}

// CodeExplain is Code that also returns what the gates dropped, with the
// events each would have let through.
func (c *Coder) CodeExplain(ctx context.Context, docID, text, refDate string) ([]news.Event, []Gated) {
	return c.code(ctx, docID, text, refDate, "", true)
}

// CodeExplainIn is CodeExplain for an article from an outlet of a known
// country (see CodeIn).
func (c *Coder) CodeExplainIn(ctx context.Context, docID, text, refDate, outletCountry string) ([]news.Event, []Gated) {
	return c.code(ctx, docID, text, refDate, outletCountry, true)
}

func (c *Coder) code(ctx context.Context, docID, text, refDate, outletCountry string, explain bool) ([]news.Event, []Gated) {
	// The gates are asked only once a sentence has events: most sentences
	// and many articles have none, and the coder reads every sentence
	// anyway (for later pronouns).
	// the wire's capital after "U.S." is read in lower case (wirecase.go);
	// the evidence quotes the text as written (below)
	orig, sents := text, sentences(text)
	text = wireCase(text, sents)
	var g *gating
	started, ok := len(c.opts.Gates) == 0, true
	start := func() {
		if !started {
			started = true
			g, ok = c.startGates(text, explain)
		}
		if g == nil && explain {
			g = &gating{explain: true}
		}
	}
	if explain {
		start()
	}
	st := newState(c, refDate)
	st.outlet = outletCountry
	st.refDate = refDate
	if refDate == "" && !c.set.TabariRules {
		years := 0
		st.undated, years = guessYearN(text) // officeholders of an undated article: the year it is about
		if lo, hi, day := dateByOffice(text); lo != "" && (st.undated == "" || st.undated < lo[:10] || st.undated > hi[:10]) {
			// "the prime minister" in a story naming Tony Blair; the
			// offices the story speaks of in the present beat a year it
			// names that is outside their terms (an obituary's 1987, "the
			// 1989 disaster")
			st.termLo, st.termHi, st.undated = lo, hi, day
		} else if lo == "" && (st.undated == "" || years == 1) {
			st.datePersons(text, sents)
		}
	}
	st.explain = explain
	st.text, st.sents = text, sents
	quoteSpeaker := st.quoteSpeakers(text, sents)
	st.country = map[string]int{}
	var out, dropped []news.Event
	for i, sp := range sents {
		if ctx.Err() != nil { // a stopped command stops within one sentence
			break
		}
		st.speaker = quoteSpeaker[i]
		sent := text[sp.start:sp.end]
		evs := st.safeSentence(docID, sent, sp.start, refDate)
		if explain {
			for _, cp := range st.capped {
				cp.Start, cp.End = cp.Start+sp.start, cp.End+sp.start
				g.gated = append(g.gated, cp)
			}
		}
		st.capped = st.capped[:0]
		if len(evs) == 0 {
			continue
		}
		start()
		if !ok && !explain {
			return nil, nil
		}
		gate, reason := g.sentence(sent)
		switch {
		case !ok:
			dropped = append(dropped, evs...)
		case reason != "":
			g.gated = append(g.gated, Gated{Gate: gate, Reason: reason, Level: "sentence", Start: sp.start, End: sp.end, Events: evs})
		default:
			n := len(out)
			out = append(out, g.events(sent, sp.start, evs)...)
			st.showAntecedents(out[n:])
		}
	}
	if text != orig {
		asWritten(orig, out)
	}
	if g == nil {
		return out, nil
	}
	if text != orig {
		for i := range g.gated {
			asWritten(orig, g.gated[i].Events)
		}
	}
	if !ok && len(g.gated) > 0 {
		g.gated[0].Events = dropped
	}
	return out, g.gated
}

// relativeAfterOther: the clause break w at i is a relative pronoun
// ("that", "which", "who") whose antecedent is not the subject carried
// ("blamed Uganda for an attack that killed dozens"): the verb after it
// is the antecedent's, not the subject's ("Kenya, which …" keeps it).
func relativeAfterOther(toks []token, w string, i int, src *mention) bool {
	if w != "THAT" && w != "WHICH" && w != "WHO" {
		return false
	}
	k := i - 1
	if k >= 0 && toks[k].up == "," {
		k--
	}
	return k+1 != src.end
}

// safeSentence codes one sentence; a bug that panics loses that
// sentence's events, never the article.
func (st *state) safeSentence(docID, sent string, offset int, refDate string) (evs []news.Event) {
	defer func() {
		if r := recover(); r != nil {
			evs = nil
			st.c.panics.Add(1)
		}
	}()
	return st.codeSentence(docID, sent, offset, refDate)
}

// CodeSentence codes one sentence on its own (no article context), through
// the gates as an article of one sentence.
func (c *Coder) CodeSentence(docID, sentence, refDate string) []news.Event {
	g, ok := c.startGates(sentence, false)
	if !ok {
		return nil
	}
	if _, r := g.sentence(sentence); r != "" {
		return nil
	}
	st := newState(c, refDate)
	return g.events(sentence, 0, st.codeSentence(docID, sentence, 0, refDate))
}

// event under construction
type cand struct {
	src, tgt    member
	code        string
	verbStart   int
	verbEnd     int
	explain     string
	notes       []string
	transform   bool
	weak        bool // from a statement verb (said, noted): gives way
	sub, dom    bool // TABARI rules: subordinate ("?") and dominant ("!") codes
	srcM        *mention
	srcCompound bool
}

func (st *state) codeSentence(docID, sent string, offset int, refDate string) []news.Event {
	c := st.c
	st.sentNo++
	st.prevSent, st.curSent = st.curSent, sent
	toks := tokenize(sent, st.toks)
	st.toks = toks
	set := &c.set
	if set.MinWords > 0 && wordCount(toks) < set.MinWords {
		return nil
	}
	if set.TabariRules {
		toks = dropQuotes(toks) // TABARI's text filter drops quotation marks
	}
	if set.Comma.On {
		toks = dropCommaClauses(toks, set.Comma, st.listCommas(sent, toks))
	}
	if len(toks) == 0 {
		return nil
	}
	// discards
	var past []agoSpan // clauses about a noun dated "… ago" (agoclause.go)
	for i := range toks {
		if ds, n := c.discards.longest(toks, i, nil); n > 0 {
			if a, rel, ok := agoClause(toks, i, n); ok && !set.TabariRules {
				past = append(past, agoSpan{a, i + n, rel})
				continue
			}
			if st.explain {
				st.capped = append(st.capped, discardGated(sent, toks, i, n, ds[0]))
			}
			return nil
		}
	}
	// the sentence's date: actor codes are resolved on it (an explicit
	// date, cheap to find; Options.DateFunc is asked only for sentences
	// with events, below)
	date, dateText := refDate, ""
	if d, dt := explicitDateToks(sent, toks); d != "" {
		date, dateText = d, dt
	}
	if st.speaker != nil && st.speaker.date != "" && dateText == "" {
		date, dateText = st.speaker.date, st.speaker.dateText // said on that day
	}
	st.date = date
	if date == "" {
		st.date = st.undated
	}
	undated := st.undated
	ms := st.mentions(sent, toks)
	if st.undated != undated && date == "" {
		// a titled officeholder dated the article (dateByTerm): read this
		// sentence's other names on that date too
		st.date = st.undated
		ms = st.mentions(sent, toks)
	}
	if !set.TabariRules {
		ms = st.refineMentions(sent, toks, ms)
		ms = st.pronouns(sent, toks, ms)
	}
	ms = joinCompounds(toks, ms, func(i int) bool { return st.isVerbAt(toks, i) }, set.TabariRules)
	if !set.TabariRules {
		foreignRoles(toks, ms)
		genericRoles(toks, ms)
		st.seatMetonymy(toks, ms)
	}
	st.fillCountries(toks, ms)
	if !set.TabariRules {
		placeInSentence(toks, ms, st.officeCountry)
	}
	// mentions that resolved to no code (a role word alone, a name out of
	// office, a null-coded entry) are nouns, not actors
	kept := ms[:0]
	for _, m := range ms {
		for _, mem := range m.members {
			if mem.actor.Code != "" {
				kept = append(kept, m)
				break
			}
		}
	}
	ms = kept
	if set.TabariRules {
		ms = st.tabariPronouns(toks, ms)
		for _, m := range ms {
			if !m.members[0].pronoun {
				f := m // the sentence's first actor named, for the next one's pronouns
				st.forward = &f
				break
			}
		}
	}
	inMention := make([]int, len(toks)) // mention index+1
	for k, m := range ms {
		for i := m.start; i < m.end && i < len(toks); i++ {
			inMention[i] = k + 1
		}
	}
	if cx := set.Complex; cx != (dict.Complexity{}) && st.tooComplex(toks, ms, inMention, cx) {
		return nil
	}
	scare := scareQuoted(toks)
	st.discard = false
	for _, m := range ms {
		for _, mem := range m.members {
			if mem.actor.Code == "###" {
				return nil // an actor entry that discards the sentence
			}
		}
	}
	capWords, words := 0, 0
	for _, t := range toks {
		if !t.punct {
			words++
			if t.capital {
				capWords++
			}
		}
	}
	titleCase := capWords*2 > words
	var cands []cand
	if set.TabariRules {
		cands = st.tabariVerbs(toks, ms, inMention)
	} else {
		cands = st.dyadVerbs(sent, toks, ms, inMention, scare, titleCase)
	}
	if st.discard {
		return nil // a verb or pattern coded ### discards the sentence
	}
	if len(past) > 0 {
		cands = outsideClauses(cands, past)
	}
	st.remember(toks, ms)
	st.noteCarry(toks, ms)
	st.noteLead(toks, ms)
	st.noteThey(toks, ms)
	st.noteComplement(toks, ms)
	return st.events(docID, sent, offset, refDate, toks, cands, date, dateText)
}

// dyadVerbs codes a sentence's verbs under dyad's own rules.
func (st *state) dyadVerbs(sent string, toks []token, ms []mention, inMention []int, scare []bool, titleCase bool) []cand {
	c := st.c
	set := &c.set
	if len(ms) == 0 {
		return nil // no actor, no event: nothing to match (nor to tag)
	}
	var cands []cand
	blocked := false // a verb of this clause made an event
	var inherit *mention
	var lastSrc *mention
	carried := false // the clause before a list's "and" made an event ("closed its border with Uganda and Tanzania, and accused …")
	for i := 0; i < len(toks); i++ {
		if w := toks[i].up; clauseBreak[w] {
			if (blocked || carried) && lastSrc != nil {
				// "condemned X and promised Y": the verb after the
				// conjunction keeps the subject
				j := i + 1
				for j < len(toks) && adverbs[toks[j].up] {
					j++
				}
				if j < len(toks) && inMention[j] == 0 && st.isVerbAt(toks, j) && (set.TabariRules || !relativeAfterOther(toks, w, i, lastSrc)) {
					inherit = lastSrc
				}
				if !set.TabariRules && participleOfNoun(toks, inMention, w, i) {
					inherit = nil // "activists detained while investigating": the noun's clause (nounparticiple.go)
				}
			}
			// "and" between two actors joins a list, not two clauses: the
			// verb after the list's clause keeps the subject before it
			listAnd := !set.TabariRules && (w == "AND" || w == "OR") && i > 0 && i+1 < len(toks) && inMention[i-1] != 0 && inMention[i+1] != 0
			carried = listAnd && (blocked || carried)
			blocked = false
			continue
		}
		if !set.TabariRules && toks[i].up == "," {
			if m, ok := st.relativeCloses(toks, ms, inMention, i, false); ok {
				blocked, inherit = false, m // "Doe, who visited Uganda, blasted Kenya": the main verb, its subject Doe
			}
		}
		if inMention[i] != 0 || toks[i].punct || scare[i] || blocked && (set.TabariRules || !moveShape(toks, i)) {
			continue // (a judgement of "a move" after the clause is its own act: moveby.go)
		}
		vals, n := c.verbs.longest(toks, i, func(j int) bool { return inMention[j] != 0 })
		if n == 0 {
			continue
		}
		vv := vals[0]
		if !set.TabariRules && pluralAfterTo(toks, i, n) {
			continue // "conceded to demands from …", "agreed to talks": a plural noun, not an infinitive
		}
		if !set.TabariRules && hyphenJoined(toks, i) {
			continue // "the U.N.-backed government": a compound adjective, as "Russian-backed" (one word) is
		}
		if !set.TabariRules && goingTo(toks, i, n) && i+n < len(toks) && inMention[i+n] == 0 &&
			st.tagged(sent, toks, inMention) && st.trig.Tag(i+n) == "VERB" {
			continue // "is going to export tea to Uganda": a future, not a journey; the verb after it is coded
		}
		// a capitalised verb inside a sentence that is not in title case
		// is part of a name ("Arnor is about To Restore …", "Global
		// Support Fund")
		st.nounUse = i > 0 && toks[i].capital && !titleCase && toks[i-1].up != "\"" && toks[i-1].up != ":"
		for k := i - 1; k >= 0 && k >= i-3 && !st.nounUse; k-- {
			if determiners[toks[k].up] {
				st.nounUse = true
				break
			}
			if toks[k].punct || toks[k].capital || functionWords[toks[k].up] || inMention[k] != 0 {
				break
			}
		}
		st.inherit = inherit
		nCapped := len(st.capped)
		got := st.codeSaidAnd(sent, toks, ms, inMention, i, i+n, vv)
		if got == nil {
			got = st.codeVerb(sent, toks, ms, inMention, i, i+n, vv)
		}
		st.inherit, inherit = nil, nil
		// part of speech: a trigger that is not a verb here ("the Lisbon
		// targets") codes nothing and does not end the clause's search
		// for its verb. Asked only when the match made candidates: most
		// matches make none, and tagging costs.
		if len(got) > 0 {
			if why := st.triggerNot(sent, toks, inMention, i); why != "" && !presentAfterSubject(toks, ms, inMention, i, i+n) && !headlineVerb(toks, ms, inMention, i, i+n, st.objNext) {
				st.capped = st.capped[:nCapped]
				if st.explain {
					st.capped = append(st.capped, Gated{Gate: c.tagger.Name(), Reason: why, Level: "word", Start: toks[i].start, End: toks[i+n-1].end})
				}
				continue
			}
		}
		// statement verbs, and verbs of intent before "to" + verb
		// ("decided to extend", "ready to work with"), give way to the
		// event they introduce
		weak := speechVerbs[toks[i+n-1].up] || (intentWords[toks[i+n-1].up] || leadVerbs[toks[i+n-1].up]) && st.toVerbAfter(toks, i+n)
		if !set.TabariRules && quotedActAfter(toks, i, i+n) {
			weak = true // "quoted X as criticising Y": the quoted one's verb is coded (quotedas.go)
		}
		for k := range got {
			got[k].weak = weak
		}
		cands = append(cands, got...)
		made := false
		for _, g := range got {
			if g.tgt.actor.Code != "" && g.src.actor.Code != "" && !weak {
				made = true
				blocked = set.CodeBy != dict.CodeAll
				lastSrc = g.srcM
			}
		}
		i += n - 1
		if made && set.CodeBy == dict.CodeBySentence {
			break
		}
	}
	if st.discard {
		return nil
	}
	if !set.TabariRules {
		kept := cands[:0]
		for _, cd := range cands {
			cd, why := roleTarget(toks, ms, cd) // a captive, a relaying outlet, a statement's matter (roletarget.go)
			if why == "" && !st.pastRelative(toks, ms, inMention, cd) && st.stmtTarget(toks, cd) == "" {
				kept = append(kept, cd) // "Doe, who campaigned for the party, blasted Kenya": Kenya is the main verb's
			}
		}
		cands = kept
	}
	// a statement verb's own event gives way to the event it reports
	// ("Estonia said it would act with Libya")
	strong := false
	for _, cd := range cands {
		if !cd.weak && cd.tgt.actor.Code != "" {
			strong = true
		}
	}
	if strong {
		kept := cands[:0]
		for _, cd := range cands {
			if !cd.weak || cd.tgt.actor.Code == "" {
				kept = append(kept, cd)
			}
		}
		cands = kept
	}
	// say-transformation: a says b did something conflictual → a accuses b
	accused := st.misconduct(toks, ms, inMention, scare, cands)
	accused = append(accused, st.demands(toks, ms, cands)...)
	accused = append(accused, st.nominalJudgements(toks, ms, inMention)...)
	accused = append(accused, st.nominalMeetings(toks, ms, inMention)...)
	accused = append(accused, st.nominalVisits(toks, ms, inMention, cands)...)
	judged := st.judgedInSaid(toks, ms, cands)
	if len(judged) == 0 {
		return append(st.transform(toks, ms, cands), accused...)
	}
	// a judgement in what was said is the speaker's act towards its
	// target: its own statement, and the generic accusation of the say
	// rule, towards that target give way
	out := judgedOver(st.transform(toks, ms, judgedOver(cands, judged)), judged)
	return append(append(out, accused...), judged...)
}

// presentAfterSubject: the trigger [i, e) directly follows the actor that
// opens the sentence and is followed by an actor, a determiner or a
// number — a present-tense verb the tagger reads as a plural noun ("Kenya
// urges Uganda to act", "The Kenyan army trains Ugandan pilots", "Kenya
// and Uganda hand over 30 vehicles"). A noun after a name ("Kenyan
// forces launched") is followed by its verb, not by these.
func presentAfterSubject(toks []token, ms []mention, inMention []int, i, e int) bool {
	if i == 0 || inMention[i-1] == 0 || e >= len(toks) {
		return false
	}
	subj := &ms[inMention[i-1]-1]
	if subj.start > 1 || subj.start == 1 && !determiners[toks[0].up] {
		return false
	}
	if w := toks[e-1].up; !strings.HasSuffix(w, "S") && !(e-i > 1 && len(subj.members) > 1) {
		return false // "urges", "lifts"; a plural subject's "hand over"
	}
	nx := toks[e]
	switch {
	case inMention[e] != 0:
		return true
	case determiners[nx.up]:
		return !(e+1 < len(toks) && timeWords[toks[e+1].up]) // "Kenyan forces this week …"
	}
	return nx.up != "" && nx.up[0] >= '0' && nx.up[0] <= '9'
}

// events turns a sentence's candidates into events with their evidence.
func (st *state) events(docID, sent string, offset int, refDate string, toks []token, cands []cand, date, dateText string) []news.Event {
	c := st.c
	if len(cands) == 0 {
		return nil
	}
	if c.opts.DateFunc != nil && mentionsTime(toks) {
		if d, dt := c.opts.DateFunc(sent, refDate); dt != "" || dateText == "" {
			date, dateText = d, dt
		}
	}
	if dateText == "" && !c.set.TabariRules {
		if d, dt := openingYear(sent, toks, refDate); dt != "" {
			date, dateText = d, dt // "In the 2013 election campaign, X criticised Y": 2013 (openyear.go)
		}
	}
	if dateText == "" && !c.set.TabariRules {
		if d, dt := st.timeBack(sent, toks, refDate); dt != "" {
			date, dateText = d, dt // "In 2012 … . At the time, Kenya accused Uganda": 2012 (timeback.go)
		}
	}
	sentDate, sentText := date, dateText
	timed := c.opts.DateFunc != nil && mentionsTime(toks)
	// dateOf dates one candidate: a date in the verb's own clause ("… were
	// agreed in early March after X pledged in February") before the
	// sentence's first; a future act ("will meet on Thursday") is dated
	// when it was reported, as its announcement.
	rawDateOf := func(cd cand) (string, string) {
		d, dt := sentDate, sentText
		if timed && cd.verbStart < cd.verbEnd && cd.verbEnd <= len(toks) {
			d, dt = st.clauseDate(sent, toks, cd.verbStart, cd.verbEnd, cd.code, refDate, d, dt)
		}
		if dt != "" && dt == sentText && inRelativeBefore(sent, toks, dt, cd.verbStart) {
			d, dt = refDate, "" // "X, who founded the party in 1979, has endorsed Y": 1979 dates the founding
		}
		if dt != "" && dt == sentText && !c.set.TabariRules && inRelativeAfter(sent, toks, dt, cd.verbEnd) {
			d, dt = refDate, "" // "criticised legislation that Y supported in 2007": 2007 dates the support (relativeafter.go)
		}
		if nd, ndt := whenYear(sent, toks, cd.verbStart, refDate); ndt != "" && !c.set.TabariRules {
			d, dt = nd, ndt // "during the 2012 race when X visited Y": the year of the when-clause (whenyear.go)
		}
		if nd, ndt := npDate(sent, toks, cd.verbStart, refDate); ndt != "" && !c.set.TabariRules {
			d, dt = nd, ndt // "Clinton's September 2011 visit": the noun's own date (npdate.go)
		}
		return d, dt
	}
	dateOf := func(cd cand) (string, string) {
		d, dt := rawDateOf(cd)
		if refDate != "" && d > refDate {
			d, dt = refDate, ""
		}
		return d, dt
	}
	var issues []string
	for i := range toks {
		if is, n := c.issues.longest(toks, i, nil); n > 0 {
			issues = appendUniq(issues, is[0].Code)
		}
	}
	var out []news.Event
	seen := map[string]bool{}
	for _, cd := range cands {
		if cd.src.actor.Code == "" || cd.tgt.actor.Code == "" || cd.code == "" {
			continue
		}
		if cd.src.actor.Code == cd.tgt.actor.Code && (c.set.TabariRules || !twoPeople(cd.src, cd.tgt) && !st.distinctNamed(toks, cd.src, cd.tgt) && !st.titleHolderOther(toks, cd.src, cd.tgt) && !st.pronounTargetOther(toks, cd.src, cd.tgt)) {
			continue
		}
		if !c.set.TabariRules {
			if cd.src.start < cd.tgt.end && cd.tgt.start < cd.src.end && !(cd.src.pair && cd.tgt.pair) {
				continue // the same words as source and target ("they" for a pair)
			}
			if apposition(toks, cd.src, cd.tgt) || appositeSelf(toks, cd.src, cd.tgt) {
				continue // "the Russian president, Vladimir Putin": one actor named twice
			}
			if ownGovernment(toks, cd) {
				continue // a minister on his own government (owngovernment.go)
			}
			if cd.src.actor.Country != "" && cd.src.actor.Country == cd.tgt.actor.Country && (cd.src.actor.Code == cd.src.actor.Country || cd.tgt.actor.Code == cd.tgt.actor.Country) && !(stateActsOn(cd.src.actor, cd.tgt.actor) && subjectOf(toks, cd.src, cd.verbStart)) && !judgesOwnCountry(toks, cd) && !domesticForce(toks, cd) && !ownedAttack(toks, cd.tgt.start, cd.code) && !st.actsOnNational(toks, cd) {
				continue // a country and its own part: not an event between actors
			}
			if electoralContest(toks, cd) {
				continue // "beat Labour in the election": a contest for votes, no force
			}
			if ledNotArmed(toks, cd) || leadNoLead(toks, cd) || heldState(toks, cd) {
				continue // "Republicans led by Trump", "leads Sanders in the polls": no act toward them
			}
			if armedMarch(toks, cd) {
				continue // "troops marched into the streets": a deployment, no protest
			}
			if personMovedIn(toks, cd) {
				continue // "to move into 10 Downing Street": a post taken up, no occupation
			}
			if arrivedAtBuilding(toks, cd) {
				continue // "arrived at Manchester High School": a building, no actor met
			}
			if joinedBody(toks, cd) || hopedState(toks, cd) {
				continue // "joined the WTO": membership; "hoped Mr Brown would be premier": a wish
			}
			if roleAfterAs(toks, cd) || insistedClaim(toks, cd) || originAfterBeFrom(toks, cd) || pushedAway(toks, cd) {
				continue // "to step down as a Labour MP": a role; "insisted it would not bow": a claim
			}
			if contractedSupply(toks, cd) || electoralChallenge(toks, cd) || debatedPossession(toks, cd) || endedHeldTalks(toks, cd) || complaintForum(toks, cd) {
				continue // "contracts to provide vaccine": a sale; "challenge Labour in its heartlands": a contest for votes; "ended two days of talks": held
			}
			if drop, c := cancelledVisit(toks, cd); drop {
				continue // "called off a trip to Uganda": no visit hosted
			} else if c != "" {
				cd.code = c // "called off a trip to Uganda": a visit cancelled, 161
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "a visit called off: 042 → 161 reduce diplomatic relations")
			}
			if campaignedFor(toks, cd) || cameToState(toks, cd) || hostedShow(toks, cd) || acknowledgedFact(toks, cd) || oppositionStance(toks, cd) || cancelledPost(toks, cd) || wantedState(toks, cd) || agreedOpinion(toks, cd) || letImperative(toks, cd) || st.andClauseSubject(toks, cd) || judgedDecision(toks, cd) || appealAttracts(toks, cd) || venueOfParty(toks, cd) {
				continue // "campaigned for Mr Odinga": support; "when it comes to Uganda": no arrival; "hosted a rally for X": no visit; "recognised that Uganda …": a fact; "want X to be": a wish; "would appeal to women": attraction
			}
			if c, note := senseRecode(toks, cd); c != "" {
				cd.code = c // "exhorted Uganda to …": an appeal; "talks between Kenya and Uganda collapsed": 164
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], note)
			}
			if c, note := st.officeClause(toks, cd); c != "" {
				// "As prime minister, Gordon Brown visited Iran": the office, not the elite (officeclause.go)
				cd.src.actor.Code, cd.src.actor.Country = c, countryOf(c)
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], note+"): the source "+c)
			}
			canadaCommons(toks, &cd) // "Wilson told the House of Commons": Canada's (commons.go)
			if declinedMeet(toks, cd) {
				cd.code = "125" // "declined to meet the Ugandan envoy": a meeting refused (declinedmeet.go)
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "declined to meet an actor: 120 → 125 reject proposal to meet")
			}
			if relativeNoActor(toks, cd) {
				continue // "wants a man who refers to Ugandan farmers as criminals": the man's act, no source
			}
			if e := echoedAct(toks, cd); e == "drop" {
				continue // "echoing Ryan", "repeated an invitation": no criticism (echoed.go)
			} else if e != "" {
				cd.code = e
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "a threat repeated: 111 → 130 threaten")
			}
			if senses21Drop(toks, cd) {
				continue // "has run into trade frictions with Uganda": no meeting; "to guard against erosion": no protection; "Ruto, like Museveni, …": a comparison
			}
			if c, note := senses21Recode(toks, cd); c != "" {
				cd.code = c // "sent a letter to Uganda opposing …": 010; "encouraged Uganda to sign": 020
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], note)
			}
			if senses26Drop(toks, cd) {
				continue // "return children from Uganda": no visit; "withdraw from the AU": no retreat; "a poster featuring soldiers fighting": an image; "claimed X would get": no fault found; "currently receive aid": a state
			}
			if falseReported(toks, cd) {
				continue // "dismissed reports he told Mr Brown …", "a false report that Kenya attacked Uganda": not asserted (falsereport.go)
			}
			if figurativeHurt(toks, cd) {
				continue // "Kenya's policies hurt Uganda": harm with no force, no assault
			}
			if senses25Drop(toks, cd) {
				continue // "to help elect X": a campaign; "seem confident": no statement; "invested time into": no 061; "the strategy X has taken": no seizure; "goods … come to": no visit; "the solidarity of X encouraged": a thing
			}
			if agentlessBlame(toks, cd) {
				continue // "a man accused of plotting to attack …": the accuser is not named
			}
			if warnedAgainstAct(toks, cd) {
				continue // "warned against scrapping the deal with Iran": no one warned is named
			}
			if anyRelative(toks, cd) {
				continue // "any Ugandan troops that remain in Somalia": a class, no act
			}
			if attributiveVisiting(toks, cd) || appealedDecision(toks, cd) {
				continue // "told visiting Ugandan officials": the visitor, no place visited; "appeal the ruling": a legal appeal
			}
			if firmFiling(toks, cd) {
				continue // "said it filed a registration statement with the Securities and Exchange Commission": a disclosure (firmfiling.go)
			}
			if firmCommerce(toks, cd) {
				continue // "Acme Inc bought a Ugandan brewery": a firm's commerce, no political event (firmcommerce.go)
			}
			if madeInPlace(toks, cd) {
				continue // "Acme sold 500 U.S.-built cars": the goods' origin, no party (placeinname.go)
			}
			if quotedAs(toks, cd) {
				continue // "the newspaper quoted Baldrige as saying": a quoter reports, no statement to the one quoted
			}
			if coHost(toks, cd) {
				continue // "the conference it was hosting with the EU": a second host, no guest
			}
			if toBeBlamed(toks, cd) {
				continue // "who is to blame for the attacks": responsibility, no one blames
			}
			if proposedAct(toks, cd) {
				continue // "proposes doing away with the government mandate": a policy, no appeal to the mandate's owner
			}
			if judgedNaming(toks, cd) {
				if cd.src.start > cd.verbStart {
					continue // a naming goes one way: no second direction
				}
				cd.code = "111" // "called him unfit to serve": criticism, no call
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "a naming that blames: → 111 criticize")
			}
			if namingCall(toks, cd) {
				continue // "called climate change a hoax": a description, no call or appeal
			}
			if courtsVoters(toks, cd) {
				continue // "a tour to persuade voters", "offered voters a choice": campaigning
			}
			if warnedAbout(toks, cd) {
				cd.code = "111" // "warned us about those Mexican rapists": criticism of them, no threat
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "a warning about an actor: 13x → 111 criticize")
			}
			if verbalAttackReverse(toks, cd) {
				continue // "attacked Trump, with whom he clashed": the attack goes one way
			}
			if verbalAttack(toks, cd) {
				cd.code = "111" // "attacked Labour's taxes", "attacked X, saying …": criticism
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "verbal attack: 190 → 111 criticize")
			}
			if c, drop := praisedAbility(toks, cd); drop {
				continue
			} else if c != "" {
				cd.code = c // "praised Lord Scarman's ability to listen": praise, not a visit hosted
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "praise of an ability to act: 043 → 051 praise")
			}
			if convictedBody(toks, cd) {
				cd.code = "116" // "a court convicted Turkey of inhuman acts": a body found guilty, no arrest
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "a body convicted: 173 → 116 find guilty")
			}
			if c := accusedCrime(toks, cd); c != "" {
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "accused of a crime: "+cd.code+" → "+c+" accuse")
				cd.code = c // "accused Uganda of war crimes": an accusation, no arrest
			}
			if verbalClash(toks, cd) {
				cd.code = "111" // "Labour and the Tories clashed over tax": a row, no force
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "a clash with no arms: 190 → 111 criticize")
			}
			if backingWon(toks, cd) {
				cd.src, cd.tgt = cd.tgt, cd.src // "earned the backing of Y": Y endorses (backingwon.go)
				cd.code = "051"
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "backing won: the backer is the source → 051")
			}
			if ok, swap := backingOf(toks, cd); ok {
				if swap {
					cd.src, cd.tgt = cd.tgt, cd.src
				}
				cd.code = "051" // "won the endorsement of the … leader, Y": Y endorses (backingof.go)
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "backing won, the backer named in the of phrase → 051")
			}
			if refusedConflict(toks, cd) || refusedToConflict(toks, cd) {
				continue // "refused to criticise the president", "avoided attacking her rival": not done (refusedact.go)
			}
			if firedPerson(toks, cd) {
				continue // "fired the police chief": a dismissal, no force (firedperson.go)
			}
			if c, drop := campaignForce(toks, cd); drop {
				continue // "crushed her rival in the primary", "has dominated the field": a race, no force (campaignforce.go)
			} else if c != "" {
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "campaign attack in words: "+cd.code+" → 111 criticize")
				cd.code = c // "fired at his rivals", "slammed the senator": criticism
			}
			if pollMargin(toks, cd) {
				continue // "Democrats favoured the president, 72 percent to 8 percent": a poll's figures, no endorsement (pollmargin.go)
			}
			if campaignNoAct(toks, cd) {
				continue // "campaigned in Uganda", "toned down his criticism", "traded the lead", "a majority of voters say": no act (campaignforce.go)
			}
			if backedRival(toks, cd) {
				cd.code = "051" // "the governor backed the senator": an endorsement (backedrival.go)
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "backing between politicians: 050 → 051 endorse")
			}
			if c := demandCode(toks, cd); c != "" {
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "the verb demand: "+cd.code+" → "+c+" (demandcode.go)")
				cd.code = c // "demanded talks with Uganda": 106, not the appeal 026
			}
			if c, note := docContent(toks, cd); c != "" {
				cd.code = c // "issued a statement criticising Uganda": 111 (doccontent.go); after the drops that read the verb itself (proposedAct: "approved nonbinding resolutions")
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], note)
			}
			if st.measureBeyond(toks, cd) {
				continue // "declared a state of siege in Pando, and dispatched the army": the army is no place of the measure
			}
			if regionPair(cd) {
				continue // "Europe can compete", "described Africa as a scar": a region is a place
			}
			if strings.HasPrefix(cd.code, "01") && strings.HasSuffix(cd.tgt.actor.Code, "MED") {
				continue // "he told Reuters", "told the French media": a statement to the press, not to an actor
			}
		}
		// "leaves for Moscow on Tuesday": a trip or meeting set for a day
		// to come is planned, dated when reported (scheduled.go)
		future := false
		if !c.set.TabariRules && timed {
			future = st.scheduledFuture(sent, toks, cd.verbStart, cd.verbEnd, refDate)
		}
		if !future && !c.set.TabariRules && timed && root(cd.code) == "04" {
			d, dt := rawDateOf(cd)
			future = meetAhead(sent, toks, cd.verbStart, cd.verbEnd, d, dt, refDate) // "talks with Reagan later this month" (scheduledmeet.go)
		}
		if future && futureHost(cd) {
			continue // "when he visits Uganda next month": the visitor's intent, not the host's (scheduled.go)
		}
		if future && root(cd.code) == "04" {
			cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "a present tense with a day to come: "+cd.code+" → 036")
			cd.code = "036"
		}
		key := cd.src.actor.Code + "|" + cd.tgt.actor.Code + "|" + cd.code
		if seen[key] {
			continue
		}
		seen[key] = true
		date, dateText := dateOf(cd)
		if future {
			date, dateText = refDate, ""
		}
		src, tgt := cd.src.actor, cd.tgt.actor
		if dateText != "" && !c.set.TabariRules {
			src, tgt = st.redate(cd.src, date), st.redate(cd.tgt, date)
		}
		if !c.set.TabariRules && src.Code == tgt.Code && !saidAct(cd.code) {
			continue // "Blair is to join Blunkett in a visit": colleagues of one code, no act between actors
		}
		ev := news.Event{
			Date: date, DateText: dateText,
			Source: src, Target: tgt,
			CAMEO: cd.code, Root: root(cd.code),
			Coder: c.version, Issues: issues,
		}
		if dateText != "" {
			ev.Flags = []string{news.FlagDateFromText}
			if pastDate(date, refDate) {
				ev.Flags = append(ev.Flags, news.FlagPast)
			}
		}
		ev.Goldstein, ev.QuadClass, ev.PLOVER = lookup(cd.code)
		evd := news.Evidence{DocID: docID, Sentence: sent, Start: offset, End: offset + len(sent)}
		if cd.src.start < cd.src.end && cd.src.end <= len(toks) {
			evd.SourceSpan = &news.Span{Start: toks[cd.src.start].start, End: toks[cd.src.end-1].end}
		}
		if cd.tgt.start < cd.tgt.end && cd.tgt.end <= len(toks) {
			evd.TargetSpan = &news.Span{Start: toks[cd.tgt.start].start, End: toks[cd.tgt.end-1].end}
		}
		if cd.verbStart < cd.verbEnd && cd.verbEnd <= len(toks) {
			evd.VerbSpan = &news.Span{Start: toks[cd.verbStart].start, End: toks[cd.verbEnd-1].end}
		}
		ev.Evidence = []news.Evidence{evd}
		h := sha256.Sum256([]byte(docID + "\x00" + strconv.Itoa(offset) + "\x00" + key))
		ev.ID = hex.EncodeToString(h[:8])
		st.noteAntecedents(ev.ID, toks, cd.src, cd.tgt, evd)
		if c.opts.Explain {
			ev.Explain = &news.Explanation{
				Source: strings.Join(cd.src.explain, "; "),
				Target: strings.Join(cd.tgt.explain, "; "),
				Verb:   cd.explain,
				Notes:  cd.notes,
			}
		}
		out = append(out, ev)
	}
	if len(out) > maxPerSentence && !c.set.TabariRules {
		st.capped = append(st.capped, Gated{Gate: "combinatorics", Reason: strconv.Itoa(len(out)) + " events from one sentence, over the cap of " + strconv.Itoa(maxPerSentence) + ": none coded", Level: "sentence", Start: 0, End: len(sent), Events: out})
		return nil
	}
	return out
}

// Not cues: "campaign" (a war has campaigns: "Kenya fought Uganda in a
// campaign along the border") and "seat" (of government, at the table); an
// election campaign names the election, and a candidate's campaign is a
// party or politician, which the rival test above already reads.
