// Acts told inside a report the sentence calls false or an actor denies
// (issue 17, MODALITY): "Tony Blair has dismissed reports he told Gordon
// Brown he would quit", "a false report that Kenya attacked Uganda",
// "Reports that Kenya attacked Uganda were untrue", "Kenya falsely
// claimed that Uganda attacked Tanzania". What the report tells is not
// asserted: no event is taken from a verb inside it. The denial or the
// claim itself is an act and stays ("Kenya denied reports it attacked
// Uganda": KEN 016 UGA; "falsely accused Uganda": KEN 112 UGA).

package code

var (
	// reportNouns name what was reported or alleged.
	reportNouns = wordSet("REPORT", "REPORTS", "CLAIM", "CLAIMS", "ALLEGATION", "ALLEGATIONS", "RUMOUR", "RUMOURS",
		"RUMOR", "RUMORS", "STORY", "STORIES", "SUGGESTION", "SUGGESTIONS", "SPECULATION", "ACCUSATION", "ACCUSATIONS",
		"ASSERTION", "ASSERTIONS")
	// denyWords are the verbs "deny".
	denyWords = wordSet("DENY", "DENIES", "DENIED", "DENYING")
	// denialVerbs deny or dismiss a report given as their object.
	denialVerbs = wordSet("DENY", "DENIES", "DENIED", "DENYING", "DISMISS", "DISMISSES", "DISMISSED", "DISMISSING",
		"REJECT", "REJECTS", "REJECTED", "REJECTING", "REFUTE", "REFUTES", "REFUTED", "REFUTING", "REBUT", "REBUTS",
		"REBUTTED", "REBUTTING", "DEBUNK", "DEBUNKS", "DEBUNKED", "DEBUNKING", "SCOTCH", "SCOTCHES", "SCOTCHED",
		"SCOTCHING", "QUASH", "QUASHES", "QUASHED", "QUASHING", "DISCOUNTED", "RUBBISHED")
	// falseWords call a report false.
	falseWords = wordSet("FALSE", "UNTRUE", "BASELESS", "UNFOUNDED", "BOGUS", "FAKE", "GROUNDLESS", "ERRONEOUS",
		"INACCURATE", "INCORRECT", "UNSUBSTANTIATED", "FABRICATED", "SPURIOUS", "MISTAKEN", "WRONG", "NONSENSE")
	// falselyWords qualify a verb of saying as saying what is false.
	falselyWords = wordSet("FALSELY", "WRONGLY", "ERRONEOUSLY", "MISTAKENLY", "INCORRECTLY", "UNTRUTHFULLY")
	// reportSpeech are the verbs of saying "falsely" qualifies.
	reportSpeech = wordSet("CLAIM", "CLAIMS", "CLAIMED", "CLAIMING", "SAY", "SAYS", "SAID", "SAYING", "STATE",
		"STATES", "STATED", "STATING", "REPORT", "REPORTS", "REPORTED", "REPORTING", "ALLEGE", "ALLEGES", "ALLEGED",
		"ALLEGING", "SUGGEST", "SUGGESTS", "SUGGESTED", "SUGGESTING", "ASSERT", "ASSERTS", "ASSERTED", "ASSERTING",
		"INSIST", "INSISTS", "INSISTED", "INSISTING", "TOLD", "TELL", "TELLS", "ANNOUNCED", "DECLARED")
	// reportClauseEnd closes what a report tells.
	reportClauseEnd = wordSet(";", ":", "BUT", "ALTHOUGH", "THOUGH", "WHILE", "WHEREAS", "-", "–", "—")
	// reportNP are the words of a noun phrase before a report noun
	// ("dismissed the newspaper reports", "denied as false recent claims").
	reportNP = wordSet("THE", "A", "AN", "THESE", "THOSE", "THIS", "THAT", "ANY", "ALL", "SUCH", "AS", "MEDIA", "PRESS",
		"NEWSPAPER", "NEWS", "RECENT", "LATEST", "EARLIER", "WEEKEND", "OUTRIGHT", "FLATLY", "STRONGLY", "ALSO", "HAS",
		"HAVE", "HAD")
)

// reportSpan is what a false or denied report tells: tokens [a, b);
// deny when a verb "deny" takes the report ("denied reports it …").
type reportSpan struct {
	a, b int
	deny bool
	noun int // the report noun's token, -1 for "falsely"
}

