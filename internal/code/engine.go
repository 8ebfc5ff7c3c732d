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
// and as the default event date.
func (c *Coder) Code(ctx context.Context, docID, text, refDate string) []news.Event {
	st := newState(c, refDate)
	sents := sentences(text)
	st.text, st.sents = text, sents
	quoteSpeaker := st.quoteSpeakers(text, sents)
	st.country = map[string]int{}
	var out []news.Event
	for i, sp := range sents {
		if i%64 == 0 && ctx.Err() != nil {
			break
		}
		st.speaker = quoteSpeaker[i]
		out = append(out, st.safeSentence(docID, text[sp.start:sp.end], sp.start, refDate)...)
	}
	return out
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

// CodeSentence codes one sentence on its own (no article context).
func (c *Coder) CodeSentence(docID, sentence, refDate string) []news.Event {
	st := newState(c, refDate)
	return st.codeSentence(docID, sentence, 0, refDate)
}

// quoteSpeakers finds, for sentences inside a quotation, the speaker named
// in an attribution just after ("– Foreign Ministry spokesperson Zhao
// Lijian said …") or just before ("X said:").
func (st *state) quoteSpeakers(text string, sents []span) []*member {
	out := make([]*member, len(sents))
	inQuote := false
	startQ := -1
	for i, sp := range sents {
		s := text[sp.start:sp.end]
		opens := strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"")
		closes := strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "”.") || strings.HasSuffix(s, ".”")
		if opens && !inQuote {
			inQuote, startQ = true, i
		}
		if inQuote && closes || inQuote && i+1 < len(sents) && strings.TrimSpace(text[sents[i].end:sents[i+1].start]) == "" && strings.Contains(text[sents[i].end:sents[i+1].start], "\n\n") && closes {
			inQuote = false
			if i+1 < len(sents) {
				next := text[sents[i+1].start:sents[i+1].end]
				if strings.HasPrefix(next, "–") || strings.HasPrefix(next, "-") || strings.HasPrefix(next, "—") {
					if spk := st.speakerOf(next); spk != nil {
						spk.date, spk.dateText = explicitDate(next)
						for k := startQ; k <= i; k++ {
							out[k] = spk
						}
					}
				}
			}
		}
	}
	return out
}

func (st *state) speakerOf(s string) *member {
	toks := tokenize(s, nil)
	ms := st.mentions(s, toks)
	if len(ms) == 0 {
		return nil
	}
	m := ms[0].members[0]
	if m.needCountry && m.actor.Code == "" {
		if c := st.dominantCountry(); c != "" {
			m.actor.Code, m.actor.Country = c+m.suffix, c
			m.explain = append(m.explain, "country "+c+" from the article's most-mentioned country")
		}
	}
	return &m
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
	srcM        *mention
	srcCompound bool
}

