package modality

import (
	"strings"

	"dyad/internal/news"
)

// Rules of 2026-12-06 (gates10, issue 17): acts a sentence names without
// stating them as done — compared, argued for, held as a right or duty,
// rumoured, feared — and the words that mark them.
var (
	// capacityNouns before "to": a right, power or duty to act is no act
	// ("the right of the Commons to overrule the Lords", "Kenya has the
	// power to veto")
	capacityNouns = set("RIGHT", "RIGHTS", "POWER", "POWERS", "ABILITY", "AUTHORITY", "FREEDOM", "CAPACITY", "DUTY",
		"OBLIGATION", "CHANCE", "OPPORTUNITY", "WILLINGNESS", "READINESS", "DESIRE", "MANDATE", "PERMISSION", "LICENCE", "LICENSE")
	// dutyWords after a present form of "be" and before "to": an
	// obligation, not an act ("is bound by law to help", "are required
	// to consult")
	dutyWords = set("BOUND", "OBLIGED", "OBLIGATED", "REQUIRED")
	// presentBe: forms of "be" that are no past ("was obliged to
	// withdraw" reports a withdrawal)
	presentBe = set("IS", "ARE", "BE", "'S", "'RE", "AM")
	// argueNouns before "for" or "against" and a gerund: the act is
	// argued for, asked for or allowed, not done ("the case for invading
	// Iraq", "support for attacking")
	argueNouns = set("CASE", "ARGUMENT", "ARGUMENTS", "REASON", "REASONS", "JUSTIFICATION", "GROUNDS", "RATIONALE",
		"PRETEXT", "EXCUSE", "PLAN", "PLANS", "CALL", "CALLS", "SUPPORT", "OPPOSITION", "MANDATE", "APPROVAL",
		"PERMISSION", "PROPOSAL", "PROPOSALS", "PRESSURE", "DEMANDS", "DEMAND")
	// rumourNouns before "that" or a pronoun: what follows is rumoured,
	// claimed or alleged, not stated ("rumours that he was about to
	// resign", "dismissed the claim he had reneged", "after allegations
	// that the NSA targeted the BJP": the allegation is the event, 112,
	// not the spying alleged)
	rumourNouns = set("RUMOUR", "RUMOURS", "RUMOR", "RUMORS", "SPECULATION", "SUGGESTION",
		"SUGGESTIONS", "SUSPICION", "SUSPICIONS", "THEORY", "CLAIM", "CLAIMS", "ALLEGATION", "ALLEGATIONS",
		"ACCUSATION", "ACCUSATIONS")
	// nounDeterminers before "claim" or "claims" make it a noun ("the
	// claim he had", not "Kenya claims it")
	nounDeterminers = set("THE", "A", "AN", "THESE", "THOSE", "THIS", "HIS", "HER", "ITS", "THEIR", "SUCH", "ANY",
		"NEW", "FRESH", "FALSE", "UNFOUNDED", "REPEATED", "LATEST", "OUR")
	// noIntent: roots whose future ("would oppose", "will criticise")
	// has no CAMEO intent or threat category: a future disapproval is
	// none done. Not 09: "AFP will investigate any reports of abuses"
	// is an event in cameo-human (with 09 its recall fell 418 → 417)
	noIntent = set("11")
)

// compared returns "than" when the actor starting at token a comes right
// after "than" (determiners, a gerund or adjectives between: "more than
// France contributes", "better than having the media filter", "than
// non-Roma passengers"): a term of a
// comparison is neither the act's source nor its target. A number after
// "than" is a quantity ("more than 100 soldiers"), and stops the search.
func compared(up []string, a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		switch w := up[k]; {
		case w == "THAN":
			return true
		case determiners[w] || strings.HasSuffix(w, "ING") && len(w) > 4 || comparedAdjective(w):
			continue
		}
		return false
	}
	return false
}

// comparedAdjective: a word that may qualify the term compared between
// "than" and the actor ("treated more sceptically than non-Roma
// passengers", "pay fewer taxes than comparable U.S. firms"): a word of
// letters and hyphens, no number and no word of the clause's frame.
func comparedAdjective(w string) bool {
	if w == "" || frameWords[w] {
		return false
	}
	for _, r := range w {
		if (r < 'A' || r > 'Z') && r != '-' {
			return false
		}
	}
	return true
}

// frameWords between "than" and an actor end the comparison's term: a
// preposition or a conjunction starts another phrase ("more than an hour
// with the IMF's director").
var frameWords = set("OF", "IN", "ON", "AT", "TO", "WITH", "FOR", "FROM", "BY", "AND", "OR", "BUT", "THAT", "WHICH", "WHO",
	"EVER", "BEFORE", "USUAL", "EXPECTED")

// arguedFor returns the noun when the verb at v is a gerund after one of
// argueNouns and "for" or "against" ("the legal case for invading Iraq");
// "" when it is not.
func arguedFor(up []string, v int) string {
	if v < 2 || !strings.HasSuffix(up[v], "ING") || up[v-1] != "FOR" && up[v-1] != "AGAINST" {
		return ""
	}
	if argueNouns[up[v-2]] {
		return strings.ToLower(up[v-2] + " " + up[v-1])
	}
	return ""
}

