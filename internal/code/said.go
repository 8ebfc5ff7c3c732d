// Judgements inside what was said: "Kenya said Uganda had failed its
// people" criticises Uganda, "… said Uganda was lying" accuses it, "… said
// Uganda's decision was welcome" praises it. A statement about another
// actor codes nothing by itself (see docs/coding.md, "Reported speech");
// the evaluative words of the said clause are the evidence that the
// speaker judges that actor.

package code

import "strings"

// judgeKind is what a cue says of the actor it is about.
type judgeKind struct {
	code string // 111 criticise, 112 accuse, 051 praise
	kind byte   // 'a' adjective or 'n' noun after a form of "be"; 'v' a verb of the actor's own; 'g' an -ing verb after "be"
}

// judgeCues: evaluative predicates of a said clause's subject, by their
// first word; each entry is the rest of the phrase ("" none).
var judgeCues = map[string][]struct {
	rest []string
	k    judgeKind
}{}

func addCues(code string, kind byte, phrases ...string) {
	for _, p := range phrases {
		f := strings.Fields(p)
		judgeCues[f[0]] = append(judgeCues[f[0]], struct {
			rest []string
			k    judgeKind
		}{f[1:], judgeKind{code, kind}})
	}
}

func init() {
	// criticism (111): what is wrong with the actor or its act
	addCues("111", 'a', "WRONG", "MISTAKEN", "MISGUIDED", "IRRESPONSIBLE", "RECKLESS", "INCOMPETENT", "ARROGANT",
		"COMPLACENT", "HYPOCRITICAL", "CYNICAL", "DISGRACEFUL", "SHAMEFUL", "SCANDALOUS", "OUTRAGEOUS",
		"APPALLING", "DEPLORABLE", "UNACCEPTABLE", "INEXCUSABLE", "INDEFENSIBLE", "ABSURD", "RIDICULOUS",
		"LUDICROUS", "DISASTROUS", "SHAMBOLIC", "PATHETIC", "INSULTING", "OFFENSIVE", "UNFAIR", "UNJUST",
		"UNDEMOCRATIC", "FLAWED", "UNWORKABLE", "OUT OF TOUCH", "NONSENSE", "TO BLAME")
	addCues("111", 'n', "DISGRACE", "DISASTER", "SCANDAL", "SHAMBLES", "FARCE", "BETRAYAL", "FAILURE", "MISTAKE",
		"BLUNDER", "FIASCO", "INSULT", "TRAVESTY", "OUTRAGE", "CATASTROPHE", "AFFRONT", "WHITEWASH", "SHAM")
	addCues("111", 'v', "FAILED", "BETRAYED", "LET DOWN", "BUNGLED", "BOTCHED", "MISHANDLED", "MISMANAGED",
		"SQUANDERED", "GOT IT WRONG", "GOT ITS SUMS WRONG", "GOT THEIR SUMS WRONG", "BROKEN ITS PROMISE", "BROKEN ITS PROMISES", "BROKEN THEIR PROMISE",
		"BROKEN THEIR PROMISES", "BROKEN HIS PROMISE", "BROKEN HER PROMISE", "BROKE ITS PROMISE",
		"BROKE THEIR PROMISE", "BROKE HIS PROMISE", "BROKE HER PROMISE")
	addCues("111", 'g', "FAILING", "PLAYING CATCH-UP", "DRAGGING ITS FEET", "DRAGGING THEIR FEET",
		"DRAGGING HIS FEET", "DRAGGING HER FEET", "BURYING ITS HEAD", "BURYING THEIR HEADS")
	// accusation (112): deceit and lawbreaking
	addCues("112", 'a', "CORRUPT", "DISHONEST", "GUILTY")
	addCues("112", 'v', "ABUSED", "LIED", "MISLED", "DECEIVED", "CHEATED", "BROKEN THE LAW", "BROKE THE LAW",
		"ACTED ILLEGALLY", "COVERED UP")
	addCues("112", 'g', "LYING", "COVERING UP", "MISLEADING")
	// praise (051)
	addCues("051", 'a', "RIGHT", "COURAGEOUS", "BRAVE", "ADMIRABLE", "EXCELLENT", "OUTSTANDING", "IMPRESSIVE",
		"STATESMANLIKE", "WELCOME", "TO BE CONGRATULATED", "TO BE COMMENDED")
	addCues("051", 'n', "SUCCESS", "TRIUMPH", "STEP IN THE RIGHT DIRECTION", "POSITIVE STEP")
	addCues("051", 'v', "DONE A GOOD JOB", "DONE A GREAT JOB", "DONE AN EXCELLENT JOB", "DONE A FANTASTIC JOB",
		"DONE A TREMENDOUS JOB", "DONE WELL", "DESERVED CREDIT", "DESERVES CREDIT", "DESERVE CREDIT",
		"DESERVES PRAISE", "DESERVED PRAISE")
	addCues("051", 'g', "DOING A GOOD JOB", "DOING A GREAT JOB", "DOING AN EXCELLENT JOB", "DOING A FANTASTIC JOB")
}

