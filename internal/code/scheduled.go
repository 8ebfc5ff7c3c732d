// A present tense with a set time to come: "leaves for Moscow on
// Tuesday", "when he visits Washington on April 29" (reuters, issues 12
// and 17).
//
// News writes a trip or a meeting that is planned in the simple present
// with its day: the day is the coming one, and the visit, meeting or
// talks are not yet held. The date resolver, with no "will" in the
// sentence, took the weekday before the publication (a visit made last
// Tuesday) and the verb coded a visit made (042) or talks held (046).

package code

import (
	"strings"
	"time"
)

// scheduledVerbs are present-tense forms news uses for a trip or a
// meeting set for a coming day.
var scheduledVerbs = wordSet("LEAVES", "VISITS", "ARRIVES", "TRAVELS", "FLIES", "HEADS", "GOES", "RETURNS", "MEETS",
	"HOLDS", "OPENS", "BEGINS", "STARTS", "ATTENDS", "HOSTS", "RECEIVES", "TOURS", "DEPARTS")

// weekdayNames are the weekdays' names in capitals.
var weekdayNames = map[string]time.Weekday{"SUNDAY": time.Sunday, "MONDAY": time.Monday, "TUESDAY": time.Tuesday,
	"WEDNESDAY": time.Wednesday, "THURSDAY": time.Thursday, "FRIDAY": time.Friday, "SATURDAY": time.Saturday}

// scheduledFuture reports whether the verb at [vs, ve) is a present
// tense of scheduledVerbs (lower case, after no article, possessive or
// preposition: "the visits" is a noun) whose clause names a day still to
// come: a bare weekday other than the publication's own ("leaves on
// Wednesday" published on a Wednesday is today; "last Tuesday" is past),
// or a calendar date after ref.
func (st *state) scheduledFuture(sent string, toks []token, vs, ve int, ref string) bool {
	df := st.c.opts.DateFunc
	if df == nil || ref == "" || vs >= len(toks) || vs >= ve {
		return false
	}
	v := toks[vs]
	if !scheduledVerbs[v.up] || v.capital || vs > 0 && nounPreceders[toks[vs-1].up] {
		return false
	}
	a, b := verbClause(toks, vs, ve)
	d, dt := df(sent[toks[a].start:toks[b-1].end], ref)
	if dt == "" {
		return false
	}
	refT, err := time.Parse("2006-01-02", ref)
	if err != nil {
		return false
	}
	if wd, ok := weekdayNames[strings.ToUpper(dt)]; ok {
		return wd != refT.Weekday()
	}
	if strings.HasPrefix(strings.ToUpper(dt), "LAST") {
		return false
	}
	return d > ref
}

// futureHost reports whether a host's code (043) read as the other
// direction of a visit verb ("Kenyan President Doe visits Uganda next
// week": UGA 043 KENGOV, its source the place visited after the verb)
// is for a visit still to come: the visitor's trip is announced (036
// from the visitor), but nothing says the host has agreed to or spoken
// of it, so no intent to meet is the host's. A host named before its
// verb ("Uganda hosts the Kenyan president on Friday") keeps its 036.
func futureHost(cd cand) bool {
	return cd.code == "043" && cd.src.start >= cd.verbEnd
}
