// Package modality is the event coder's modality gate: an act that a
// sentence does not state as having happened codes nothing, or codes the
// CAMEO category of what was said about it.
//
//   - negated ("did not attack", "never met", "failed to sign", "did nothing to help"): dropped;
//   - refused ("refused to lift sanctions"): a cooperative act becomes its
//     rejection (12x), another act is dropped;
//   - denied ("Russia denied attacking Ukraine"): recoded to 016, deny
//     responsibility, as the CAMEO codebook and the real-news guidelines
//     code a denial;
//   - hypothetical, counterfactual or conditional ("could attack", "might
//     meet", "would have pressured", "if talks fail"; for a said act —
//     a statement, appeal, demand, threat — only a condition before the
//     verb: "threatened to strike if …" stays a threat): dropped;
//   - hedged ("are thought to support", "is said to have met", "was
//     reported to have attacked"): a belief or rumour, dropped;
//   - a question (the clause ends in "?"): dropped;
//   - recommended ("should sign", "ought to", "must withdraw"): dropped;
//   - intended, threatened, promised or offered ("will attack", "would
//     meet" (reported future),
//     "threatened to impose sanctions", "plans to visit", "vowed to
//     retaliate"): a conflictual act becomes its threat (13x: 138 military
//     force, 137 repression, 131 non-force sanctions, 133 protest), a
//     cooperative one its intent (03x), as the event coder's own intent
//     rule does for "will" and "agreed to".
//
// The gate reads the words between the event's source and its verb (the
// auxiliaries), and the clause the verb is in; Gate implements code.Gate
// and the reason shows in `dyad code --explain`.
package modality

import (
	"strings"

	"dyad/internal/cameo"
	"dyad/internal/code"
	"dyad/internal/news"
	"dyad/internal/pos"
)

// Options switch single rules off (to measure each; the zero value is
// the default, every rule on).
type Options struct {
	NoNegation, NoDenial, NoConditional, NoQuestion, NoHypothetical, NoRecommendation, NoIntent, NoRequest bool
}

// Gate is the modality gate.
type Gate struct{ o Options }

// New returns the gate.
func New(o Options) *Gate { return &Gate{o: o} }

// Name is "modality".
func (g *Gate) Name() string { return "modality" }

// Article returns the per-article checker.
func (g *Gate) Article(string) (code.ArticleGate, string) { return &article{g: g}, "" }

type article struct {
	g    *Gate
	sent string
	toks []pos.Token
	up   []string
}

func (a *article) Sentence(string) string { return "" }

func (a *article) Event(sent string, ev *news.Event) string {
	if len(ev.Evidence) == 0 || ev.Evidence[0].VerbSpan == nil {
		return ""
	}
	if sent != a.sent {
		a.sent, a.toks = sent, pos.Split(sent)
		a.up = a.up[:0]
		for i, t := range a.toks {
			u := strings.ToUpper(strings.ReplaceAll(t.Text, "’", "'"))
			if r := t.Text[0]; i > 0 && r >= 'A' && r <= 'Z' && u != t.Text {
				u = "~" + t.Text // a capitalised word mid-sentence is a name ("Theresa May"), not a modal
			}
			a.up = append(a.up, u)
		}
	}
	e := ev.Evidence[0]
	v := index(a.toks, e.VerbSpan.Start)
	if v < 0 {
		return ""
	}
	src := -1
	if e.SourceSpan != nil {
		if k := index(a.toks, e.SourceSpan.Start); k >= 0 && k < v {
			src = k
			for src+1 < v && a.toks[src+1].End <= e.SourceSpan.End {
				src++
			}
		}
	}
	if say, conj := code.SayCoordinated(a.up, v); src >= 0 && say > src && code.SayVerbal(ev.CAMEO) {
		// "said the talks would not go on, and praised Uganda": the
		// verb's clause starts after the conjunction; what was said
		// before it is not its modality
		src = conj
	}
	if !a.g.o.NoRequest && e.SourceSpan != nil {
		if w := Requested(a.up, index(a.toks, e.SourceSpan.Start), src, v); w != "" {
			return "requested (" + w + " … to): the act is asked of its source, not done"
		}
	}
	if w := Permitted(a.up, src, v); w != "" && !a.g.o.NoRequest {
		return "permitted (" + w + " … to): the act is another's, let, not done"
	}
	if !a.g.o.NoHypothetical && src < 0 && e.TargetSpan != nil {
		// the second direction of a two-way act whose subject is its
		// target ("hope that Abbas will use the opportunity for talks
		// with" the Israelis): the subject's clause decides
		if t := index(a.toks, e.TargetSpan.Start); t >= 0 && t < v {
			for t+1 < v && a.toks[t+1].End <= e.TargetSpan.End {
				t++
			}
			if w := hopedThat(a.up, t); w != "" {
				return "hoped (" + w + " that)"
			}
		}
	}
	if why := a.notStated(e, src, v, ev.CAMEO); why != "" {
		return why
	}
	if w := negatedCopula(a.up, a.toks, v, e.VerbSpan.End); w != "" && !a.g.o.NoNegation {
		return "negated (" + w + ")"
	}
	if kind, w := nominalNotDone(a.up, v); kind == "drop" && !a.g.o.NoNegation {
		return "called off (" + strings.ToLower(w) + "): the visit or talks did not take place"
	} else if kind == "intent" && !a.g.o.NoIntent {
		if c := intent(ev.CAMEO); c != ev.CAMEO {
			ev.CAMEO = c // "talks with Uganda starting Sunday": still to come, an intent
			return ""
		}
	}
	named := code.NounInPhrase(a.up, v)
	code, reason := Judge(a.up, src, v, ev.CAMEO, a.g.o)
	switch {
	case reason == "":
		return ""
	case code == "":
		return reason
	case named:
		// "Japan agreed in talks with the U.S. to amend …": the talks,
		// named in a phrase of their own, took place; the intent is the
		// verb's, not theirs
		return ""
	}
	if oneSided(reason) && reverseOfSubject(a.toks, a.up, e, v) {
		// "Kenya hopes to sign a deal with Uganda": Kenya's intent; the
		// deal's other direction (Uganda → Kenya) intends, refuses or
		// denies nothing
		return "not its act (" + reason + " is its subject's, the target's)"
	}
	ev.CAMEO = code
	return ""
}