// falseReportSpans are the token spans [a, b) of the sentence that tell
// what a false or denied report says: after a report noun that a denial
// verb takes as its object or that a false word qualifies before it, or
// whose clause is followed by a be form and a false word ("Reports that
// … were false"); and after a verb of saying "falsely" qualifies.
func falseReportSpans(toks []token) []reportSpan {
	var out []reportSpan
	for n := 0; n+1 < len(toks); n++ {
		w := toks[n].up
		if falselyWords[w] {
			// "falsely claimed that …", "claimed, falsely, that …"
			for k := n - 2; k <= n+1; k++ {
				if k >= 0 && k < len(toks) && k != n && reportSpeech[toks[k].up] {
					a := max(k, n) + 1
					if a < len(toks) && toks[a].up == "," {
						a++
					}
					out = append(out, reportSpan{a, reportEnd(toks, a), false, -1})
					break
				}
			}
			continue
		}
		if a, ok := unseenAt(toks, n); ok {
			out = append(out, reportSpan{a, reportEnd(toks, a), false, -1})
			continue
		}
		if !reportNouns[w] || toks[n].capital && n > 0 {
			continue
		}
		a := n + 1
		switch toks[a].up {
		case "THAT", "OF":
			a++
		case ",", ".", "AND", "OR", "BUT", ";", ":", "WERE", "WAS", "ARE", "IS", "HAVE", "HAS", "HAD", "WILL", "WOULD":
			continue // no clause told ("rejected the claims and attacked …", "reports were …")
		}
		b := reportEnd(toks, a)
		denied, deny := false, false
		for k := n - 1; k >= 0 && k >= n-4; k-- {
			u := toks[k].up
			if denialVerbs[u] || falseWords[u] {
				denied, deny = true, denyWords[u]
				break
			}
			if toks[k].punct || !reportNP[u] && !toks[k].lower {
				break
			}
		}
		if !denied {
			// "Reports that Kenya attacked Uganda were false"
			for k := a + 1; k+1 < b; k++ {
				if beForms[toks[k].up] || toks[k].up == "PROVED" || toks[k].up == "TURNED" {
					j := k + 1
					for j < b && (adverbs[toks[j].up] || toks[j].up == "OUT" || toks[j].up == "TO" || beWords[toks[j].up] || toks[j].up == "ALL" || toks[j].up == "COMPLETELY" || toks[j].up == "ENTIRELY") {
						j++
					}
					if j < b && falseWords[toks[j].up] {
						denied, b = true, k
					}
					break
				}
			}
		}
		if denied {
			out = append(out, reportSpan{a, b, deny, n})
		}
	}
	return out
}

// reportEnd is where the clause a report tells, from token a, ends.
func reportEnd(toks []token, a int) int {
	for k := a; k < len(toks); k++ {
		if reportClauseEnd[toks[k].up] {
			return k
		}
	}
	return len(toks)
}

// falseReported reports whether the candidate's verb lies inside what a
// false or denied report tells (falseReportSpans), unless the modality
// gate reads it as the denial (016).
func falseReported(toks []token, cd cand) bool {
	for _, sp := range falseReportSpans(toks) {
		if cd.verbStart >= sp.a && cd.verbStart < sp.b && !gateRumour(toks, cd, sp.noun) {
			// an act in a report "denied" takes is the modality gate's
			// denial (016: "denied reports it attacked Uganda"); a
			// statement there is not recoded, and goes
			return !sp.deny || root(cd.code) == "01"
		}
	}
	return false
}

// gateRumours are the nouns the modality gate reads between a source and
// its verb as an act not stated ("dismissed the claim that it had
// attacked"): left to it, which says why.
var gateRumours = wordSet("RUMOUR", "RUMOURS", "RUMOR", "RUMORS", "SPECULATION", "SUGGESTION", "SUGGESTIONS",
	"CLAIM", "CLAIMS", "ALLEGATION", "ALLEGATIONS", "ACCUSATION", "ACCUSATIONS")

// gateRumour reports whether the modality gate drops the candidate for
// the report noun at n: one of its nouns before the verb, followed by
// "that" or a pronoun, among the words the gate reads before the source.
func gateRumour(toks []token, cd cand, n int) bool {
	if n < 0 || n+1 >= len(toks) || !gateRumours[toks[n].up] || n >= cd.verbStart {
		return false
	}
	if toks[n+1].up != "THAT" && !reportedSubjects[toks[n+1].up] || cd.src.sent != 0 || cd.src.start >= len(toks) {
		return false
	}
	// the gate reads the words before the source: the noun is among them
	// when the source comes before it, or is the pronoun opening the
	// clause ("the claim that it had attacked"), not a name ("the claim
	// that Mr Trump opposed")
	return cd.src.end <= n || cd.src.start <= n+2 && reportedSubjects[toks[cd.src.start].up]
}

var (
	// unseenVerbs perceive or find; negated, what follows is not seen.
	unseenVerbs = wordSet("SEEN", "SEE", "SAW", "FOUND", "FIND", "NOTICED", "DETECTED", "OBSERVED", "WITNESSED")
	// evidenceNouns after "no" say nothing was found ("no sign that …").
	evidenceNouns = wordSet("SIGN", "SIGNS", "EVIDENCE", "INDICATION", "INDICATIONS", "PROOF")
)

// unseenAt reports whether a negated perception or a "no evidence" phrase
// starts at token n ("had not seen the slightest step the Palestinians
// were working to …", "has seen no sign that Uganda withdrew", "no
// evidence that Kenya attacked"), and where what was not seen begins:
// the acts told there are not asserted (issue 17, MODALITY).
func unseenAt(toks []token, n int) (int, bool) {
	w := toks[n].up
	switch {
	case (w == "NOT" || w == "NEVER" || w == "N'T") && n+1 < len(toks):
		k := n + 1
		if toks[k].up == "YET" || toks[k].up == "EVER" {
			k++
		}
		if k < len(toks) && unseenVerbs[toks[k].up] {
			return k + 1, true
		}
	case w == "NO" && n+1 < len(toks) && evidenceNouns[toks[n+1].up]:
		return n + 2, true
	}
	return 0, false
}
