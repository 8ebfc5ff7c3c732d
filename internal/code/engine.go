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
		st.undated = guessYear(text) // officeholders of an undated article: the year it is about
		if lo, hi, day := dateByOffice(text); lo != "" && (st.undated == "" || st.undated < lo[:10] || st.undated > hi[:10]) {
			// "the prime minister" in a story naming Tony Blair; the
			// offices the story speaks of in the present beat a year it
			// names that is outside their terms (an obituary's 1987, "the
			// 1989 disaster")
			st.termLo, st.termHi, st.undated = lo, hi, day
		}
	}
	st.explain = explain
	sents := sentences(text)
	st.text, st.sents = text, sents
	quoteSpeaker := st.quoteSpeakers(text, sents)
	st.country = map[string]int{}
	var out, dropped []news.Event
	for i, sp := range sents {
		if i%64 == 0 && ctx.Err() != nil {
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
	if g == nil {
		return out, nil
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
	for i := range toks {
		if _, n := c.discards.longest(toks, i, nil); n > 0 {
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
	st.fillCountries(ms)
	if !set.TabariRules {
		placeInSentence(ms)
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
	st.remember(toks, ms)
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
			}
			// "and" between two actors joins a list, not two clauses: the
			// verb after the list's clause keeps the subject before it
			listAnd := !set.TabariRules && (w == "AND" || w == "OR") && i > 0 && i+1 < len(toks) && inMention[i-1] != 0 && inMention[i+1] != 0
			carried = listAnd && (blocked || carried)
			blocked = false
			continue
		}
		if inMention[i] != 0 || toks[i].punct || scare[i] || blocked {
			continue
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
		got := st.codeVerb(sent, toks, ms, inMention, i, i+n, vv)
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

// remember keeps a sentence's actors for later pronouns and surnames.
func (st *state) remember(toks []token, ms []mention) {
	c := st.c
	for _, m := range ms {
		if len(m.members) > 1 && (!m.members[0].pronoun || m.members[0].pair) {
			st.lastGroup, st.groupSent = m.members, st.sentNo
		}
		for _, mem := range m.members {
			if mem.actor.Code != "" && !mem.pronoun {
				st.history = append(st.history, mem)
				if len(st.history) >= 2*historyKeep {
					// the pronoun passes look back at most 60 members:
					// a long article's history is not kept whole
					st.history = append([]member(nil), st.history[len(st.history)-historyKeep:]...)
				}
				if mem.actor.Name != "" {
					if st.names == nil {
						st.names = map[string]string{}
					}
					st.names[mem.actor.Code] = mem.actor.Name
				}
				if mem.named && mem.nEnd-mem.nStart >= 2 && mem.nEnd <= len(toks) {
					ns := mem.nStart
					for ns < mem.nEnd-1 {
						if _, n := c.agents.longest(toks[:ns+1], ns, nil); n == 0 {
							break
						}
						ns++
					}
					for k, w := range []token{toks[ns], toks[mem.nEnd-1]} {
						if k == 0 && mem.body && (!firmCode(mem.actor.Code) || orgHead(w.up) || bodyNouns[w.up]) {
							// the first word of a party's or a public body's name is no
							// short name ("Scottish", "Conservative", "European"); a
							// firm's is ("Continental" for Continental Airlines), unless a
							// word that heads names ("Bank" of Bank of America)
							continue
						}
						if _, title := titles[w.up]; w.capital && len(w.up) >= 2 && !functionWords[w.up] && !title {
							if _, dup := st.aliases[w.up]; !dup {
								a := mem
								a.explain = append([]string(nil), mem.explain...)
								st.aliases[w.up] = a
							}
						}
					}
				}
				if mem.actor.Country != "" {
					st.country[mem.actor.Country]++
				}
			}
		}
	}
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
	sentDate, sentText := date, dateText
	timed := c.opts.DateFunc != nil && mentionsTime(toks)
	// dateOf dates one candidate: a date in the verb's own clause ("… were
	// agreed in early March after X pledged in February") before the
	// sentence's first; a future act ("will meet on Thursday") is dated
	// when it was reported, as its announcement.
	dateOf := func(cd cand) (string, string) {
		d, dt := sentDate, sentText
		if timed && cd.verbStart < cd.verbEnd && cd.verbEnd <= len(toks) {
			a, b := verbClause(toks, cd.verbStart, cd.verbEnd)
			if a > 0 || b < len(toks) {
				if cd2, ct := c.opts.DateFunc(sent[toks[a].start:toks[b-1].end], refDate); ct != "" {
					d, dt = cd2, ct
				}
			}
		}
		if dt != "" && dt == sentText && inRelativeBefore(sent, toks, dt, cd.verbStart) {
			d, dt = refDate, "" // "X, who founded the party in 1979, has endorsed Y": 1979 dates the founding
		}
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
		if cd.src.actor.Code == cd.tgt.actor.Code && (c.set.TabariRules || !twoPeople(cd.src, cd.tgt)) {
			continue
		}
		if !c.set.TabariRules {
			if cd.src.start < cd.tgt.end && cd.tgt.start < cd.src.end && !(cd.src.pair && cd.tgt.pair) {
				continue // the same words as source and target ("they" for a pair)
			}
			if apposition(toks, cd.src, cd.tgt) {
				continue // "the Russian president, Vladimir Putin": one actor named twice
			}
			if cd.src.actor.Country != "" && cd.src.actor.Country == cd.tgt.actor.Country && (cd.src.actor.Code == cd.src.actor.Country || cd.tgt.actor.Code == cd.tgt.actor.Country) && !(stateActsOn(cd.src.actor, cd.tgt.actor) && subjectOf(toks, cd.src, cd.verbStart)) && !judgesOwnCountry(toks, cd) && !domesticForce(toks, cd) && !st.actsOnNational(toks, cd) {
				continue // a country and its own part: not an event between actors
			}
			if electoralContest(toks, cd) {
				continue // "beat Labour in the election": a contest for votes, no force
			}
			if armedMarch(toks, cd) {
				continue // "troops marched into the streets": a deployment, no protest
			}
			if courtsVoters(toks, cd) {
				continue // "a tour to persuade voters", "offered voters a choice": campaigning
			}
			if verbalAttack(toks, cd) {
				cd.code = "111" // "attacked Labour's taxes", "attacked X, saying …": criticism
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "verbal attack: 190 → 111 criticize")
			}
			if verbalClash(toks, cd) {
				cd.code = "111" // "Labour and the Tories clashed over tax": a row, no force
				cd.notes = append(cd.notes[:len(cd.notes):len(cd.notes)], "a clash with no arms: 190 → 111 criticize")
			}
			if strings.HasPrefix(cd.code, "01") && strings.HasSuffix(cd.tgt.actor.Code, "MED") {
				continue // "he told Reuters", "told the French media": a statement to the press, not to an actor
			}
		}
		key := cd.src.actor.Code + "|" + cd.tgt.actor.Code + "|" + cd.code
		if seen[key] {
			continue
		}
		seen[key] = true
		date, dateText := dateOf(cd)
		src, tgt := cd.src.actor, cd.tgt.actor
		if dateText != "" && !c.set.TabariRules {
			src, tgt = st.redate(cd.src, date), st.redate(cd.tgt, date)
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

// apposition reports whether two members are one actor named twice,
// side by side with a comma between ("the Russian president, Vladimir
// Putin"): lists are joined into one compound mention before this, so two
// persons of one country left next to each other are an apposition.
func apposition(toks []token, a, b member) bool {
	if a.start >= a.end || b.start >= b.end || a.actor.Country == "" || a.actor.Country != b.actor.Country || !a.person && !b.person {
		return false
	}
	if b.start < a.start {
		a, b = b, a
	}
	return b.start == a.end+1 && a.end < len(toks) && toks[a.end].up == ","
}

// stateActsOn reports whether a country acts on a group of its own that
// is not the state ("Venezuela banned opposition leader Juan Guaido":
// VEN 172 VENOPP), an event of domestic politics: the target a group
// outside the state (opposition, rebels, civilians, firms, media, unions,
// clergy, schools, courts, legislature, rights groups, refugees,
// criminals). A country and its own government, army, police,
// intelligence or elite are one actor, and a group acting on its own
// country is most often acting in it (a place).
func stateActsOn(src, tgt news.Actor) bool {
	if src.Code != src.Country || len(tgt.Code) < 6 {
		return false
	}
	switch tgt.Code[3:6] {
	case "OPP", "REB", "INS", "CVL", "BUS", "MED", "LAB", "REL", "EDU", "JUD", "LEG", "HRI", "REF", "CRM":
		return true
	}
	return false
}

// judgesOwnCountry reports whether a part of a state (a person, its
// government) judges its own country's act or policy, named as a
// possessive right after the verb: "Putin defended Russia's involvement
// in Syria", "the minister criticised Kenya's tax policy" (RUSGOV 052
// RUS). The country's act is the target, as "criticised Uganda's plan"
// has Uganda; a country and its own part elsewhere stay one actor.
func judgesOwnCountry(toks []token, cd cand) bool {
	t := cd.tgt
	if !judging(cd.code) || cd.src.actor.Code == cd.src.actor.Country || t.actor.Code != t.actor.Country ||
		cd.src.end > cd.verbStart || t.start != cd.verbEnd || t.end+1 >= len(toks) || toks[t.end].up != "'S" {
		return false
	}
	nx := toks[t.end+1]
	return !nx.punct && !nx.capital
}

// domesticForce reports whether a candidate between a country and a part
// of its own is force used at home: an armed group outside the state
// (rebels, insurgents, militias) or a state body (government, army,
// police, intelligence), named as the subject right before the verb, uses
// force (roots 18-20, a blockade, a curfew, a state of emergency) on a
// place of its own country that the verb's object names ("Nigerian
// rebels overran Maiduguri", "Iraqi officials have imposed a curfew on
// Basra"): domestic conflict, not a country acting on itself. A place
// after "in", "near", "outside" … or a compass word locates the act
// ("attacked a base in northern Afghanistan": the base is the target, not
// the country); a statement verb's pattern or a pronoun source is no such
// act.
func domesticForce(toks []token, cd cand) bool {
	src, tgt := cd.src.actor, cd.tgt.actor
	if tgt.Code != tgt.Country || len(src.Code) < 6 || src.Code == src.Country || cd.src.pronoun ||
		cd.tgt.start < cd.verbEnd || cd.verbStart >= len(toks) || speechVerbs[toks[cd.verbStart].up] || !subjectOf(toks, cd.src, cd.verbStart) {
		return false
	}
	switch r := root(cd.code); {
	case r == "18", r == "19", r == "20", cd.code == "191", cd.code == "1723", cd.code == "1724":
	default:
		return false
	}
	if cd.tgt.start > 0 && locative[toks[cd.tgt.start-1].up] {
		return false
	}
	switch src.Code[3:6] {
	case "REB", "INS", "UAF", "GOV", "MIL", "COP", "SPY":
		return true
	}
	return false
}

// locative: words before a place that say where an act happened, not
// what it was done to.
var locative = map[string]bool{"IN": true, "AT": true, "OUTSIDE": true, "NEAR": true, "ACROSS": true, "THROUGHOUT": true, "AROUND": true, "INSIDE": true,
	"NORTHERN": true, "SOUTHERN": true, "EASTERN": true, "WESTERN": true, "CENTRAL": true, "NORTHEAST": true, "NORTHWEST": true, "SOUTHEAST": true, "SOUTHWEST": true,
	"NORTHEASTERN": true, "NORTHWESTERN": true, "SOUTHEASTERN": true, "SOUTHWESTERN": true}

// subjectOf reports whether member m is the subject right before the
// verb at vs ("Venezuela has banned …"), with at most three auxiliaries,
// adverbs of time ("first", "already", "again") or "not" between ("Kenya
// first opened its border to refugees", "Israel will not release
// prisoners"): a country named elsewhere in the clause is most often a place
// or a nationality ("in the USA", "Birmingham's Sion Simon").
func subjectOf(toks []token, m member, vs int) bool {
	if m.end > vs || vs-m.end > 3 || m.end >= len(toks) {
		return false
	}
	for k := m.end; k < vs; k++ {
		if !auxiliaries[toks[k].up] && !passiveAdverbs[toks[k].up] && toks[k].up != "NOT" && toks[k].up != "N'T" {
			return false
		}
	}
	return true
}

var auxiliaries = map[string]bool{"HAS": true, "HAVE": true, "HAD": true, "IS": true, "WAS": true, "WILL": true, "WOULD": true, "HAS BEEN": true, "BEEN": true, "ALSO": true}

// twoPeople reports whether two members of one actor code are two
// different named people ("Gordon Brown criticised Tony Blair": both
// GBRGOV), an event of domestic politics; a code met twice otherwise (a
// pronoun, a role word, one person named twice) is no event.
func twoPeople(a, b member) bool {
	if !a.person || !b.person || a.pronoun || b.pronoun || !a.named && !a.aliased || !b.named && !b.aliased || len(a.actor.Code) <= 3 || countryOf(a.actor.Code) == "" {
		return false
	}
	sa, sb := surname(a.actor.Name), surname(b.actor.Name)
	return sa != "" && sb != "" && sa != sb
}

// surname is the last word of a person's name, upper-cased.
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToUpper(strings.Trim(f[len(f)-1], ".,'’\""))
}

// maxPerSentence caps the events one sentence may yield: more are pairs
// of a list, not acts a reader finds in it.
const maxPerSentence = 8

func appendUniq(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func root(code string) string {
	if len(code) >= 2 {
		return code[:2]
	}
	return code
}

// scareQuoted marks tokens inside a short quotation ("democracy",
// “rules”): one to three words are a scare quote, not speech.
func scareQuoted(toks []token) []bool {
	out := make([]bool, len(toks))
	open := -1
	for i, t := range toks {
		if t.up != "\"" {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		if i-open-1 <= 4 {
			for k := open + 1; k < i; k++ {
				out[k] = true
			}
		}
		open = -1
	}
	return out
}

// electoralContest reports whether a candidate of force (roots 17-20) is
// a contest verb read in its electoral sense: "beat", "defeat", "battle",
// "fight", "take on", "take down", "trounce", "edge out", "race" in a
// sentence about an election ("defeat Labour in the election", "the
// candidate best placed to beat the president", "take down the
// Republican nominee"). Candidates and parties compete for votes; CAMEO
// codes no material conflict for it. An armed actor on either side
// ("the army defeated the rebels", "battled Ugandan troops") keeps the
// force. Two parties or politicians of one country (government,
// opposition, legislators, political elites) are rivals for office even
// when the sentence names no election. Otherwise the sentence must name
// an election, and one named only as a time ("fought Uganda before the
// election") does not count; other verbs ("attacked a polling station")
// are not contest verbs.
func electoralContest(toks []token, cd cand) bool {
	switch root(cd.code) {
	case "17", "18", "19", "20":
	default:
		return false
	}
	if cd.verbStart >= len(toks) || !contestVerb(toks, cd.verbStart, cd.verbEnd) {
		return false
	}
	for _, a := range []news.Actor{cd.src.actor, cd.tgt.actor} {
		for k := 0; k+3 <= len(a.Code); k += 3 {
			if armedRoles[a.Code[k:k+3]] {
				return false // "the army", "rebels", "the Islamic State" (IMGMUSISI)
			}
		}
	}
	if politicalRival(cd.src.actor) && politicalRival(cd.tgt.actor) && cd.src.actor.Country == cd.tgt.actor.Country {
		return true // "their plan to take down Hillary Clinton": parties and politicians of one country are rivals for office
	}
	for i, t := range toks {
		if !electoralCues[t.up] {
			continue
		}
		if i > 0 && armedContest[toks[i-1].up] {
			continue // "a military campaign", "the arms race"
		}
		timeOnly := false
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if electionTime[toks[k].up] {
				timeOnly = true
				break
			}
		}
		if !timeOnly {
			return true
		}
	}
	return false
}

// contestVerb: the verb at vs..ve is one of winning or losing a contest.
func contestVerb(toks []token, vs, ve int) bool {
	w := toks[vs].up
	next := ""
	if ve < len(toks) {
		next = toks[ve].up
	}
	if vs+1 < ve {
		next = toks[vs+1].up
	}
	switch w {
	case "BEAT", "BEATS", "BEATING", "BEATEN", "DEFEAT", "DEFEATS", "DEFEATED", "DEFEATING",
		"BATTLE", "BATTLES", "BATTLED", "BATTLING", "FIGHT", "FIGHTS", "FIGHTING", "FOUGHT",
		"TROUNCE", "TROUNCES", "TROUNCED", "TROUNCING", "THRASH", "THRASHED", "ROUT", "ROUTED",
		"RACE", "RACES", "RACED", "RACING":
		return true
	case "TAKE", "TAKES", "TOOK", "TAKING", "TAKEN":
		if objectPronouns[next] && ve+1 < len(toks) && toks[ve+1].up == "ON" {
			return true // "the candidate who can take them on"
		}
		return next == "ON" || next == "DOWN"
	case "EDGE", "EDGES", "EDGED", "EDGING":
		return next == "OUT"
	}
	return false
}

// objectPronouns stand between "take" and its particle ("take them on").
var objectPronouns = map[string]bool{"HIM": true, "HER": true, "THEM": true, "US": true, "ME": true}

// armedRoles: sectors that bear arms (and IMG, an international
// militarized group); force between them is force.
var armedRoles = map[string]bool{"IMG": true, "MIL": true, "REB": true, "INS": true, "UAF": true, "COP": true, "SPY": true}

// politicalRival: a party or politician of a country (its government,
// opposition, legislature or a political elite), not a bare state.
func politicalRival(a news.Actor) bool {
	if len(a.Code) < 6 || a.Country == "" || a.Code[:3] != a.Country {
		return false
	}
	switch a.Code[3:6] {
	case "GOV", "OPP", "ELI", "LEG", "PTY":
		return true
	}
	return false
}

// electoralCues name an election, its contest or its contestants.
var electoralCues = map[string]bool{
	"ELECTION": true, "ELECTIONS": true, "RE-ELECTION": true, "REELECTION": true, "ELECTORAL": true,
	"NOMINATION": true, "PRIMARY": true, "PRIMARIES": true, "CAUCUS": true, "CAUCUSES": true, "RUNOFF": true,
	"RUN-OFF": true, "RACE": true, "POLLS": true, "POLL": true, "VOTE": true, "VOTES": true, "VOTERS": true,
	"BALLOT": true, "BALLOTS": true, "CANDIDATE": true, "CANDIDATES": true,
	"NOMINEE": true, "NOMINEES": true, "ELECTORATE": true, "CONSTITUENCY": true,
}

// Not cues: "campaign" (a war has campaigns: "Kenya fought Uganda in a
// campaign along the border") and "seat" (of government, at the table); an
// election campaign names the election, and a candidate's campaign is a
// party or politician, which the rival test above already reads.

// electionTime: an election named after these is when something
// happened, not what was contested ("before the election").
var electionTime = map[string]bool{"BEFORE": true, "AFTER": true, "SINCE": true, "UNTIL": true, "DURING": true, "AHEAD": true, "FOLLOWING": true}

// armedContest: words before a cue that make it no election ("a military
// campaign", "the arms race").
var armedContest = map[string]bool{"MILITARY": true, "BOMBING": true, "AIR": true, "ARMED": true, "TERROR": true,
	"INSURGENT": true, "GUERRILLA": true, "ARMS": true, "NUCLEAR": true}

// toVerbAfter reports whether "to" + a verb follows position e, the end
// of a verb of intent or a lead verb ("decided to extend"), also after a
// time ("decided on Thursday to ease", "agreed last week to lift") and
// with an adverb in -ly before the verb ("decided to partially lift").
func (st *state) toVerbAfter(toks []token, e int) bool {
	j := e
	switch {
	case j+1 < len(toks) && toks[j].up == "ON" && weekdays[toks[j+1].up]:
		j += 2
	case j+1 < len(toks) && (toks[j].up == "LAST" || toks[j].up == "THIS") && timeWords[toks[j+1].up]:
		j += 2
	case j < len(toks) && (weekdays[toks[j].up] || toks[j].up == "YESTERDAY" || toks[j].up == "TODAY" || toks[j].up == "EARLIER"):
		j++
	}
	if j+1 >= len(toks) || toks[j].up != "TO" {
		return false
	}
	j++
	if j+1 < len(toks) && !toks[j].capital && len(toks[j].up) > 4 && strings.HasSuffix(toks[j].up, "LY") && !st.isVerbAt(toks, j) {
		j++ // "to partially lift"
	}
	return st.isVerbAt(toks, j)
}

var weekdays = map[string]bool{"MONDAY": true, "TUESDAY": true, "WEDNESDAY": true, "THURSDAY": true, "FRIDAY": true, "SATURDAY": true, "SUNDAY": true}

// actsOnNational reports whether a candidate between a part of a state
// and a person of its own country is a domestic event: the target is a
// nationality adjective (not the country's name) before a person's name
// the dictionaries lack, with at most two descriptive words between
// ("Federal Police launched an investigation into Australian VC
// recipient Ben Roberts-Smith", "Farc will release the Colombian
// Sergeant Pablo Moncayo"): a private person of that country, not the
// country, as "Kenyan police arrested Kenyan activist John Doe" is (the
// agent gives KENOPP there). The source must have a role (a body, a
// force, a group: not the bare country).
func (st *state) actsOnNational(toks []token, cd cand) bool {
	t := cd.tgt
	if st.c.set.TabariRules || len(cd.src.actor.Code) <= 3 || t.actor.Code != t.actor.Country || t.end-t.start != 1 || t.entry == nil || len(t.entry.Names) == 0 {
		return false
	}
	if t.entry.Names[0].String() == toks[t.start].up {
		return false // "Australia": the country, not an adjective
	}
	return st.nameAfter(toks, t.end)
}

// nameBodyNouns name a body, not a person, in a capitalised name.
var nameBodyNouns = map[string]bool{
	"PARTY": true, "BOARD": true, "ASSOCIATION": true, "BUREAU": true, "COMMISSION": true, "FEDERATION": true,
	"COUNCIL": true, "COUNCILS": true, "COURT": true, "SYSTEM": true, "FINANCE": true, "CHAPTER": true, "AGENCY": true,
	"AUTHORITY": true, "SERVICE": true, "OFFICE": true, "DEPARTMENT": true, "MINISTRY": true, "COMMITTEE": true,
	"UNION": true, "LEAGUE": true, "MOVEMENT": true, "FRONT": true, "ARMY": true, "FORCE": true, "FORCES": true,
	"POLICE": true, "SOCIETY": true, "CENTRE": true, "CENTER": true, "NETWORK": true, "ALLIANCE": true, "CHURCH": true,
	"ACADEMY": true, "SCHOOL": true, "COLLEGE": true, "HOSPITAL": true, "COMPANY": true, "NEWS": true, "PRESS": true,
}

// nameAfter reports whether a person's name follows token i: up to two
// descriptive words (no function word, no punctuation, no inflected
// verb), then two to four
// capitalised words that are no actor, agent, verb or organisation's
// head, then the clause goes on in lower case or stops.
func (st *state) nameAfter(toks []token, i int) bool {
	for d := 0; d <= 2; d++ {
		k, n := i+d, 0
		if k > i && (toks[k-1].punct || functionWords[toks[k-1].up]) {
			return false
		}
		if k > i && inflected(toks[k-1].up) {
			if _, nv := st.c.verbs.longest(toks, k-1, nil); nv > 0 {
				return false // "north Wales councils visited Ms Essex": a verb, no descriptor
			}
		}
		for k < len(toks) && toks[k].capital && !toks[k].punct && !functionWords[toks[k].up] {
			if orgHeads[toks[k].up] || nameBodyNouns[toks[k].up] {
				return false // "the British National Party", "the Australian Wheat Board"
			}
			if _, na := st.c.actors.longest(toks, k, nil); na > 0 {
				return false
			}
			if _, ng := st.c.agents.longest(toks, k, nil); ng > 0 {
				return false
			}
			k++
			n++
		}
		if n >= 2 && n <= 4 && (k == len(toks) || !toks[k].capital || toks[k].punct) {
			return true
		}
		if k >= len(toks) {
			return false
		}
	}
	return false
}

// particles of phrasal verbs ("hand over", "pull out").
var particles = map[string]bool{"OVER": true, "OUT": true, "UP": true, "DOWN": true, "OFF": true, "BACK": true}

// headlineVerb: a present-tense trigger in -s right after the actor that
// opens the sentence, whose pattern's object word follows it at once and
// a preposition and an actor after that — a headline's verb without its
// article ("Kenya lifts blockade of Uganda"), not a noun; or a plural
// subject's phrasal verb before an adverb in -ly ("Kenya and Uganda hand
// over urgently needed supplies").
func headlineVerb(toks []token, ms []mention, inMention []int, i, e int, objNext bool) bool {
	if i == 0 || inMention[i-1] == 0 || e+2 >= len(toks) {
		return false
	}
	subj := &ms[inMention[i-1]-1]
	if subj.start > 1 || subj.start == 1 && !determiners[toks[0].up] {
		return false
	}
	if len(subj.members) > 1 {
		k := e
		if particles[toks[k].up] {
			k++ // "hand over"
		}
		if w := toks[k].up; len(w) > 4 && strings.HasSuffix(w, "LY") && !toks[k].capital {
			return true
		}
	}
	if !objNext || !strings.HasSuffix(toks[e-1].up, "S") || toks[e].capital {
		return false
	}
	switch toks[e+1].up {
	case "OF", "ON", "AGAINST", "TO", "WITH", "FOR":
		return inMention[e+2] != 0 || e+3 < len(toks) && determiners[toks[e+2].up] && inMention[e+3] != 0
	}
	return false
}