// actNouns: what an actor does or says, whose judgement is the actor's
// ("Uganda's decision was a mistake"); other possessions ("Uganda's
// drought was a disaster") are not its acts.
var actNouns = wordSet("COMMENTS", "COMMENT", "REMARKS", "REMARK", "STATEMENT", "STATEMENTS", "WORDS", "CLAIMS", "CLAIM",
	"DECISION", "DECISIONS", "POLICY", "POLICIES", "PLAN", "PLANS", "PROPOSAL", "PROPOSALS", "HANDLING", "RECORD",
	"APPROACH", "STANCE", "POSITION", "ACTION", "ACTIONS", "BEHAVIOUR", "BEHAVIOR", "CONDUCT", "RESPONSE", "REFORMS",
	"MOVE", "BUDGET", "STRATEGY", "CAMPAIGN", "ATTACK", "ATTACKS", "RULING", "OFFER", "BILL", "LEGISLATION",
	"MANIFESTO", "PROMISES", "PLEDGE", "PLEDGES", "TACTICS", "ANNOUNCEMENT", "REACTION", "ATTITUDE",
	"INTERVENTION", "TREATMENT", "LEADERSHIP", "MANAGEMENT", "ADVICE", "REFUSAL", "DEMANDS", "ALLEGATIONS",
	"ACCUSATIONS", "CRITICISM")

// judgeSkip: words between the subject and the cue that do not change it.
var judgeSkip = wordSet("IS", "WAS", "ARE", "WERE", "BEEN", "BEING", "HAS", "HAVE", "HAD", "HIGHLY", "TOTALLY",
	"COMPLETELY", "UTTERLY", "DEEPLY", "SIMPLY", "CLEARLY", "VERY", "SO", "TOO", "QUITE", "ABSOLUTELY", "ENTIRELY",
	"PLAINLY", "JUST", "ALSO", "NOW", "STILL", "ALREADY", "BADLY", "FUNDAMENTALLY", "SERIOUSLY", "WHOLLY",
	"THOROUGHLY", "PROFOUNDLY", "EXTREMELY", "SHOCKINGLY", "REPEATEDLY", "CONSISTENTLY", "SYSTEMATICALLY",
	"NOTHING", "SHORT", "OF", "FAR", "\"", "'")

var judgeBe = wordSet("IS", "WAS", "ARE", "WERE", "BEEN", "BEING", "'S")

// articleWords: an article or a quantifier and the adjectives that may
// stand before a noun cue ("a complete disaster", "an utter disgrace").
var articleWords = wordSet("A", "AN", "THE")

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// judgementAt reads the predicate of a said clause whose subject ends
// before token k and returns the CAMEO code it gives ("" none). Negation,
// a modal (a judgement of what would be is advice), or a passive of a
// verb cue ("had been betrayed": the subject suffered it) give none.
func judgementAt(toks []token, k int) (string, int, int) {
	if k < 0 {
		return "", 0, 0
	}
	be := false
	for n := 0; k < len(toks) && n < 6; n++ {
		w := toks[k].up
		if be {
			if code, e := predicateNounAt(toks, k); code != "" {
				return code, k, e // "are liars", "is no friend of" (evalsaid.go)
			}
		}
		if ks := judgeCues[w]; ks != nil {
			if code, e := matchCue(toks, k, ks, be, false); code != "" {
				return code, k, e
			}
		}
		switch {
		case negations[w] || modal[w] && !judgeSkip[w]:
			return "", 0, 0
		case judgeBe[w]:
			be = true
		case articleWords[w] && be:
			// "was a (complete) disaster": the noun within two words
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if ks := judgeCues[toks[j].up]; ks != nil {
					if code, e := matchCue(toks, j, ks, be, true); code != "" {
						return code, j, e
					}
				}
				if toks[j].punct && !adjComma(toks, j) {
					break
				}
			}
			return "", 0, 0
		case !judgeSkip[w]:
			return "", 0, 0
		}
		k++
	}
	return "", 0, 0
}

