// Clause dates: which date of a sentence is a verb's, when the sentence
// holds dates of other clauses (what a speaker reported, a since-clause,
// the clause a participle hangs on).

package code

import "strings"

var (
	// speechWords say; what follows them is what was said.
	speechWords = wordSet("SAID", "SAY", "SAYS", "SAYING", "TOLD", "TELL", "TELLS", "TELLING", "ADDED", "STATED", "NOTED")
	// tellWords take an addressee first ("told reporters yesterday").
	tellWords = wordSet("TOLD", "TELL", "TELLS", "TELLING")
	// clauseVerbs show a finite verb of its own: a reported clause
	// ("said it is unlikely …") or a clause with its own act.
	clauseVerbs = wordSet("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "HAS", "HAVE", "HAD", "WILL", "WOULD", "CAN",
		"COULD", "SHOULD", "MAY", "MIGHT", "MUST", "DID", "DOES", "DO", "SHALL")
	// reportedSubjects open a reported clause right after a speech verb.
	reportedSubjects = wordSet("IT", "HE", "SHE", "THEY", "WE", "I", "THERE")
	// speechPreps open a phrase of the speech verb ("said in a
	// statement", "told Kenyan MPs at a meeting").
	speechPreps = wordSet("IN", "AT", "ON", "DURING", "TO", "BEFORE", "AFTER", "LAST", "THIS", "EARLIER", "LATER", "LATE", "EARLY")
	// npOpeners open a noun phrase.
	npOpeners = wordSet("THE", "A", "AN", "ITS", "HIS", "HER", "THEIR", "THIS", "THAT", "THESE", "THOSE")
)

// speechVerb reports whether the verb tokens [vs, ve) hold a verb of
// saying, and whether it takes an addressee first.
func speechVerb(toks []token, vs, ve int) (speech, tell bool) {
	for k := vs; k < ve && k < len(toks); k++ {
		if speechWords[toks[k].up] {
			return true, tellWords[toks[k].up]
		}
	}
	return false, false
}

// tokenAt is the first token starting at or after byte offset off.
func tokenAt(toks []token, off int) int {
	for k, t := range toks {
		if t.start >= off {
			return k
		}
	}
	return len(toks)
}

// speechOwnDate reports whether a date at token d, in the clause of a
// speech verb ending at ve, dates the saying: it stands before the verb
// ("yesterday told"), or after it with no reported clause between: a
// "say" verb's date follows at once or after a phrase it opens ("said
// on Tuesday", "said in a statement yesterday"), a "tell" verb's after
// its addressee ("told reporters yesterday"); a finite verb, a subject
// pronoun or a second noun phrase between ("said it is unlikely …'s
// suspension last month", "said Kenyan officials last week told")
// opens what was said, whose date it is.
func speechOwnDate(toks []token, ve, d int, tell bool) bool {
	if d <= ve {
		return true
	}
	if !tell && !speechPreps[toks[ve].up] {
		return false // "said Kenyan officials last week …": a reported subject
	}
	for k := ve; k < d; k++ {
		w := toks[k].up
		if clauseVerbs[w] || reportedSubjects[w] {
			return false
		}
		if k > ve && npOpeners[w] && !speechPreps[toks[k-1].up] {
			return false // "told reporters the government last week …"
		}
	}
	return true
}

// nounPreceders before an -ed or -ing word make it part of a noun phrase
// ("in highly-publicized talks", "during today's hearing").
var nounPreceders = wordSet("THE", "A", "AN", "ITS", "HIS", "HER", "THEIR", "'S", "IN", "AT", "ON", "DURING", "OF", "FOR", "WITH", "AFTER", "BEFORE")

// verbLike reports whether token k looks like a verb: an auxiliary, or a
// lower-case word in -ed or -ing, unhyphenated, after no article,
// possessive or preposition.
func verbLike(toks []token, k int) bool {
	t := toks[k]
	if clauseVerbs[t.up] {
		return true
	}
	if t.capital || len(t.up) < 5 || strings.Contains(t.up, "-") || k > 0 && nounPreceders[toks[k-1].up] {
		return false
	}
	return strings.HasSuffix(t.up, "ED") || strings.HasSuffix(t.up, "ING")
}