func index(toks []pos.Token, start int) int {
	for i, t := range toks {
		if t.Start == start {
			return i
		}
	}
	return -1
}

var (
	negWords  = set("NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR", "CANNOT", "WITHOUT")
	denyWords = set("DENY", "DENIES", "DENIED", "DENYING")
	condWords = set("IF", "UNLESS", "WHETHER", "LEST")
	hypoWords = set("COULD", "MIGHT", "MAY", "LIKELY", "UNLIKELY", "EXPECTED")
	// wishWords: wanting or trying is no act; a cooperative act becomes
	// its intent (03x), another is dropped ("wants to end US isolation",
	// "is trying to strike a deal", "hopes to meet")
	wishWords = set("WANT", "WANTS", "WANTED", "WANTING", "HOPE", "HOPES", "HOPED", "HOPING", "AIM", "AIMS", "AIMED", "AIMING",
		"SEEK", "SEEKS", "SEEKING", "TRY", "TRIES", "TRYING", "TRIED", "ATTEMPTING", "EAGER", "KEEN", "DETERMINED", "WISHES", "WISH",
		// considering or looking to act is no act yet ("is considering to
		// buy 50 aircraft", "is looking to invest")
		// expecting to act is a forecast of one's own act, no act yet
		// ("expects to meet"; EXPECTED is hypothetical, hypoWords)
		"EXPECT", "EXPECTS", "EXPECTING",
		"CONSIDERING", "MULLING", "WEIGHING", "PONDERING", "LOOKING", "CONSIDERS", "CONSIDER",
		// interest in an act is no act ("would be interested in Kenya
		// opposing Uganda")
		"INTERESTED")
	// hedgeWords after a form of "be" and before "to": the act is a
	// belief or a rumour ("are thought to support", "is said to have
	// met", "was reported to have attacked"), not stated as done
	hedgeWords = set("THOUGHT", "BELIEVED", "SAID", "REPORTED", "RUMOURED", "RUMORED", "ALLEGED", "UNDERSTOOD", "SUPPOSED", "PRESUMED", "ASSUMED", "CONSIDERED", "ESTIMATED")
	beWords    = set("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE")
	// planNouns before "to" and the verb: the act is a plan's purpose
	// (nouns only: "plan to", "push to" are verbs too, which intWords
	// and the verbs read)
	planNouns = set("DRIVE", "CAMPAIGN", "BID", "INITIATIVE", "SCHEME", "STRATEGY", "PROPOSAL", "PROPOSALS",
		"EFFORT", "EFFORTS", "PROGRAMME", "PROGRAM", "POLICY", "PACKAGE")
	// allegeWords before the verb: the act is alleged, not stated as
	// done ("a civilian allegedly killed by troops", "Kenya allegedly
	// paid the rebels")
	allegeWords = set("ALLEGEDLY", "PURPORTEDLY", "SUPPOSEDLY")
	recoWords   = set("SHOULD", "OUGHT", "MUST", "SHOULDN'T", "MUSTN'T")
	failWords   = set("FAILED", "FAILS", "FAIL", "FAILURE", "FAILURES", "INABILITY")
	doWords     = set("DO", "DOES", "DID", "DONE", "DOING")
	// stopWords before "short of": an act stopped or fell short of is
	// not done
	stopWords = set("STOP", "STOPS", "STOPPED", "STOPPING", "FALL", "FALLS", "FELL", "FALLING", "FALLEN")
	// invAux: auxiliaries after "nor"/"neither", before their subject
	invAux = set("DO", "DOES", "DID", "WILL", "WOULD", "CAN", "COULD", "SHALL", "SHOULD", "HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE", "MAY", "MIGHT", "MUST")
	// temporalWords open a clause whose present tense is future after a
	// future main clause
	temporalWords = set("WHEN", "ONCE", "AFTER", "BEFORE", "UNTIL", "WHENEVER")
	// pastForms are irregular past tenses (an -ED form is past too)
	pastForms = set("WENT", "MET", "SAID", "TOLD", "MADE", "TOOK", "GAVE", "CAME", "SAW", "HELD", "LED", "LEFT", "SENT",
		"BROUGHT", "FOUGHT", "STRUCK", "PUT", "SET", "KEPT", "BEGAN", "SPOKE", "WROTE", "RAN", "WON", "LOST", "BOUGHT",
		"SOLD", "THREW", "FLEW", "DREW", "SHOT", "HIT", "CAUGHT", "BUILT", "SEEN", "GONE", "DONE", "BEEN", "WAS", "WERE")
	// hopeWords before "that": the clause is a hope, expectation, fear
	// or belief, not a stated act
	hopeWords = set("HOPE", "HOPES", "HOPED", "HOPING", "EXPECT", "EXPECTS", "EXPECTED", "EXPECTING", "WISH", "WISHES",
		"FEAR", "FEARS", "FEARED", "PREDICT", "PREDICTS", "PREDICTED", "BELIEVE", "BELIEVES", "BELIEVED", "SUSPECT", "SUSPECTS",
		"SUSPECTED", "ASSUME", "ASSUMES", "ASSUMED", "IMAGINE", "DOUBT", "DOUBTS", "DOUBTED",
		"THINK", "THINKS", "THINKING", "THOUGHT")
	pronounWords = set("IT", "HE", "SHE", "THEY", "WE", "I", "YOU")
	// meanWords negated before "that": what the clause says is denied
	// as a consequence ("did not mean that", "does not necessarily mean
	// that")
	meanWords   = set("MEAN", "MEANS", "MEANT")
	refuseWords = set("REFUSED", "REFUSES", "REFUSE", "DECLINED", "DECLINES", "DECLINE", "REFUSAL")
	futWords    = set("WILL", "'LL", "SHALL", "WOULD", "'D")
	intWords    = set("THREATENED", "THREATENS", "THREATEN", "THREATENING", "VOWED", "VOWS", "VOW", "PLEDGED", "PLEDGES",
		"PROMISED", "PROMISES", "OFFERED", "OFFERS", "PLANS", "PLANNED", "PLAN", "PLANNING", "INTENDS", "INTENDED",
		"INTEND", "WARNED", "WARNS", "READY", "PREPARED", "PREPARING", "PREPARES", "PREPARE", "WILLING", "GOING", "SET", "AGREED", "AGREES", "DECIDED",
		"SCHEDULED", "UPCOMING", "FORTHCOMING", "PROPOSED", "PROSPECTIVE", "PENDING", "IMPENDING")
	determiners = set("THE", "A", "AN", "ITS", "HIS", "HER", "THEIR", "THIS", "THAT", "OUR")
	// askWords before an actor and "to": the actor's act is asked of it
	// ("urged Uganda to withdraw", "called on Uganda to", "asked Uganda
	// to"), not done
	askWords = set("URGED", "URGES", "URGE", "URGING", "ASKED", "ASKS", "ASK", "ASKING", "PRESSED", "PRESSES", "PRESSING",
		"ENCOURAGED", "ENCOURAGES", "ENCOURAGE", "ENCOURAGING", "INVITED", "INVITES", "INVITE", "INVITING", "TOLD", "TELLS",
		"TELL", "REQUESTED", "REQUESTS", "APPEALED", "APPEALS", "CALLED", "CALLS", "CALLING", "ADVISED", "ADVISES", "BEGGED",
		"IMPLORED", "EXHORTED", "PERSUADE", "CONVINCE", "WANTS", "WANTED", "WANT", "EXPECTS", "EXPECTED", "EXPECT")
	// futureTimes after "next" date an act after the telling ("visit to
	// Washington next week")
	futureTimes = set("WEEK", "MONTH", "YEAR", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
		"SUNDAY", "SPRING", "SUMMER", "AUTUMN", "WINTER", "WEEKEND", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY",
		"JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER")
	clauseStart = set("BUT", "WHILE", "WHEREAS", "ALTHOUGH", "THOUGH", "AFTER", "BEFORE", "BECAUSE", "WHEN", "SINCE",
		"WHICH", "WHO", "WHERE", "AND", "THAT", "AS", "SO")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Judge decides an event's modality from the sentence's upper-case
// tokens, the index of the last word of its source (-1: no source before
// the verb) and of its verb, and its CAMEO code. It returns the reason
// and the new code: reason "" keeps the event as it is; a reason with
// code "" drops it; a reason with a code recodes it.
// negatedCopula reports a negation inside a verb phrase that opens with
// a form of "be" ("is not critical of", "was never supportive of"): the
// phrase of a predicate adjective starts at "be", so its negation stands
// inside the verb's span, not among the auxiliaries before it. end is the
// byte offset where the verb's span ends.
func negatedCopula(up []string, toks []pos.Token, v, end int) string {
	if !beWords[up[v]] {
		return ""
	}
	for k := v + 1; k < len(toks) && toks[k].End <= end; k++ {
		if negWords[up[k]] || strings.HasSuffix(up[k], "N'T") {
			return strings.ToLower(up[k])
		}
	}
	return ""
}

func Judge(up []string, src, v int, act string, o Options) (string, string) {
	// the auxiliaries: the words between the source and the verb, or up to
	// five words back to a clause boundary
	lo := src + 1
	if src < 0 {
		lo = v
		for lo > 0 && v-lo < 5 && !boundary(up[lo-1]) {
			lo--
		}
	}
	aux := up[lo:v]
	// the clause: back to a boundary mark or a clause-opening word
	cl := v
	for cl > 0 && !boundary(up[cl-1]) && !clauseStart[up[cl-1]] {
		cl--
	}
	// the clause's end, for a question mark
	end := v
	for end < len(up) && up[end] != "." && up[end] != ";" && up[end] != "?" && up[end] != "!" {
		end++
	}
	has := func(ws []string, m map[string]bool) string {
		for _, w := range ws {
			if m[w] {
				return strings.ToLower(w)
			}
		}
		return ""
	}
	root := ""
	if len(act) >= 2 {
		root = act[:2]
	}
	if !o.NoDenial {
		if w := has(aux, denyWords); w != "" && root != "01" {
			if deniedState(aux) {
				return "", "denied (" + w + " … a state)"
			}
			return "016", "denied (" + w + "): " + act + " → 016 deny responsibility"
		}
	}
	if !o.NoDenial && lo > 0 {
		// "He denied an earlier report that he planned to appeal …": the
		// act of a "that" clause whose teller denies it
		for k := lo - 1; k > 0 && k >= lo-6; k-- {
			if up[k] != "THAT" {
				continue
			}
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if denyWords[up[j]] {
					return "", "denied (" + strings.ToLower(up[j]) + " … that)"
				}
				if boundary(up[j]) || up[j] == "." {
					break
				}
			}
			if w := deniedClaim(up, k); w != "" {
				return "", "denied (" + w + " … that)"
			}
			break
		}
	}
	if !o.NoHypothetical {
		if w := hopedThat(up, src); w != "" {
			return "", "hoped (" + w + " that)"
		}
		if w := predictedClause(up, src, v); w != "" {
			return "", "hoped (" + w + " that): the source foresees the act"
		}
	}
	if !o.NoNegation {
		for _, w := range aux {
			if root == "12" && (futWords[w] || w == "WON'T" || w == "WOULDN'T" || w == "CANNOT" || w == "CAN'T" || w == "CAN" || w == "CA") {
				break // "will not release", "cannot support": the coder made the refusal a rejection (12x)
			}
			if (w == "CANNOT" || w == "CAN'T") && root == "05" {
				// "says it cannot support the plan": declared
				// non-support is a rejection, not a negated act (an
				// inability to act, "cannot finance", stays negated)
				return "120", "refused (" + strings.ToLower(w) + "): " + act + " → 120 reject"
			}
			if negWords[w] || strings.HasSuffix(w, "N'T") {
				return "", "negated (" + strings.ToLower(w) + ")"
			}
		}
		if w := has(aux, failWords); w != "" {
			return "", "not done (" + w + ")"
		}
		if w := decidedAgainst(aux); w != "" {
			return "", "not done (" + w + " against)"
		}
		if w := barredFrom(up, aux, v); w != "" {
			return "", "not done (" + w + " from)"
		}
		if w := nounOfSource(up, src, v); w != "" {
			// "the failure of Kenya to reach agreement", "the refusal of
			// the Ugandan army to withdraw": the noun before its source
			if refuseWords[w] {
				if c := cameo.Refusal(act); c != "" {
					return c, "refused (" + strings.ToLower(w) + " of): " + act + " → " + c + " reject"
				}
			}
			return "", "not done (" + strings.ToLower(w) + " of)"
		}
		for k := src - 1; src >= 0 && k >= 0 && k >= src-6 && !boundary(up[k]) && up[k] != "," && up[k] != "."; k-- {
			// "nor does he kill", "neither did Kenya attack": a negation
			// before its inverted subject
			if (up[k] == "NOR" || up[k] == "NEITHER") && k+1 < src && invAux[up[k+1]] {
				return "", "negated (" + strings.ToLower(up[k]+" "+up[k+1]) + ")"
			}
		}
		for k := 0; k+2 < len(aux); k++ {
			// "stopped short of endorsing the plan", "fell short of
			// recognising Kosovo": the act was not done
			if stopWords[aux[k]] && aux[k+1] == "SHORT" && aux[k+2] == "OF" {
				return "", "not done (" + strings.ToLower(aux[k]) + " short of)"
			}
		}
		for k := 0; k+2 < len(aux); k++ {
			// "did nothing to help Uganda", "would do little to stop the
			// raids": an act nothing or little was done toward
			if doWords[aux[k]] && (aux[k+1] == "NOTHING" || aux[k+1] == "LITTLE") && aux[k+2] == "TO" {
				return "", "not done (" + strings.ToLower(aux[k]+" "+aux[k+1]) + " to)"
			}
		}
		if w := has(aux, refuseWords); w != "" {
			if c := cameo.Refusal(act); c != "" {
				return c, "refused (" + w + "): " + act + " → " + c + " reject"
			}
			return "", "not done (" + w + ")"
		}
	}
	if !o.NoQuestion && questionEnd(up, end) {
		return "", "question"
	}
	if !o.NoQuestion {
		if w := askedQuestion(up, v); w != "" {
			return "", "question (" + w + " whether)" // askedwhether.go
		}
	}
	if !o.NoConditional {
		stop := end
		if verbal(root) {
			stop = v // "threatened to shell Haifa if Israel hits Beirut": the threat was made
		}
		for k := cl; k < stop; k++ {
			if k > v && saidAfter(up, k) {
				break // "declared a truce, but said it would hold only if …": the condition is the saying's
			}
			if k > v && up[k] == "WHETHER" && embeddedQuestion(up, v, k) {
				continue // "attacked the city, as civilians agonized over whether to stay": their question, not a condition
			}
			if condWords[up[k]] {
				return "", "conditional (" + strings.ToLower(up[k]) + ")"
			}
			if up[k] == "CASE" && k > 0 && up[k-1] == "IN" {
				return "", "conditional (in case)" // "on standby in case they need to help evacuate"
			}
		}
		if w := invertedCondition(up); w != "" {
			return "", "conditional (inverted " + w + " …)" // inverted.go
		}
		if len(up) > 0 && condWords[up[0]] && cl > 0 {
			// "If talks fail, Russia will attack": the main clause of a
			// conditional sentence
			return "", "conditional (" + strings.ToLower(up[0]) + " …)"
		}
	}
	if !o.NoHypothetical && cl > 0 && temporalWords[up[cl-1]] && presentTense(up[v]) {
		// "is likely to protest when the Ugandan president visits
		// Tanzania", "will retaliate when Uganda attacks": a present
		// tense in a temporal clause of a future or likely act is a
		// future act, not one done
		for k := cl - 2; k >= 0 && !boundary(up[k]) && up[k] != "."; k-- {
			if futWords[up[k]] || up[k] == "LIKELY" || up[k] == "EXPECTED" || up[k] == "UNLIKELY" {
				return "", "future (" + strings.ToLower(up[cl-1]) + " after " + strings.ToLower(up[k]) + ")"
			}
		}
	}
	if !o.NoRecommendation {
		if w := has(aux, recoWords); w != "" {
			return "", "recommendation (" + w + ")"
		}
		if w := dutyTo(aux); w != "" {
			return "", "obligation (" + w + " to)"
		}
	}
	if !o.NoHypothetical {
		if w := has(aux, hypoWords); w != "" {
			return "", "hypothetical (" + w + ")"
		}
		for k := 1; k+1 < len(aux); k++ {
			if hedgeWords[aux[k]] && aux[k+1] == "TO" {
				if j := beBefore(aux, k); j >= 0 {
					return "", "hedged (" + strings.ToLower(strings.Join(aux[j:k+1], " ")) + " to)"
				}
			}
		}
		if w := has(aux[max(0, len(aux)-3):], allegeWords); w != "" {
			return "", "hedged (" + w + ")"
		}
		if w := counterPlan(aux); w != "" {
			return "", "counterfactual (" + w + ")"
		}
		if w := rumoured(aux); w != "" {
			return "", "not stated (" + w + " that)"
		}
		if w := rightOf(up, -1, aux); w != "" {
			return "", "not done (" + w + ")"
		}
		if w := incentiveOrRisk(up, aux, v); w != "" {
			return "", "not done (" + w + ")" // incentive.go
		}
		if has(aux, set("ABLE")) != "" && has(aux, futWords) != "" {
			return "", "hypothetical (will be able)" // "will be able to buy"
		}
		if n := len(aux); n >= 2 && aux[n-1] == "OF" && (aux[n-2] == "CAPABLE" || aux[n-2] == "INCAPABLE") {
			// "a missile capable of hitting Uganda": an ability, no act
			return "", "hypothetical (" + strings.ToLower(aux[n-2]) + " of)"
		}
		for k := lo; k+1 < v; k++ {
			if (up[k] == "WOULD" || up[k] == "COULD" || up[k] == "SHOULD") && up[k+1] == "HAVE" {
				return "", "counterfactual (" + strings.ToLower(up[k]) + " have)"
			}
		}
	}
	if !o.NoIntent {
		if w := considered(aux); w != "" && act != "014" {
			return "014", "considered (" + w + "): " + act + " → 014 consider policy option" // consider.go
		}
		if w := wishWord(aux); w != "" {
			if c := intent(act); c != "" && c != act && (root == "04" || root == "05" || root == "06" || root == "07" || root == "08") {
				return c, "wish (" + w + "): " + act + " → " + c
			} else if !verbal(root) {
				return "", "wish (" + w + ")"
			}
		}
		if n := len(aux); n >= 2 && aux[n-1] == "TO" && planNouns[aux[n-2]] && (root == "04" || root == "05" || root == "06" || root == "07") {
			// "announced a new drive to help women", "proposals to help
			// Qatar sell its crude": the act is the purpose of a plan,
			// not done. Not a yielding act (08): "announced a ceasefire
			// initiative to halt the fighting" declares the ceasefire
			// (cameo-human)
			if c := intent(act); c != "" && c != act {
				return c, "intent (" + strings.ToLower(aux[n-2]) + " to): " + act + " → " + c
			}
		}
		if w := purposeOfMade(aux); w != "" {
			// "formed a coalition to topple X": the act is the purpose
			// of what was made, not done (purposemade.go)
			return "", "purpose (" + w + " … to): not done"
		}
		w := has(aux, futWords)
		if w == "" {
			w = has(aux, intWords)
			if w == "decided" && decidedIsAct(root) {
				// "decided to lift sanctions", "decided to break
				// relations": the decision is the act (decided.go)
				w = ""
			}
		}
		for k := 1; w == "" && k < len(aux); k++ {
			// "is to visit", "are due to sign": a scheduled act
			if aux[k] == "TO" && (aux[k-1] == "DUE" || aux[k-1] == "IS" || aux[k-1] == "ARE" || aux[k-1] == "WAS" || aux[k-1] == "WERE") && !dueToCause(aux, k) {
				w = strings.ToLower(aux[k-1]) + " to"
			}
		}
		for k := v + 1; w == "" && k < len(up) && k <= v+8 && !boundary(up[k]) && !clauseStart[up[k]] && up[k] != "," && up[k] != "."; k++ {
			// "visits Washington next week", "a visit to Iraq tomorrow";
			// not a later act's time ("announced a truce to coincide
			// with the holiday next week")
			if up[k] == "TO" && k+1 < len(up) && !strings.HasPrefix(up[k+1], "~") && !determiners[up[k+1]] {
				break
			}
			if up[k] == "TOMORROW" || up[k] == "NEXT" && k+1 < len(up) && futureTimes[strings.ToUpper(strings.TrimPrefix(up[k+1], "~"))] {
				w = strings.ToLower(up[k])
			}
		}
		if w != "" {
			if c := intent(act); c != "" && c != act {
				return c, "intent or threat (" + w + "): " + act + " → " + c
			}
			if futWords[strings.ToUpper(w)] && noIntent[root] && !strings.HasPrefix(act, "114") && !strings.HasPrefix(act, "115") {
				// "said it would criticise Uganda": CAMEO has no intent
				// to disapprove (an announced
				// complaint or lawsuit, 114, 115, is one filed: "said he
				// would be filing a complaint", cameo-human)
				return "", "future (" + w + "): no intent category for " + act
			}
		}
	}
	return "", ""
}