func hasRest(toks []token, j int, rest []string) bool {
	if j+len(rest) > len(toks) {
		return false
	}
	for i, r := range rest {
		if toks[j+i].up != r {
			return false
		}
	}
	return true
}

// matchCue matches the longest cue at token k; be says whether a form of
// "be" came before it, noun whether an article did (only nouns then).
func matchCue(toks []token, k int, ks []struct {
	rest []string
	k    judgeKind
}, be, noun bool) (string, int) {
	best, end := "", 0
	for _, c := range ks {
		if !hasRest(toks, k+1, c.rest) || k+1+len(c.rest) <= end || noun != (c.k.kind == 'n') {
			continue
		}
		switch c.k.kind {
		case 'a':
			if !be {
				continue
			}
			// "was welcome to attend": an invitation; "was right to" stays
			if toks[k].up == "WELCOME" && k+1 < len(toks) && toks[k+1].up == "TO" {
				continue
			}
		case 'n':
			if !be {
				continue
			}
		case 'v':
			if be {
				continue // a passive: "had been betrayed"
			}
			// "failed to reach agreement", "failed to agree": no deal, not a fault
			if toks[k].up == "FAILED" && k+2 < len(toks) && toks[k+1].up == "TO" && (toks[k+2].up == "REACH" || toks[k+2].up == "AGREE") {
				continue
			}
		case 'g':
			if !be {
				continue
			}
		}
		best, end = c.k.code, k+1+len(c.rest)
	}
	return best, end
}

// judgedInSaid: a speaker (the source of a say-verb) who says of another
// actor that it, or its act ("Uganda's policy"), is wrong, a disgrace, has
// failed, is lying, or is right, deserves credit … criticises (111),
// accuses (112) or praises (051) it. The actor is the said clause's
// subject: after the say-verb, only "that", words of time, determiners,
// commas, a colon or a quotation mark before it; or, when the speaker
// follows what was said ("Uganda has failed its people, Kenya said"), the
// sentence's first actor. An actor after "by" whom the clause says failed,
// betrayed or misled someone ("pensioners felt let down by the
// government") is judged too. A pronoun, or an actor of the speaker's own
// code, is no target. The event's verb is the say-verb.
func (st *state) judgedInSaid(toks []token, ms []mention, cands []cand) []cand {
	sp, vs, ve, explain := st.saying(toks, ms, cands)
	if sp == nil {
		return nil
	}
	mk := func(m *mention, code string, cs, ce int) []cand {
		if len(m.members) > 1 {
			for _, b := range m.members {
				if b.actor.Country != "" && b.actor.Country == sp.actor.Country {
					return nil // "Netherlands and Russia failed to …, Russia says": the speaker's side is judged too
				}
			}
		}
		var out []cand
		for _, b := range m.members {
			if b.pronoun || b.actor.Code == "" || b.actor.Code == sp.actor.Code {
				continue
			}
			out = append(out, cand{src: *sp, tgt: b, code: code, verbStart: vs, verbEnd: ve,
				explain: "a judgement in what was said → " + code + ": " + explain,
				notes:   []string{sp.actor.Name + " says " + b.actor.Name + " … " + cueText(toks, cs, ce) + " → " + judgeWhat[code]}})
		}
		return out
	}
	// the speaker after what was said: "Uganda has failed, Kenya said"
	if _, comma := postposed(toks, ms, vs); comma > 0 {
		if len(ms) == 0 || ms[0].start >= comma {
			return nil
		}
		m := &ms[0]
		for j := 0; j < m.start; j++ {
			if w := toks[j].up; !quoteMark(w) && !determiners[w] {
				return judgedAfterBut(toks, ms, 0, comma, mk) // the clause's subject is not an actor (saidbut.go)
			}
		}
		if m.end > comma {
			return nil // a list that runs into the speaker
		}
		if code, cs, ce := judgementAt(toks, judgedEnd(toks, m)); code != "" && ce <= comma {
			return mk(m, code, cs, ce)
		}
		return judgedAfterBut(toks, ms, 0, comma, mk)
	}
	g := ve
	if w := toks[g-1].up; w == "TOLD" || w == "TELLS" || w == "TELL" {
		// "told his party that …": what was told follows "that"
		j := g
		for j < len(toks) && j <= g+8 && toks[j].up != "THAT" && !toks[j].punct {
			j++
		}
		if j >= len(toks) || toks[j].up != "THAT" {
			return nil
		}
		g = j + 1
	}
	if out := st.judgedByAgent(toks, ms, g, mk); out != nil {
		return out
	}
	for k := range ms {
		m := &ms[k]
		if m.start < g {
			continue
		}
		ok := m.start-g <= 6
		for j := g; j < m.start && ok; j++ {
			w := toks[j].up
			ok = w == "THAT" || w == "," || w == ":" || quoteMark(w) || w == "ON" || timeWords[w] || determiners[w]
		}
		if !ok {
			// the first actor after the say-verb decides, but for a
			// clause after "but" (saidbut.go)
			return judgedAfterBut(toks, ms, g, len(toks), mk)
		}
		if code, cs, ce := judgementAt(toks, judgedEnd(toks, m)); code != "" {
			return mk(m, code, cs, ce)
		}
		return judgedAfterBut(toks, ms, g, len(toks), mk)
	}
	return nil
}

