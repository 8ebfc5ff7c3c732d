// A verb coordinated with a say-verb: "The Kenyan president said the
// talks would continue, and praised Uganda" — the praise is the
// speaker's own act, not part of what was said. Its subject is the
// say-verb's (the speaker), and the said clause's auxiliaries ("would",
// "not") are not its own. The engine carries the speaker to the verb; the
// modality and reported gates read the same words with SayCoordinated.

package code

import "strings"

// saidPast and saidPresent: the say-verbs a verb after "and" or "but"
// may be coordinated with, by tense.
var (
	// (not the verbs that also take a noun: "declared a split", "claimed
	// responsibility", "announced plans")
	saidPast    = wordSet("SAID", "INSISTED", "ADDED", "STRESSED", "ARGUED", "TOLD", "WARNED", "MAINTAINED")
	saidPresent = wordSet("SAYS", "INSISTS", "ADDS", "STRESSES", "ARGUES", "TELLS", "WARNS", "MAINTAINS")
	// irregular past forms of verbs that code acts
	irregularPast = wordSet("MET", "HELD", "GAVE", "SENT", "LEFT", "BROUGHT", "SOUGHT", "TOOK", "MADE", "WROTE", "SPOKE",
		"STRUCK", "WON", "BEGAN", "WENT", "CAME", "KEPT", "TOLD", "SAID", "THREW", "FOUGHT", "BOUGHT", "SOLD", "LED",
		"BROKE", "STOOD", "FORBADE", "SHOT", "SPENT", "BLEW", "DREW", "FLEW", "GREW", "SHOOK", "STOLE", "SWORE", "TORE", "WITHDREW", "UNDERTOOK", "OVERTOOK")
	// words between the conjunction and its verb
	coordAdverbs = wordSet("ALSO", "THEN", "LATER", "AGAIN", "EVEN", "STILL", "SIMPLY", "REPEATEDLY", "QUICKLY", "PROMPTLY", "SWIFTLY", "ALREADY", "EARLIER")
	// a perfect or passive auxiliary: the said clause has a verb group an
	// "-ed" after "and" may continue ("said Uganda had closed the border
	// and expelled …")
	perfectAux = wordSet("HAD", "HAS", "HAVE", "'D", "'VE")
	beAux      = wordSet("IS", "WAS", "WERE", "ARE", "BE", "BEEN", "BEING", "'S", "GET", "GOT")
)

// SayCoordinated reports whether the verb at token v of the upper-case
// words up is coordinated with an earlier say-verb rather than with the
// clause that verb introduced: "and" or "but" (a comma before, an adverb
// after allowed) stands right before v; a say-verb (said, insisted, told
// …) stands before the conjunction, with what was said between; and v
// agrees with it in tense — a past say-verb and a past v ("-ed", or an
// irregular past such as "met"), or a present one ("says", "insists") and
// a present v ("-s") after a comma. The said clause must not hold a verb
// that v may continue: a perfect ("had closed … and expelled"), or, for a
// past say-verb, a simple past of its own ("said Uganda attacked … and
// killed"). A perfect after the conjunction ("and has accused") goes with
// a perfect say-verb of the same auxiliary ("has said"). It returns the
// say-verb's and the conjunction's indexes, or -1, -1.
func SayCoordinated(up []string, v int) (say, conj int) {
	if v <= 2 || v >= len(up) {
		return -1, -1
	}
	j := v - 1
	for j > 0 && coordAdverbs[up[j]] {
		j--
	}
	aux := "" // "has said … and has accused": a perfect after a perfect say-verb
	if j > 0 && (up[j] == "HAS" || up[j] == "HAVE") {
		aux = up[j]
		for j--; j > 0 && coordAdverbs[up[j]]; j-- {
		}
	}
	if up[j] != "AND" && up[j] != "BUT" {
		return -1, -1
	}
	conj = j
	comma := j > 0 && up[j-1] == ","
	w := up[v]
	past := strings.HasSuffix(w, "ED") && len(w) > 4 || irregularPast[w]
	present := strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS") && !strings.HasSuffix(w, "US") && len(w) > 3
	for k := conj - 1; k >= 0 && k >= conj-40; k-- {
		u := up[k]
		if u == "." || u == ";" || u == "?" || u == "!" {
			return -1, -1
		}
		if !saidPast[u] && !saidPresent[u] {
			continue
		}
		if k+2 > conj-boolInt(comma) || k > 0 && beAux[up[k-1]] {
			return -1, -1 // nothing said between; a passive ("have been added to")
		}
		if aux != "" && (k == 0 || up[k-1] != aux) {
			return -1, -1 // "said … and has accused": not the say-verb's tense
		}
		switch {
		case saidPast[u] && past:
			if saidClauseVerb(up[k+1:conj], true) {
				return -1, -1
			}
		case saidPresent[u] && present && comma:
			if saidClauseVerb(up[k+1:conj], false) {
				return -1, -1
			}
		default:
			return -1, -1
		}
		return k, conj
	}
	return -1, -1
}