// beBefore is the index of the form of "be" before the hedge word at k,
// with adverbs between ("are also believed to", "is widely thought
// to"), or -1.
func beBefore(aux []string, k int) int {
	for j := k - 1; j >= 0; j-- {
		switch {
		case beWords[aux[j]]:
			return j
		case aux[j] == "ALSO" || aux[j] == "STILL" || aux[j] == "NOW" || aux[j] == "ALREADY" || strings.HasSuffix(aux[j], "LY"):
		default:
			return -1
		}
	}
	return -1
}

// presentTense reports whether a verb form is no past one.
func presentTense(w string) bool {
	return !strings.HasSuffix(w, "ED") && !pastForms[w]
}

// Requested returns the asking word when the act of the source whose
// words run from s0 to s (token indexes) and whose verb is at v is what
// the source was asked, urged or told to do ("urged Europe and the
// United States on Monday to press Myanmar", "called on Uganda to
// withdraw"): an asking verb before the source, with only determiners,
// names of a list and "on" between, and "to" right before the verb (an
// adverb or a few words of time between the source and "to"). "" when
// it is not.
func Requested(up []string, s0, s, v int) string {
	if s0 < 0 || s < s0 || v <= s {
		return ""
	}
	to := v - 1
	if to > s && up[to] != "TO" {
		to--
	}
	if to <= s || up[to] != "TO" || to-s > 5 {
		return ""
	}
	for k := s0 - 1; k >= 0 && k >= s0-7; k-- {
		w := up[k]
		if askWords[w] {
			return strings.ToLower(w)
		}
		if !determiners[w] && w != "AND" && w != "," && w != "ON" && w != "UPON" && !strings.HasPrefix(w, "~") {
			return ""
		}
	}
	return ""
}