// clauseHasVerb reports whether tokens [a, b) hold a verb-like word.
func clauseHasVerb(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if verbLike(toks, k) {
			return true
		}
	}
	return false
}

// otherClauseDate reports whether a date the verb's clause lacks, found
// at token d elsewhere in the sentence, is another clause's and so no
// date of the verb at [vs, ve): a date in a since-clause with a verb
// ("since Uganda joined the union last June") starts a period, not the
// act; a speech verb's date is in a clause with a verb of its own ("Kenya posted a
// deficit in 1986, the minister told MPs", "the minister said the
// economy grew …, with exports rising in 1986"). A bare time phrase
// ("On Monday, the minister told MPs") stays.
func otherClauseDate(toks []token, vs, ve, d int, speech bool) bool {
	if d >= len(toks) || vs <= d && d < ve {
		return false
	}
	a, b := verbClause(toks, d, d+1)
	if a > 0 && toks[a-1].up == "SINCE" && (vs < a-1 || vs >= b) {
		return clauseHasVerb(toks, a, b) // "since Friday, when an attack …" dates the attack
	}
	return speech && clauseHasVerb(toks, a, b)
}

// participleHost is the clause a participial clause at [a, b) hangs on
// (", apparently attacking two platforms" after "launched a strike late
// Sunday"): the clause before its comma, or -1 when [a, b) is none.
func participleHost(toks []token, a, b int) (int, int) {
	if a < 2 || toks[a-1].up != "," {
		return -1, -1
	}
	k := a
	if k < b && strings.HasSuffix(toks[k].up, "LY") && !toks[k].capital {
		k++ // "apparently attacking"
	}
	if k >= b || toks[k].capital || !strings.HasSuffix(toks[k].up, "ING") || len(toks[k].up) < 5 {
		return -1, -1
	}
	return verbClause(toks, a-2, a-1)
}

// clauseDate dates the verb at [vs, ve) of a sentence whose first date
// is d (text dt, "" for none): a date in the verb's own clause ("… were
// agreed in early March after X pledged in February") before the
// sentence's first, the first unless it is another clause's
// (otherClauseDate, speechOwnDate), the clause a participle hangs on
// before the sentence's first. A speech verb's rules hold for a statement
// (01x) only: a code read from what was said dates what was said.
func (st *state) clauseDate(sent string, toks []token, vs, ve int, code, ref, d, dt string) (string, string) {
	df := st.c.opts.DateFunc
	a, b := verbClause(toks, vs, ve)
	at := -1 // byte offset of the date used
	if a > 0 || b < len(toks) {
		base := toks[a].start
		clause := sent[base:toks[b-1].end]
		if cd, ct := df(clause, ref); ct != "" {
			d, dt, at = cd, ct, base+strings.Index(clause, ct)
		} else if ha, hb := participleHost(toks, a, b); ha >= 0 && ha < hb {
			base = toks[ha].start
			host := sent[base:toks[hb-1].end]
			if cd, ct := df(host, ref); ct != "" {
				return cd, ct // "launched a strike late Sunday, apparently attacking …"
			}
		}
	} else if dt != "" {
		at = strings.Index(sent, dt)
	}
	if dt == "" {
		return d, dt
	}
	speech, tell := speechVerb(toks, vs, ve)
	speech = speech && strings.HasPrefix(code, "01") // "said the attack was repelled yesterday" coded 190 is the attack
	if at >= 0 {
		if speech && !speechOwnDate(toks, ve, tokenAt(toks, at), tell) {
			return ref, "" // "said Kenyan officials last week told …": what was said
		}
		return d, dt
	}
	if k := strings.Index(sent, dt); k >= 0 && otherClauseDate(toks, vs, ve, tokenAt(toks, k), speech) {
		return ref, ""
	}
	return d, dt
}