// saying finds the sentence's say-verb [vs, ve) and its speaker: the
// source of a say-verb's candidate, or, for a say-verb after "but" or
// "and" that made none ("X backed the plan but said …"), the source of
// the verb before it.
func (st *state) saying(toks []token, ms []mention, cands []cand) (sp *member, vs, ve int, explain string) {
	for i := range cands {
		cd := &cands[i]
		if cd.verbEnd <= 0 || cd.verbEnd > len(toks) || !judgeSayWords[toks[cd.verbEnd-1].up] {
			continue
		}
		// the speaker after what was said ("…, Kenya said") is the
		// actor right before the verb, whatever the candidate says
		if sb, _ := postposed(toks, ms, cd.verbStart); sb != nil && sb.actor.Code != "" {
			return sb, cd.verbStart, cd.verbEnd, cd.explain
		}
		if cd.src.actor.Code != "" && !polledFor(toks, cd.src.start) {
			return &cd.src, cd.verbStart, cd.verbEnd, cd.explain
		}
	}
	for p := 1; p < len(toks); p++ {
		if !judgeSayWords[toks[p].up] {
			continue
		}
		if sb, _ := postposed(toks, ms, p); sb != nil && sb.actor.Code != "" {
			return sb, p, p + 1, "a say-verb after what was said: " + strings.ToLower(toks[p].up)
		}
		q := p - 1
		for q > 0 && (toks[q].up == "ALSO" || toks[q].up == "LATER" || toks[q].up == "THEN") {
			q--
		}
		if toks[q].up != "BUT" && toks[q].up != "AND" {
			continue
		}
		var prev *cand
		for i := range cands {
			if cd := &cands[i]; cd.src.actor.Code != "" && cd.verbEnd <= q && !cd.transform {
				prev = cd
			}
		}
		if prev != nil {
			return &prev.src, p, p + 1, "a say-verb after \"" + strings.ToLower(toks[q].up) + "\" keeps the subject of " + strings.ToLower(toks[prev.verbStart].up)
		}
		return nil, 0, 0, ""
	}
	return nil, 0, 0, ""
}

// postposed: the actor named right before the say-verb at token v after
// a comma ("…, Kenya said", "…," the Kenyan minister said), and the
// comma's index (0: none).
func postposed(toks []token, ms []mention, v int) (*member, int) {
	sb := memberEndingAt(ms, v)
	if sb == nil {
		return nil, 0
	}
	b0 := sb.start
	for b0 > 0 && determiners[toks[b0-1].up] {
		b0--
	}
	switch {
	case b0 >= 2 && toks[b0-1].up == ",":
		return sb, b0 - 1
	case b0 >= 3 && quoteMark(toks[b0-1].up) && toks[b0-2].up == ",":
		return sb, b0 - 2
	}
	return nil, 0
}