// saidClauseVerb: the words said hold a verb that a verb after "and" may
// continue — a perfect auxiliary, or (past) an "-ed" word or irregular
// past not right after a form of "be" (a passive or an adjective: "was
// expected", "were concerned").
func saidClauseVerb(cl []string, past bool) bool {
	for i, w := range cl {
		if perfectAux[w] && perfectAfter(cl[i+1:]) {
			return true
		}
		if !past {
			continue
		}
		if (strings.HasSuffix(w, "ED") && len(w) > 4 || irregularPast[w]) && !(i > 0 && (beAux[cl[i-1]] || cl[i-1] == "NOT" || strings.HasSuffix(cl[i-1], "LY") && i > 1 && beAux[cl[i-2]])) {
			return true
		}
	}
	return false
}

// perfectAfter: a past participle opens the words after "had" or "has"
// (an adverb or "not" between): "had closed", "has not yet agreed"; not
// "will have a role", "had the feel".
func perfectAfter(ws []string) bool {
	for i, w := range ws {
		if i > 2 {
			return false
		}
		if strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "EN") || irregularPast[w] || w == "BEEN" {
			return true
		}
		if w != "NOT" && w != "YET" && w != "ALSO" && w != "ALREADY" && !strings.HasSuffix(w, "LY") {
			return false
		}
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sayCarried: the speaker of a say-verb that the verb at token i is
// coordinated with (SayCoordinated), as the verb's source, and the
// conjunction's index; nil when there is none or the say-verb has no
// source.
//
// Only the speaker's verbal acts are carried (appeals, intents, consults,
// support, demands, disapproval, rejection, threats: roots 02–05, 10–13;
// SayVerbal): a statement after "and noted that" is about what it notes
// (the Topic rule of internal/reported reads only say-verbs), and a
// material act after a said clause ("and also wanted the government to
// spend more on …") is more often a pattern reading a wish than a deed.
func (st *state) sayCarried(toks []token, ms []mention, i int) (*mention, int) {
	// SayCoordinated's first test on the tokens, before copying their
	// words: most verbs follow no "and" or "but"
	j := i - 1
	for j > 0 && j < len(toks) && coordAdverbs[toks[j].up] {
		j--
	}
	if j > 0 && j < len(toks) && (toks[j].up == "HAS" || toks[j].up == "HAVE") {
		for j--; j > 0 && coordAdverbs[toks[j].up]; j-- {
		}
	}
	if i <= 2 || i >= len(toks) || toks[j].up != "AND" && toks[j].up != "BUT" {
		return nil, -1
	}
	up := make([]string, len(toks))
	for k := range toks {
		up[k] = toks[k].up
	}
	say, conj := SayCoordinated(up, i)
	if say < 0 {
		return nil, -1
	}
	sp := st.sourceBefore(toks, ms, say)
	if sp == nil {
		return nil, -1
	}
	return sp, conj
}

// SayVerbal: the roots a verb coordinated with a say-verb may code (02–05,
// 10–13: the speaker's verbal acts).
func SayVerbal(code string) bool {
	if len(code) < 2 {
		return false
	}
	r := code[:2]
	return r >= "02" && r <= "05" || r >= "10" && r <= "13"
}

// codeSaidAnd codes the verb [vs, ve) as coordinated with a say-verb
// (sayCarried): its speaker as source, the negation after the
// conjunction only; nil when it is not so coordinated or codes no verbal
// act (the verb is then coded as any other).
func (st *state) codeSaidAnd(sent string, toks []token, ms []mention, inMention []int, vs, ve int, vv verbVal) []cand {
	if st.c.set.TabariRules {
		return nil
	}
	sp, conj := st.sayCarried(toks, ms, vs)
	if sp == nil {
		return nil
	}
	inherit := st.inherit
	st.inherit, st.sayConj = sp, conj+1
	got := st.codeVerb(sent, toks, ms, inMention, vs, ve, vv)
	st.inherit, st.sayConj = inherit, 0
	kept := got[:0]
	for _, g := range got {
		if SayVerbal(g.code) {
			kept = append(kept, g)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return kept
}