// rightOf returns the capacity noun whose "of" names the source starting
// at token s0, when "to" stands right before the verb v ("the right of
// the House of Commons to overrule"), or the capacity noun followed by
// "to" among the auxiliaries ("Kenya's right to attack", "has the power
// to veto"); "" when there is none.
func rightOf(up []string, s0 int, aux []string) string {
	for k := 0; k+1 < len(aux); k++ {
		if capacityNouns[aux[k]] && aux[k+1] == "TO" {
			return strings.ToLower(aux[k]) + " to"
		}
	}
	if s0 < 2 {
		return ""
	}
	k := s0 - 1
	for k > 0 && determiners[up[k]] {
		k--
	}
	if up[k] == "OF" && k > 0 && capacityNouns[up[k-1]] {
		return strings.ToLower(up[k-1]) + " of"
	}
	return ""
}

// dutyTo returns the words of an obligation among the auxiliaries: a
// present "be" and bound, obliged or required, then "to" ("is bound by
// law to"), or "need(s) to"; "" when there is none.
func dutyTo(aux []string) string {
	for k := 0; k+1 < len(aux); k++ {
		if (aux[k] == "NEED" || aux[k] == "NEEDS") && aux[k+1] == "TO" {
			return strings.ToLower(aux[k]) + " to"
		}
		if k > 0 && dutyWords[aux[k]] && presentBe[aux[k-1]] && aux[len(aux)-1] == "TO" {
			return strings.ToLower(aux[k-1] + " " + aux[k])
		}
	}
	return ""
}

// rumoured returns the noun of a rumour, claim or allegation among the
// auxiliaries followed by "that" or a pronoun ("rumours that he was about
// to resign", "dismissed the claim he had reneged"): the act is its
// content, not stated. "claim" and "claims" count only after a
// determiner. "" when there is none.
func rumoured(aux []string) string {
	for k := 0; k+1 < len(aux); k++ {
		w := aux[k]
		if !rumourNouns[w] || aux[k+1] != "THAT" && !pronounWords[aux[k+1]] {
			continue
		}
		if (w == "CLAIM" || w == "CLAIMS") && (k == 0 || !nounDeterminers[aux[k-1]]) {
			continue
		}
		return strings.ToLower(w)
	}
	return ""
}

// counterPlan returns the words of a plan the past perfect reports as not
// kept: "had been due to welcome", "had been expected to sign"; "" when
// there is none.
func counterPlan(aux []string) string {
	for k := 0; k+3 < len(aux); k++ {
		if aux[k] == "HAD" && aux[k+1] == "BEEN" && aux[k+3] == "TO" {
			switch aux[k+2] {
			case "DUE", "EXPECTED", "SCHEDULED", "SET", "SUPPOSED", "PLANNING", "HOPING", "INTENDING":
				return "had been " + strings.ToLower(aux[k+2]) + " to"
			}
		}
	}
	return ""
}

// hopeTo reports whether the verb at v is a form of hoping or wanting
// followed by "to": the subject's wish for its own act, which the coder's
// HOPE block would make an appeal (02x) to the object of that act
// ("backers hope to emulate the success of its UK counterpart").
func hopeTo(up []string, v int) bool {
	if v+2 >= len(up) || !wishWords[up[v]] || up[v+1] != "TO" {
		return false
	}
	n := up[v+2] // a name or a determiner after "to": "looking to Japan for help" is an appeal
	return !strings.HasPrefix(n, "~") && !determiners[n]
}

// notStated returns why an event is named but not stated as done, from
// its spans ("" when it is): a source or target that is a term of a
// comparison, a gerund argued for, a wish coded as an appeal, or the
// source's right or power to act ("the right of the Commons to
// overrule"). src is the source's last token before the verb v (-1:
// none).
func (a *article) notStated(e news.Evidence, src, v int, act string) string {
	if a.g.o.NoHypothetical {
		return ""
	}
	for _, sp := range []*news.Span{e.SourceSpan, e.TargetSpan} {
		if sp == nil {
			continue
		}
		if k := index(a.toks, sp.Start); k > 0 && compared(a.up, k) {
			return "comparison (than): a term compared, not a party to the act"
		}
	}
	s0 := -1
	if e.SourceSpan != nil {
		s0 = index(a.toks, e.SourceSpan.Start)
	}
	if w := relationsAsSubject(a.up, v, s0); w != "" {
		return "state (" + w + "): how relations stand, no act of either side"
	}
	if w := gerundSubject(a.up, v); w != "" {
		return "hypothetical (" + w + "): a gerund subject of a modal"
	}
	if w := genericGerund(a.up, v); w != "" {
		return "generic (" + w + "): a gerund subject of a generic predicate, a kind of act, none done"
	}
	if w := arguedFor(a.up, v); w != "" {
		return "not done (" + w + ")"
	}
	if strings.HasPrefix(act, "02") && hopeTo(a.up, v) {
		return "wish (" + strings.ToLower(a.up[v]) + " to): the subject's own act, no appeal"
	}
	if e.SourceSpan != nil {
		// "dismissed the claim that it had attacked", "rumours that he
		// was about to resign": the noun right before the source's clause
		if s0 := index(a.toks, e.SourceSpan.Start); s0 >= 2 && s0 < v {
			if w := rumoured(a.up[max(0, s0-4) : s0+1]); w != "" {
				return "not stated (" + w + " that)"
			}
		}
	}
	if e.SourceSpan != nil {
		if w := toShow(a.up, index(a.toks, e.SourceSpan.Start)); w != "" {
			return "not stated (to " + w + "): what an act or a design aims to show"
		}
	}
	if src >= 0 && e.SourceSpan != nil {
		if w := rightOf(a.up, index(a.toks, e.SourceSpan.Start), nil); w != "" && v > 0 && a.up[v-1] == "TO" {
			return "not done (" + w + ")"
		}
	}
	return ""
}