// verbal: statements, appeals, intents, demands, disapproval, rejections
// and threats (CAMEO 01–03, 09–13): said acts, often conditional.
func verbal(root string) bool {
	switch root {
	case "01", "02", "03", "09", "10", "11", "12", "13":
		return true
	}
	return false
}

// questionPreps before "whether" make it the object of a noun or verb
// ("agonizing over whether", "a debate about whether", "a decision on
// whether").
var questionPreps = set("OVER", "ABOUT", "ON", "OF", "TO")

// embeddedQuestion reports whether "whether" at k, after the verb at v,
// opens a question inside a later clause of other people ("attacked the
// city, as civilians who had spent days agonizing over whether to stay
// …"): a preposition before it and a clause-opening word (as, who, which,
// while …) between the verb and it. The question is theirs; it does not
// condition the act before it (cover7's wider version, any clause after
// the verb ending the search, let "if" clauses of the act through).
func embeddedQuestion(up []string, v, k int) bool {
	if k < 1 || !questionPreps[up[k-1]] {
		return false
	}
	for j := v + 1; j < k; j++ {
		switch up[j] {
		case "AS", "WHO", "WHICH", "WHILE", "WHEN", "WHERE", "AFTER", "BEFORE", "BECAUSE":
			return true
		}
	}
	return false
}