// memberEndingAt is the actor named right before token v, if any.
func memberEndingAt(ms []mention, v int) *member {
	for k := range ms {
		for b := range ms[k].members {
			if mb := &ms[k].members[b]; mb.end == v && mb.start < mb.end {
				return mb
			}
		}
	}
	return nil
}

// judgedEnd is where the predicate of a said clause whose subject is the
// mention m starts: after an unknown name that follows a role ("Ofsted
// boss Mr Bell"), and after a possessed act ("Uganda's (new) policy").
// -1: a possessed thing that is no act ("Uganda's drought").
func judgedEnd(toks []token, m *mention) int {
	e := m.end
	for j := e; j < len(toks) && j < m.end+3 && toks[j].capital && !toks[j].punct && !functionWords[toks[j].up]; j++ {
		if j+1 < len(toks) && (toks[j+1].up == "'S" || judgeBe[toks[j+1].up] || toks[j+1].up == "HAS" || toks[j+1].up == "HAD" || toks[j+1].up == "HAVE") {
			e = j + 1
			break
		}
	}
	if e < len(toks) && (toks[e].up == "'S" || toks[e].up == "'") {
		return possessedActEnd(toks, e)
	}
	return e
}

// judgedByAgent: in the said clause from token g, a verb cue in the
// passive or after "felt" with its agent after "by" ("pensioners had
// been failed by the government", "the public felt let down by Labour"):
// the agent is judged.
func (st *state) judgedByAgent(toks []token, ms []mention, g int, mk func(*mention, string, int, int) []cand) []cand {
	for k := g; k < len(toks) && k < g+16; k++ {
		w := toks[k].up
		if w == "." || w == ";" || w == "BUT" {
			return nil
		}
		ks := judgeCues[w]
		if ks == nil || k == 0 || !(judgeBe[toks[k-1].up] || feltWords[toks[k-1].up]) {
			continue
		}
		code, e := "", 0
		for _, c := range ks {
			if c.k.kind == 'v' && hasRest(toks, k+1, c.rest) {
				code, e = c.k.code, k+1+len(c.rest)
			}
		}
		if code == "" || e >= len(toks) || toks[e].up != "BY" {
			continue
		}
		for j := k - 2; j >= g && j >= k-4; j-- {
			if negations[toks[j].up] || modal[toks[j].up] && !judgeSkip[toks[j].up] {
				return nil
			}
		}
		a := e + 1
		for a < len(toks) && determiners[toks[a].up] {
			a++
		}
		for m := range ms {
			if ms[m].start == a || ms[m].start == e+1 {
				return mk(&ms[m], code, k, e)
			}
		}
		return nil
	}
	return nil
}

var feltWords = wordSet("FELT", "FEEL", "FEELS", "FEELING")

var judgeWhat = map[string]string{"111": "criticise (111)", "112": "accuse (112)", "051": "praise (051)"}

func cueText(toks []token, s, e int) string {
	return strings.ToLower(upText(toks, s, e))
}

// upText joins the upper-case words of toks[s:e] with single spaces.
func upText(toks []token, s, e int) string {
	var b strings.Builder
	for i := s; i < e; i++ {
		if i > s {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].up)
	}
	return b.String()
}

var judgeSayWords = wordSet("SAID", "SAYS", "SAY", "SAYING", "ADDED", "INSISTED", "INSISTS", "ARGUED", "ARGUES",
	"STRESSED", "TOLD", "TELLS", "TELL")

func quoteMark(w string) bool { return w == "\"" || w == "'" }

// judgedOver drops the candidates that a judgement in what was said
// replaces: the say-verb's own statement (01x) towards the judged actor,
// and the say rule's accusation (112) of it.
func judgedOver(cands, judged []cand) []cand {
	kept := cands[:0:0]
	for _, cd := range cands {
		drop := false
		for _, j := range judged {
			if cd.tgt.actor.Code == j.tgt.actor.Code && (strings.HasPrefix(cd.code, "01") && cd.verbStart == j.verbStart ||
				cd.transform && cd.src.actor.Code == j.src.actor.Code) {
				drop = true
			}
		}
		if !drop {
			kept = append(kept, cd)
		}
	}
	return kept
}