// showWords after "to" take a clause that is what something aims to
// show, not an act stated ("events designed to show the prime minister is
// speaking directly to voters").
var showWords = set("SHOW", "PROVE", "DEMONSTRATE", "SUGGEST", "CONVINCE", "PERSUADE")

// toShow returns the word of showing when the clause whose subject starts
// at token s0 follows "to show", "to prove" … (a determiner and "that"
// between); "" when it does not.
func toShow(up []string, s0 int) string {
	k := s0 - 1
	for k >= 0 && determiners[up[k]] && up[k] != "THAT" {
		k--
	}
	if k >= 0 && up[k] == "THAT" {
		k--
	}
	if k >= 1 && showWords[up[k]] && up[k-1] == "TO" {
		return strings.ToLower(up[k])
	}
	return ""
}

// relationsAsSubject returns "relations improved" when the verb at v has
// "relations" or "ties" as its subject (auxiliaries between): "now that
// relations between the two countries have improved a lot" describes how
// relations stand; neither country is said to have done anything (the
// codebook's "- RELATIONS *" 050). The source starting at token s0 may
// stand between ("relations between the two countries have improved").
// "" when it has not.
func relationsAsSubject(up []string, v, s0 int) string {
	k := v - 1
	for k >= 0 && (up[k] == "HAVE" || up[k] == "HAS" || up[k] == "HAD" || up[k] == "BEEN" || strings.HasSuffix(up[k], "LY")) {
		k--
	}
	if s0 >= 2 && s0 <= k && k-s0 < 5 && (up[s0-1] == "BETWEEN" || up[s0-1] == "WITH") {
		k = s0 - 2 // "relations between the two countries have improved"
	}
	if k >= 0 && (up[k] == "RELATIONS" || up[k] == "TIES") {
		return strings.ToLower(up[k] + " " + up[v])
	}
	return ""
}

// clauseOpeners before a gerund make it a clause's subject.
var clauseOpeners = set("SAID", "SAYS", "SAY", "THAT", ",", "ARGUED", "BELIEVES", "THINKS")

// gerundSubject returns "could be" when the verb at v is a gerund that
// opens its clause (the sentence's first word, or after "said", "that" or a
// comma) and the clause goes on to a modal and "be": "He said ensuring
// every child had the best start in life could be a legacy" names an act
// whose worth is weighed, not one done. "" when it is not.
func gerundSubject(up []string, v int) string {
	if !strings.HasSuffix(up[v], "ING") {
		return ""
	}
	if v > 0 && !clauseOpeners[up[v-1]] {
		return weighedGerund(up, v)
	}
	for k := v + 1; k+1 < len(up) && k <= v+15; k++ {
		switch up[k] {
		case ".", ";", "?", "!", "AND", "BUT":
			return ""
		case "COULD", "WOULD", "MIGHT", "MAY", "SHOULD":
			if up[k+1] == "BE" {
				return strings.ToLower(up[v] + " … " + up[k] + " be")
			}
		}
	}
	return weighedGerund(up, v)
}

// barWords before "from" and a gerund: the act was barred, not done
// ("banks that were barred from providing financing to Gazprom", "was
// prevented from meeting the president").
var barWords = set("BARRED", "BANNED", "PREVENTED", "PROHIBITED", "FORBIDDEN", "BLOCKED", "STOPPED", "EXCLUDED",
	"DEBARRED", "RESTRAINED", "DISQUALIFIED")

// barredFrom returns the bar word when the verb at v is a gerund right
// after "from" and a word of barring that ends the auxiliaries ("were
// barred from providing"); "" when it is not.
func barredFrom(up, aux []string, v int) string {
	n := len(aux)
	if n < 2 || aux[n-1] != "FROM" || !barWords[aux[n-2]] || !strings.HasSuffix(up[v], "ING") {
		return preventedFrom(up, v) // the active: "prevent refugees from coming" (prevented.go)
	}
	return strings.ToLower(aux[n-2])
}