// saidWords are verbs of saying that open a second, coordinated clause
// of the same subject ("but said", "and warned").
var saidWords = set("SAID", "SAYS", "SAY", "ADDED", "WARNED", "STRESSED", "INSISTED", "CAUTIONED", "NOTED")

// saidAfter reports whether "but" or "and" at k opens a clause of saying
// by the same subject ("declared a ceasefire, but said the truce would
// hold only if the rebels reciprocated"), a pronoun or "also" between:
// what follows is what was said, and a condition inside it conditions
// the saying's content, not the act before it.
func saidAfter(up []string, k int) bool {
	if up[k] != "BUT" && up[k] != "AND" {
		return false
	}
	j := k + 1
	for j < len(up) && j <= k+2 && (up[j] == "ALSO" || up[j] == "HE" || up[j] == "SHE" || up[j] == "IT" || up[j] == "THEY" || up[j] == "WE") {
		j++
	}
	return j < len(up) && saidWords[up[j]]
}

func boundary(w string) bool {
	switch w {
	case ";", ":", "(", ")", "\"", "“", "”", "—", "–", "--":
		return true
	}
	return false
}

// intent maps an act to the CAMEO category of announcing it: a
// conflictual act to its threat (13x), a cooperative one to its intent
// (03x); statements, appeals, demands, threats and intents keep theirs.
func intent(c string) string {
	if len(c) < 2 {
		return ""
	}
	sub := func(base string) string {
		if len(c) >= 3 && c[2] >= '1' && c[2] <= '4' {
			return base + c[2:3]
		}
		return base
	}
	switch c[:2] {
	case "04":
		if c == "045" {
			return "039" // an intent to mediate, the codebook's own
		}
		return "036"
	case "05":
		if c == "057" {
			return "030"
		}
		return "032"
	case "06":
		return sub("031")
	case "07":
		return sub("033")
	case "08":
		return "035"
	case "14":
		return "133"
	case "15", "19":
		return "138"
	case "16":
		return "131"
	case "17":
		return "137"
	case "18":
		return "1383"
	case "20":
		return "1385"
	}
	return c
}