func (st *state) codeSentence(docID, sent string, offset int, refDate string) []news.Event {
	c := st.c
	toks := tokenize(sent, st.toks)
	st.toks = toks
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
	ms := st.mentions(sent, toks)
	ms = st.pronouns(sent, toks, ms)
	ms = joinCompounds(toks, ms, func(i int) bool { return st.isVerbAt(toks, i) })
	st.fillCountries(ms)
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
	inMention := make([]int, len(toks)) // mention index+1
	for k, m := range ms {
		for i := m.start; i < m.end && i < len(toks); i++ {
			inMention[i] = k + 1
		}
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
	blocked := false // a verb of this clause made an event
	var inherit *mention
	var lastSrc *mention
	for i := 0; i < len(toks); i++ {
		if w := toks[i].up; clauseBreak[w] {
			if blocked && lastSrc != nil {
				// "condemned X and promised Y": the verb after the
				// conjunction keeps the subject
				j := i + 1
				for j < len(toks) && adverbs[toks[j].up] {
					j++
				}
				if j < len(toks) && inMention[j] == 0 && st.isVerbAt(toks, j) {
					inherit = lastSrc
				}
			}
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
		got := st.codeVerb(sent, toks, ms, inMention, i, i+n, vv)
		st.inherit, inherit = nil, nil
		// statement verbs, and verbs of intent before "to" + verb
		// ("decided to extend", "ready to work with"), give way to the
		// event they introduce
		weak := speechVerbs[toks[i+n-1].up] || i+n+1 < len(toks) && toks[i+n].up == "TO" && st.isVerbAt(toks, i+n+1) && (intentWords[toks[i+n-1].up] || leadVerbs[toks[i+n-1].up])
		for k := range got {
			got[k].weak = weak
		}
		cands = append(cands, got...)
		for _, g := range got {
			if g.tgt.actor.Code != "" && g.src.actor.Code != "" && !weak {
				blocked = true
				lastSrc = g.srcM
			}
		}
		i += n - 1
	}
	if st.discard {
		return nil // a verb or pattern coded ### discards the sentence
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
	cands = append(st.transform(toks, ms, cands), accused...)
	// remember actors for later pronouns and surnames
	for _, m := range ms {
		if len(m.members) > 1 {
			st.lastGroup = m.members
		}
		for _, mem := range m.members {
			if mem.actor.Code != "" && !mem.pronoun {
				st.history = append(st.history, mem)
				if mem.named && mem.nEnd-mem.nStart >= 2 && mem.nEnd <= len(toks) {
					ns := mem.nStart
					for ns < mem.nEnd-1 {
						if _, n := c.agents.longest(toks[:ns+1], ns, nil); n == 0 {
							break
						}
						ns++
					}
					for _, w := range []token{toks[ns], toks[mem.nEnd-1]} {
						if w.capital && len(w.up) >= 2 && !functionWords[w.up] {
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
	if len(cands) == 0 {
		return nil
	}
	if c.opts.DateFunc != nil && mentionsTime(toks) {
		if d, dt := c.opts.DateFunc(sent, refDate); dt != "" || dateText == "" {
			date, dateText = d, dt
		}
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
		if cd.src.actor.Code == "" || cd.tgt.actor.Code == "" || cd.src.actor.Code == cd.tgt.actor.Code || cd.code == "" {
			continue
		}
		if cd.src.actor.Country != "" && cd.src.actor.Country == cd.tgt.actor.Country && (cd.src.actor.Code == cd.src.actor.Country || cd.tgt.actor.Code == cd.tgt.actor.Country) {
			continue // a country and its own part: not an event between actors
		}
		if strings.HasPrefix(cd.code, "01") && strings.HasSuffix(cd.tgt.actor.Code, "MED") && cd.tgt.actor.Country == "" {
			continue // "he told Reuters": a statement to the press, not to an actor
		}
		key := cd.src.actor.Code + "|" + cd.tgt.actor.Code + "|" + cd.code
		if seen[key] {
			continue
		}
		seen[key] = true
		ev := news.Event{
			Date: date, DateText: dateText,
			Source: cd.src.actor, Target: cd.tgt.actor,
			CAMEO: cd.code, Root: root(cd.code),
			Coder: c.version, Issues: issues,
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
	return out
}

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

// fillCountries gives a role without a country ("Foreign Ministry
// spokesperson") the article's most-mentioned country.
func (st *state) fillCountries(ms []mention) {
	for k := range ms {
		for j := range ms[k].members {
			m := &ms[k].members[j]
			if !m.needCountry || m.actor.Code != "" {
				continue
			}
			best, bestN := "", 0
			for c, n := range st.country {
				if n > bestN || n == bestN && c < best {
					best, bestN = c, n
				}
			}
			if st.speaker != nil && st.speaker.actor.Country != "" {
				best = st.speaker.actor.Country
			}
			if best == "" && st.sents != nil {
				best = st.dominantCountry()
			}
			if best != "" {
				m.actor.Code = best + m.suffix
				m.actor.Country = best
				m.explain = append(m.explain, "country "+best+" from the article's most-mentioned country")
			}
		}
	}
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

var negations = map[string]bool{"NOT": true, "NEVER": true, "NO": true, "N'T": true, "NOR": true, "NEITHER": true}

var beForms = map[string]bool{"WAS": true, "WERE": true, "IS": true, "ARE": true, "BEEN": true, "BE": true, "BEING": true, "GOT": true, "GET": true}

// codeVerb codes one verb occurrence: pattern match, then source/target.
func (st *state) codeVerb(sent string, toks []token, ms []mention, inMention []int, vs, ve int, vv verbVal) []cand {
	// negation: unless a pattern with words before the verb handles it
	negated := false
	for k := vs - 1; k >= 0 && k >= vs-4; k-- {
		if negations[toks[k].up] || strings.HasSuffix(toks[k].up, "N'T") {
			negated = true
			break
		}
		if inMention[k] != 0 {
			break
		}
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
	for pi := range block.Patterns {
		p := &block.Patterns[pi]
		score, s, t, ok := st.matchPattern(toks, ms, inMention, vs, ve, p)
		if ok && score > best {
			best = score
			code = p.Code
			srcM, tgtM = s, t
			bestP = p
			compound = st.compound
		}
	}
	if negated && (bestP == nil || len(bestP.Pre) == 0) {
		return nil
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
	st.curCode = code.Code
	if srcM == nil && st.inherit != nil {
		srcM = st.inherit
		notes = append(notes, "source carried over a conjunction")
	}
	if srcM == nil {
		srcM = st.sourceBefore(toks, ms, vs)
	}
	if tgtM == nil {
		tgtM = st.targetAfter(toks, ms, ve)
	}
	if srcM != nil && tgtM != nil && tgtM.start > 0 && (toks[tgtM.start-1].up == "BETWEEN" || toks[tgtM.start-1].up == "AMONG") && sharesCountry(srcM, tgtM) {
		tgtM = nil // "a wedge between the two countries": not the verb's target
	}
	if passive {
		if by := st.targetAfter(toks, ms, ve); by != nil && by.start == ve+1 {
			srcM, tgtM = by, st.sourceBefore(toks, ms, vs)
			notes = append(notes, "passive voice: source from the by-phrase")
		}
	} else if (bestP == nil || !hasActorMarks(bestP)) && vs > 0 && pastParticiple(toks[vs].up) && (beForms[toks[vs-1].up] || vs > 1 && beForms[toks[vs-2].up] && strings.HasSuffix(toks[vs-1].up, "LY")) {
		// "X was criticized over … with Y": the subject is the target
		if srcM != nil && tgtM != nil {
			srcM, tgtM = tgtM, srcM
			notes = append(notes, "passive voice without by: subject is the target")
		} else if srcM != nil && tgtM == nil {
			if after := st.anyAfter(ms, ve); after != nil {
				srcM, tgtM = after, srcM
				notes = append(notes, "passive voice without by: subject is the target")
			}
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
	case srcM != nil && len(srcM.members) > 1 && mutualCode(code.Code) && adjacentSubject(toks, srcM, vs):
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

// mutualCode: codes that a compound subject does with each other ("China
// and Russia agreed", "the two leaders met"): consult, cooperate, agree.
func mutualCode(code string) bool {
	r := root(code)
	return r == "03" || r == "04" || r == "05" || r == "06"
}

var adverbs = map[string]bool{"JOINTLY": true, "ALSO": true, "HAVE": true, "HAS": true, "HAD": true, "WILL": true, "SHOULD": true,
	"OFFICIALLY": true, "FIRMLY": true, "TODAY": true, "ON": true, "AGAIN": true, "WOULD": true, "CAN": true, "TO": true, "DECIDED": true, "AGREED": true, "NEED": true, "MUST": true}

// adjacentSubject: the mention is the verb's subject (only auxiliaries and
// adverbs between).
func adjacentSubject(toks []token, m *mention, vs int) bool {
	if vs-m.end > 3 {
		return false
	}
	for g := m.end; g < vs; g++ {
		if !adverbs[toks[g].up] && !strings.HasSuffix(toks[g].up, "LY") {
			return false
		}
	}
	return true
}

func posString(p dict.Pos, origin string) string {
	s := p.String()
	if origin != "" {
		s += " (from " + origin + ")"
	}
	return s
}

var clauseBreak = map[string]bool{"AND": true, "BUT": true, ";": true, "WHILE": true, "WHEREAS": true, "AFTER": true, "BEFORE": true, "WHEN": true, "THAT": true, "WHICH": true, "WHO": true}

var clauseStops = map[string]bool{";": true, ":": true, "\"": true, "WHICH": true, "WHILE": true, "WHEREAS": true, "BUT": true,
	"AFTER": true, "BEFORE": true, "WHEN": true, "BECAUSE": true, "ALTHOUGH": true, "UNTIL": true}

var determiners = map[string]bool{"THE": true, "A": true, "AN": true, "THEIR": true, "HIS": true, "ITS": true, "HER": true, "OUR": true, "THIS": true, "THAT": true}

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

// sourceBefore is the verb's subject: the possessor of a verbal noun
// ("Putin's visit"), else the first mention of the verb's clause (TABARI's
// rule: "Gollum, accompanying Radagast, called on …"), else the nearest
// mention before the verb.
func (st *state) sourceBefore(toks []token, ms []mention, vs int) *mention {
	// the clause starts after the last boundary before the verb
	start := 0
	for g := vs - 1; g >= 0; g-- {
		w := toks[g].up
		if clauseStops[w] || clauseBreak[w] || speechVerbs[w] {
			start = g + 1
			break
		}
	}
	// "Putin's (next) visit": the possessor of a verbal noun is its source
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end < vs && m.end >= vs-3 && toks[m.end].up == "'S" {
			return m
		}
		if m.end <= vs-3 {
			break
		}
	}
	var nearest *mention
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end > vs {
			continue
		}
		if m.start < start {
			break
		}
		nearest = m // keep going back: the first actor of the clause
	}
	if nearest != nil {
		return nearest
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end > vs {
			continue
		}
		for g := m.end; g < vs; g++ {
			if clauseStops[toks[g].up] {
				return nil
			}
		}
		return m
	}
	return nil
}

// targetAfter is the first mention after the verb within the clause and a
// few words, unless it is the subject of a following clause.
func (st *state) targetAfter(toks []token, ms []mention, ve int) *mention {
	for k := range ms {
		m := &ms[k]
		if m.start < ve {
			continue
		}
		if m.start-ve > 10 {
			return nil
		}
		for g := ve; g < m.start; g++ {
			if clauseStops[toks[g].up] || toks[g].up == "." {
				return nil
			}
		}
		// "Putin's visit": the possessor of a verbal noun is that
		// noun's subject, not this verb's target
		if m.end+1 < len(toks) && toks[m.end].up == "'S" {
			for k := m.end + 1; k < len(toks) && k <= m.end+3; k++ {
				if st.c.verbs.root.kids[toks[k].up] != nil { // an exact verb form, not a stem
					return nil
				}
				if toks[k].punct || functionWords[toks[k].up] {
					break
				}
			}
		}
		// subject of a complement clause: "said China will …"
		nx := m.end
		for nx < len(toks) && (modal[toks[nx].up]) {
			nx++
		}
		speech := speechVerbs[toks[ve-1].up] || strings.HasPrefix(st.curCode, "01")
		if speech && nx > m.end && nx < len(toks) {
			return nil
		}
		if nx < len(toks) && st.isVerbAt(toks, nx) {
			if speechVerbs[toks[nx].up] || speech && presentVerb(toks[nx].up) {
				return nil
			}
			for g := ve; g < m.start; g++ {
				if toks[g].up == "," {
					return nil // ", Xi said": the subject of another clause
				}
			}
		}
		return m
	}
	return nil
}

var modal = map[string]bool{"SHOULD": true, "WILL": true, "WOULD": true, "CAN": true, "COULD": true, "MUST": true, "MAY": true, "MIGHT": true, "HAS": true, "HAVE": true, "HAD": true, "IS": true, "ARE": true, "WAS": true, "WERE": true, "NEED": true, "NEEDS": true}

var speechVerbs = map[string]bool{"SAID": true, "SAYS": true, "SAY": true, "TOLD": true, "ADDED": true, "NOTED": true, "STRESSED": true, "SAW": true, "THOUGHT": true, "KNEW": true}

func presentVerb(w string) bool { return strings.HasSuffix(w, "S") || strings.HasSuffix(w, "ED") }

func (st *state) isVerbAt(toks []token, i int) bool {
	_, n := st.c.verbs.longest(toks, i, nil)
	return n > 0
}

// transform applies the say-rule: when a statement verb (CAMEO 01x) has a
// source a and a later verb in the sentence codes b → c as verbal or
// material conflict, a accuses b (112). Inside a quotation with a known
// speaker, every conflictual event's source is accused by the speaker.
func (st *state) transform(toks []token, ms []mention, cands []cand) []cand {
	var out []cand
	var sayer *cand
	for i := range cands {
		cd := cands[i]
		if cd.tgt.actor.Code == "" {
			if strings.HasPrefix(cd.code, "01") && cd.src.actor.Code != "" && sayer == nil {
				c := cd
				sayer = &c
			}
			continue
		}
		out = append(out, cd)
		conflict := len(cd.code) >= 2 && cd.code[:2] >= "11" && cd.code[:2] <= "20"
		if !conflict {
			continue
		}
		var a *member
		note := ""
		switch {
		case sayer != nil && sayer.verbEnd <= cd.verbStart:
			a = &sayer.src
			note = "statement + conflictual event → accuse (112)"
		case st.speaker != nil && st.speaker.actor.Code != "":
			a = st.speaker
			note = "quotation by " + st.speaker.actor.Name + " describing a conflictual event → accuse (112)"
		}
		if a != nil && a.actor.Country != cd.src.actor.Country {
			out = append(out, cand{src: *a, tgt: cd.src, code: "112", verbStart: cd.verbStart, verbEnd: cd.verbEnd,
				explain: cd.explain, notes: append(append([]string(nil), cd.notes...), note), transform: true})
		}
	}
	return out
}

// matchPattern matches a pattern around the verb at [vs, ve). It returns a
// score (the number of elements matched) and the mentions standing at $
// and +.
func (st *state) matchPattern(toks []token, ms []mention, inMention []int, vs, ve int, p *dict.Pattern) (int, *mention, *mention, bool) {
	var src, tgt *mention
	st.compound = nil
	score := 0
	// after the verb, left to right
	j := ve
	for _, el := range p.Post {
		st.covered = 1
		nj, m, ok := st.matchEl(toks, ms, j, el, true)
		if !ok {
			return 0, nil, nil, false
		}
		switch el.Kind {
		case dict.TokSource:
			src = m
		case dict.TokTarget:
			tgt = m
		case dict.TokCompound:
			tgt = m
			st.compound = m
		}
		switch el.Kind {
		case dict.TokWord, dict.TokAlt:
			score += 3 * st.covered // longer literal matches win (TABARI)
		case dict.TokSet:
			score += 3*st.covered - 1 // a literal word beats a set member
		case dict.TokSkip:
		default:
			score++
		}
		j = nj
	}
	// before the verb, right to left
	j = vs
	for k := len(p.Pre) - 1; k >= 0; k-- {
		el := p.Pre[k]
		st.covered = 1
		nj, m, ok := st.matchEl(toks, ms, j, el, false)
		if !ok {
			return 0, nil, nil, false
		}
		switch el.Kind {
		case dict.TokSource:
			src = m
		case dict.TokCompound:
			src = m
			st.compound = m
		case dict.TokTarget:
			tgt = m
		}
		switch el.Kind {
		case dict.TokWord, dict.TokAlt:
			score += 3 * st.covered // longer literal matches win (TABARI)
		case dict.TokSet:
			score += 3*st.covered - 1 // a literal word beats a set member
		case dict.TokSkip:
		default:
			score++
		}
		j = nj
	}
	return score, src, tgt, true
}

const maxGap = 6

// matchEl finds el after position j (forward) or ending before j
// (backward), skipping at most maxGap tokens; it returns the new position.
func (st *state) matchEl(toks []token, ms []mention, j int, el dict.PatTok, fwd bool) (int, *mention, bool) {
	if el.Kind == dict.TokSkip {
		// ^ skips a noun phrase: an actor mention just ahead, if any
		for k := range ms {
			m := &ms[k]
			if fwd && m.start >= j && m.start <= j+2 {
				return m.end, nil, true
			}
			if !fwd && m.end <= j && m.end >= j-2 {
				return m.start, nil, true
			}
		}
		return j, nil, true
	}
	for gap := 0; gap <= maxGap; gap++ {
		var at int
		if fwd {
			at = j + gap
			if at >= len(toks) {
				return 0, nil, false
			}
		} else {
			at = j - 1 - gap
			if at < 0 {
				return 0, nil, false
			}
		}
		if gap > 0 {
			w := toks[at].up
			if w == ";" || w == "." || w == ":" {
				return 0, nil, false
			}
		}
		if el.Kind == dict.TokSource && !fwd {
			// $ before the verb: the clause's subject, wherever it is
			if m := st.sourceBefore(toks, ms, j); m != nil {
				return m.start, m, true
			}
			return 0, nil, false
		}
		switch el.Kind {
		case dict.TokSource, dict.TokTarget, dict.TokCompound:
			for k := range ms {
				m := &ms[k]
				if fwd && m.start == at {
					return m.end, m, true
				}
				if !fwd && m.end-1 == at {
					return m.start, m, true
				}
			}
		default:
			if fwd {
				if n := st.matchWords(toks, at, el); n > 0 {
					st.covered = n
					return at + n, nil, true
				}
			} else {
				// phrase ending at 'at': try starts backwards
				for s := at; s >= 0 && s >= at-4; s-- {
					if n := st.matchWords(toks, s, el); n > 0 && s+n == at+1 {
						st.covered = n
						return s, nil, true
					}
				}
			}
		}
	}
	return 0, nil, false
}

// matchWords matches a word, set or alternative element at toks[i] and
// returns the number of tokens it covers.
func (st *state) matchWords(toks []token, i int, el dict.PatTok) int {
	switch el.Kind {
	case dict.TokWord:
		return st.phraseAt(toks, i, el.Phrase)
	case dict.TokAlt:
		best := 0
		for _, a := range el.Alts {
			if n := st.phraseAt(toks, i, a); n > best {
				best = n
			}
		}
		return best
	case dict.TokSet:
		t := st.c.sets[el.Set]
		if t == nil {
			return 0
		}
		_, n := t.longest(toks, i, nil)
		if n == 0 {
			// plural of a set member
			return pluralSet(t, toks, i)
		}
		return n
	}
	return 0
}

func pluralSet(t *trie[struct{}], toks []token, i int) int {
	w := toks[i].up
	if len(w) > 3 && strings.HasSuffix(w, "S") {
		tmp := []token{{up: strings.TrimSuffix(w, "S")}}
		if _, n := t.longest(tmp, 0, nil); n == 1 {
			return 1
		}
	}
	return 0
}

func (st *state) phraseAt(toks []token, i int, p dict.Phrase) int {
	for k, w := range p {
		if len(w.Text) > 1 && w.Text[0] == '&' {
			// a synonym set inside a phrase: "NEW &TIETYPES RELATIONS"
			n := 0
			if k > 0 {
				n = phraseAt(toks, i, p[:k])
				if n == 0 {
					return 0
				}
			}
			t := st.c.sets[strings.TrimSuffix(w.Text[1:], "_")]
			if t == nil || i+n >= len(toks) {
				return 0
			}
			_, m := t.longest(toks, i+n, nil)
			if m == 0 {
				return 0
			}
			r := st.phraseAt(toks, i+n+m, p[k+1:])
			if k+1 < len(p) && r == 0 {
				return 0
			}
			return n + m + r
		}
	}
	return phraseAt(toks, i, p)
}

func phraseAt(toks []token, i int, p dict.Phrase) int {
	if i+len(p) > len(toks) {
		return 0
	}
	for k, w := range p {
		t := toks[i+k].up
		if w.Stem {
			if !strings.HasPrefix(t, w.Text) {
				return 0
			}
		} else if t != w.Text && !(k == len(p)-1 && len(w.Text) > 2 && len(t) == len(w.Text)+1 && t[len(t)-1] == 'S' && strings.HasPrefix(t, w.Text)) {
			return 0
		}
	}
	return len(p)
}

var months = map[string]string{"JANUARY": "01", "FEBRUARY": "02", "MARCH": "03", "APRIL": "04", "MAY": "05", "JUNE": "06", "JULY": "07", "AUGUST": "08", "SEPTEMBER": "09", "OCTOBER": "10", "NOVEMBER": "11", "DECEMBER": "12"}

// explicitDate finds "Month D, YYYY" or "D Month YYYY" in a sentence.
func explicitDate(s string) (string, string) {
	return explicitDateToks(s, tokenize(s, nil))
}

func explicitDateToks(s string, toks []token) (string, string) {
	for i := 0; i+2 < len(toks); i++ {
		if m, ok := months[toks[i].up]; ok {
			d, y := toks[i+1].up, ""
			k := i + 2
			if k < len(toks) && toks[k].up == "," {
				k++
			}
			if k < len(toks) {
				y = toks[k].up
			}
			if isNum(d, 1, 2) && isNum(y, 4, 4) {
				if len(d) == 1 {
					d = "0" + d
				}
				return y + "-" + m + "-" + d, s[toks[i].start:toks[k].end]
			}
		}
		if isNum(toks[i].up, 1, 2) {
			if m, ok := months[toks[i+1].up]; ok && isNum(toks[i+2].up, 4, 4) {
				d := toks[i].up
				if len(d) == 1 {
					d = "0" + d
				}
				return toks[i+2].up + "-" + m + "-" + d, s[toks[i].start:toks[i+2].end]
			}
		}
	}
	return "", ""
}

func isNum(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// misconduct: a speaker (of the quotation, or the source of a statement
// verb earlier in the sentence) who says another actor does a verb of the
// DYAD_MISCONDUCT set ("interferes", "violates", "smears") accuses it
// (112).
func (st *state) misconduct(toks []token, ms []mention, inMention []int, scare []bool, cands []cand) []cand {
	set := st.c.sets["DYAD_MISCONDUCT"]
	if set == nil {
		return nil
	}
	var speaker *member
	sayEnd := -1
	if st.speaker != nil && st.speaker.actor.Code != "" {
		speaker = st.speaker
	}
	for i := range cands {
		if strings.HasPrefix(cands[i].code, "01") && cands[i].src.actor.Code != "" && speaker == nil {
			speaker, sayEnd = &cands[i].src, cands[i].verbEnd
		}
	}
	if speaker == nil {
		return nil
	}
	var out []cand
	for i := sayEnd + 1; i < len(toks); i++ {
		if i < 0 || inMention[i] != 0 || scare[i] {
			continue
		}
		if _, n := set.longest(toks, i, nil); n == 0 {
			continue
		}
		src := st.sourceBefore(toks, ms, i)
		if src == nil {
			continue
		}
		for _, b := range src.members {
			if b.actor.Country == "" || b.actor.Country == speaker.actor.Country {
				continue
			}
			out = append(out, cand{src: *speaker, tgt: b, code: "112", verbStart: i, verbEnd: i + 1,
				explain: "set &DYAD_MISCONDUCT: " + toks[i].up,
				notes:   []string{speaker.actor.Name + " says " + b.actor.Name + " " + strings.ToLower(toks[i].up) + " → accuse (112)"}})
		}
	}
	return out
}

// dominantCountry is the country mentioned most in the article; it is
// counted on first use (a speaker's title without a country).
func (st *state) dominantCountry() string {
	if st.countAll == nil {
		// a quick count over actor names only, stopping once one
		// country clearly leads
		st.countAll = map[string]int{}
		var toks []token
		top := 0
	scan:
		for _, sp := range st.sents {
			toks = tokenize(st.text[sp.start:sp.end], toks)
			for i := 0; i < len(toks); i++ {
				acts, n := st.c.actors.longest(toks, i, nil)
				if n == 0 {
					continue
				}
				if c := countryOf(acts[0].CodeAt(st.date)); c != "" {
					st.countAll[c]++
					top = max(top, st.countAll[c])
				}
				i += n - 1
			}
			if top >= 12 {
				break scan
			}
		}
	}
	best, bestN := "", 0
	for c, n := range st.countAll {
		if n > bestN || n == bestN && c < best {
			best, bestN = c, n
		}
	}
	return best
}

func sharesCountry(a, b *mention) bool {
	for _, x := range a.members {
		for _, y := range b.members {
			if x.actor.Country != "" && x.actor.Country == y.actor.Country {
				return true
			}
		}
	}
	return false
}

// pastParticiple guesses whether a verb form is a past participle.
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

// anyAfter is the first mention after position i in the sentence.
func (st *state) anyAfter(ms []mention, i int) *mention {
	for k := range ms {
		if ms[k].start >= i {
			return &ms[k]
		}
	}
	return nil
}

// leadVerbs introduce the action they are about without being one:
// "decided to extend", "tried to block", "began to withdraw".
var leadVerbs = map[string]bool{"DECIDED": true, "DECIDES": true, "DECIDE": true, "TRIED": true, "TRIES": true, "TRY": true,
	"SEEKS": true, "SOUGHT": true, "SEEK": true, "HOPES": true, "HOPED": true, "WANTS": true, "WANTED": true, "AIMS": true,
	"AIMED": true, "BEGAN": true, "STARTED": true, "CONTINUED": true, "CONTINUES": true, "MOVED": true, "EXPECTED": true, "AGREE": true}

var intentWords = map[string]bool{"AGREED": true, "AGREES": true, "PROMISED": true, "PROMISES": true, "PLEDGED": true,
	"PLEDGES": true, "OFFERED": true, "OFFERS": true, "READY": true, "WILLING": true, "PREPARED": true, "PLANS": true,
	"PLANNED": true, "INTENDS": true, "VOWED": true, "VOWS": true, "COMMITTED": true}

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

var timeWords = map[string]bool{"MONDAY": true, "TUESDAY": true, "WEDNESDAY": true, "THURSDAY": true, "FRIDAY": true,
	"SATURDAY": true, "SUNDAY": true, "YESTERDAY": true, "TODAY": true, "TOMORROW": true, "TONIGHT": true, "LAST": true,
	"NEXT": true, "AGO": true, "EARLIER": true, "LATER": true, "WEEK": true, "MONTH": true, "YEAR": true, "MORNING": true,
	"EVENING": true, "NIGHT": true, "WEEKEND": true}

// mentionsTime reports whether a sentence has a word a date resolver can
// use (a weekday, "yesterday", "last week", a month, a number).
func mentionsTime(toks []token) bool {
	for _, t := range toks {
		w := t.up
		if strings.HasSuffix(w, "'S") {
			w = w[:len(w)-2]
		}
		if timeWords[w] || months[w] != "" || len(w) > 0 && w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}
