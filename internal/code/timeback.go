// "At the time" dates an act by the sentence before (issue 12, dates):
// "Kenya and Uganda quarrelled over the border in 2012. At the time,
// Kenya accused Uganda of harbouring rebels." The accusation is of 2012,
// not of the article's day; the sentence names no date of its own, and
// "at the time", "at that time", "back then" point to the one the
// sentence before gave. Only a past date is taken (more than a week
// before the article: an older act the story looks back to); "at the
// time of the offer" and "at the time when …" name their own moment and
// are left alone.

package code

// timeBackPhrases point to the moment the sentence before named.
var timeBackPhrases = [][]string{{"AT", "THE", "TIME"}, {"AT", "THAT", "TIME"}, {"BACK", "THEN"}, {"AT", "THAT", "POINT"}}

// timeBack returns the date of the sentence before and the words of the
// phrase that points to it, when this sentence has such a phrase (not
// followed by "of", "when" or "that") and the sentence before has a past
// date: an explicit one, or the date resolver's.
func (st *state) timeBack(sent string, toks []token, refDate string) (string, string) {
	if st.prevSent == "" || refDate == "" {
		return "", ""
	}
	at, n := -1, 0
	for i := range toks {
		for _, p := range timeBackPhrases {
			if !hasRest(toks, i, p) {
				continue
			}
			if e := i + len(p); e < len(toks) && (toks[e].up == "OF" || toks[e].up == "WHEN" || toks[e].up == "THAT" || toks[e].up == "WHO") {
				continue // "at the time of the offer": its own moment
			}
			at, n = i, len(p)
			break
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return "", ""
	}
	d, dt := explicitDate(st.prevSent)
	if dt == "" && st.c.opts.DateFunc != nil && mentionsTime(tokenize(st.prevSent, nil)) {
		d, dt = st.c.opts.DateFunc(st.prevSent, refDate)
	}
	if dt == "" || !pastDate(d, refDate) {
		return "", ""
	}
	return d, sent[toks[at].start:toks[at+n-1].end]
}