// oneSided reports whether a recoding's reason is one side's stance: a
// wish, refusal or denial, or an intent announced by its holder alone
// (threatened, vowed, promised, offered, plans, is ready to …); a
// scheduled act ("will", "is to", "next week", "agreed to") is both
// sides'.
func oneSided(reason string) bool {
	for _, p := range []string{"wish (", "refused (", "denied ("} {
		if strings.HasPrefix(reason, p) {
			return true
		}
	}
	w, ok := strings.CutPrefix(reason, "intent or threat (")
	if !ok {
		return false
	}
	w, _, _ = strings.Cut(w, ")")
	return oneSidedIntent[strings.ToUpper(w)]
}

var oneSidedIntent = set("THREATENED", "THREATENS", "THREATEN", "THREATENING", "VOWED", "VOWS", "VOW", "PLEDGED", "PLEDGES",
	"PROMISED", "PROMISES", "OFFERED", "OFFERS", "PLANS", "PLANNED", "PLAN", "PLANNING", "INTENDS", "INTENDED", "INTEND",
	"WARNED", "WARNS", "READY", "PREPARED", "PREPARING", "PREPARES", "PREPARE", "WILLING")

// reverseOfSubject reports whether an event is the second direction of a
// two-way act whose subject is its target: the target named before the
// verb v, the source after it and not as a passive's agent ("by …") or a
// giver ("from …"). An
// intent, wish, refusal or denial recoded here is the subject's alone.
func reverseOfSubject(toks []pos.Token, up []string, e news.Evidence, v int) bool {
	if e.SourceSpan == nil || e.TargetSpan == nil {
		return false
	}
	s, t := index(toks, e.SourceSpan.Start), index(toks, e.TargetSpan.Start)
	if s < 0 || t < 0 || t >= v || s <= v {
		return false
	}
	for k := s - 1; k >= 0 && k > v; k-- {
		// back over a list's names and determiners to its preposition:
		// the agent of a passive ("by") or a giver ("receive loans from
		// Japan and the World Bank") is the source itself
		switch w := up[k]; {
		case w == "BY" || w == "FROM":
			return false
		case w == "AND" || w == "," || determiners[w] || strings.HasPrefix(w, "~"):
			continue
		}
		break
	}
	return true
}

// nounOfSource returns the noun of failing or refusing ("failure",
// "inability", "refusal") whose "of" names the source ending at src, when
// "to" stands right before the verb v: "the failure of the ICO to reach
// agreement", "the refusal of Kenya to release the pilots". "" when there
// is none.
func nounOfSource(up []string, src, v int) string {
	if src < 0 || v < 1 || up[v-1] != "TO" || v-1 > src+2 {
		return ""
	}
	for k := src - 1; k >= 1 && k >= src-7; k-- {
		if boundary(up[k]) || up[k] == "." || up[k] == "TO" {
			return ""
		}
		if up[k] == "OF" {
			if w := up[k-1]; failWords[w] || refuseWords[w] {
				return w
			}
			return ""
		}
	}
	return ""
}

// hopedThat returns the word of hoping, expecting, fearing or believing
// before a "that" whose clause's subject ends at s ("The organisers hope
// that Abbas will use the opportunity for talks"): that clause's act is
// not stated as done. A pronoun subject ("hopes that it will meet") is
// the speaker's own intent, left to the other rules. "" when there is
// none. A conjunction at s ("predicted that the talks would fail and
// criticised Uganda": the verb's clause starts after "and", SayCoordinated)
// ends no subject: the verb after it is the speaker's own, done.
func hopedThat(up []string, s int) string {
	if s < 0 || pronounWords[up[s]] || up[s] == "AND" || up[s] == "BUT" {
		return ""
	}
	for k := s - 1; k > 0 && k >= s-6; k-- {
		if boundary(up[k]) || up[k] == "." {
			return ""
		}
		if up[k] != "THAT" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if hopeWords[up[j]] {
				return strings.ToLower(up[j])
			}
			if meanWords[up[j]] && j > 0 && (negWords[up[j-1]] || j > 1 && negWords[up[j-2]]) {
				// "the withdrawal did not mean that Libya had cut its
				// ties": an inference denied (coref14)
				return "not " + strings.ToLower(up[j])
			}
			if boundary(up[j]) || up[j] == "." || up[j] == "," {
				return ""
			}
		}
		return ""
	}
	return ""
}
