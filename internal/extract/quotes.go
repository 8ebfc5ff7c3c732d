// Package extract finds the facts news analysts read for besides events:
// quotations with their speakers and the dates they were said, amounts of
// money and other quantities with the phrase they measure, and dates
// resolved against the publication date.
//
// All offsets are byte offsets in the text given.
package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad/internal/news"
)

// ActorResolver gives the CAMEO actor of a named speaker with a title on a
// date; the event coder implements it.
type ActorResolver interface {
	ResolveActor(name, title, date string) news.Actor
}

// Options configure Quotes.
type Options struct {
	// Published is the publication date, YYYY-MM-DD ("" if unknown): a
	// quote with no date of its own was said then.
	Published string
	// Actors resolves speakers to actor codes; nil leaves Actor empty.
	Actors ActorResolver
}

// span is a quotation found in the text: its content and the marks.
type span struct {
	open, close int // byte offsets of the opening and closing marks
	start, end  int // the content
	multi       bool
}

// quoteSpans finds quotations in curly and straight double marks. Whether
// a mark opens or closes is read from what flanks it (a space before and a
// word after open; a word or punctuation before and a space after close),
// and from its shape only when the flanks do not tell, so mistyped marks
// ("here,“ said") and straight marks pair as a reader pairs them. Nested
// double marks are followed to the outer close. A quote that runs over
// several paragraphs opens each paragraph with a mark again and closes only
// at its end; a quote not closed by the end of its paragraph is dropped.
func quoteSpans(text string) []span {
	var out []span
	open, depth := -1, 0
	multi := false
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n' && open >= 0:
			// The end of a line inside a quotation.
			if lineWrapped(text, i) {
				i++
				continue
			}
			k := i
			for k < len(text) && (text[k] == '\n' || text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
				k++
			}
			if r, n := utf8.DecodeRuneInString(text[k:]); isDoubleMark(r) && markOpens(text, k, n, false) {
				multi, depth = true, 1
				i = k + n
				continue
			}
			open, depth, multi = -1, 0, false
			i = k
			continue
		case c == '"' || c == 0xe2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9c || text[i+2] == 0x9d):
			n := 1
			if c == 0xe2 {
				n = 3
			}
			if markOpens(text, i, n, open >= 0) {
				if open < 0 {
					open, depth, multi = i, 1, false
				} else {
					depth++
				}
			} else if open >= 0 {
				depth--
				if depth == 0 {
					on := 1
					if text[open] == 0xe2 {
						on = 3
					}
					out = append(out, span{open: open, close: i, start: open + on, end: i, multi: multi})
					open, multi = -1, false
				}
			}
			i += n
			continue
		}
		i++
	}
	return out
}

// isDoubleMark reports whether r is a double quotation mark.
func isDoubleMark(r rune) bool { return r == '"' || r == '“' || r == '”' }

// markOpens decides whether the double mark of n bytes at i opens a
// quotation; inQuote says whether one is open.
func markOpens(text string, i, n int, inQuote bool) bool {
	p, _ := utf8.DecodeLastRuneInString(text[:i])
	q, _ := utf8.DecodeRuneInString(text[i+n:])
	spaceBefore := i == 0 || unicode.IsSpace(p) || strings.ContainsRune("([{—–―-/", p)
	spaceAfter := i+n == len(text) || unicode.IsSpace(q) || strings.ContainsRune(".,;:!?)]}—–―-…", q) || q == '’' || q == '\''
	switch {
	case spaceBefore && !spaceAfter:
		return true
	case spaceAfter && !spaceBefore:
		return false
	}
	switch text[i : i+n] {
	case "“":
		return true
	case "”":
		return false
	}
	return !inQuote
}

// lineWrapped reports whether the line break at i only wraps a paragraph
// (hard-wrapped wire copy): a single break after a word or comma, the next
// line not indented.
func lineWrapped(text string, i int) bool {
	if i+1 >= len(text) || text[i+1] == '\n' || text[i+1] == ' ' || text[i+1] == '\t' {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(p) || p == ','
}

const speechVerbs = `said|says|say|added|adds|told|stressed|noted|stated|declared|insisted|argued|warned|explained|wrote|announced|pointed out|underlined|underscored|emphasized|emphasised|asked|replied|recalled|continued|concluded`

const titleWords = `President|counterpart|Vice President|Premier|Prime Minister|Chancellor|Minister|Foreign Minister|Secretary|Secretary of State|Secretary-General|Ambassador|Spokesperson|Spokesman|Spokeswoman|spokesperson|spokesman|spokeswoman|Chairman|Chair|Governor|General|Senator|Representative|King|Queen|Prince|Mayor|Director|Commissioner|Envoy|Leader|leader|Deputy|Chief|CEO|Dr\.|Mr\.|Mrs\.|Ms\.`

var (
	// A name: one to four capitalised words (with hyphens and particles).
	nameRe = `([A-Z][\p{L}'’-]+(?:\s+(?:de|van|von|al|bin|da|la|le)?\s*[A-Z][\p{L}'’-]+){0,3})`
	// A title phrase before a name: "Foreign Ministry spokesperson", "Russian President".
	titlePhrase = `((?:[A-Z][\p{L}]+\s+){0,4}(?:` + titleWords + `)(?:\s+of\s+[A-Z][\p{L}]+)?)`

	// An attribution line after a block quote: "– Foreign Ministry
	// spokesperson Zhao Lijian said during a regular press conference on
	// December 7, 2021."
	lineRe = regexp.MustCompile(`^\s*[–—-]+\s*(?:` + titlePhrase + `\s+)?` + nameRe + `(?:,\s*[^,]{2,80},)?\s+(?:` + speechVerbs + `)`)
	// A partial quote inside a sentence with its speaker as subject:
	// "the two leaders called the relationship a “…”".
	partialRe = regexp.MustCompile(`(?:` + titlePhrase + `\s+)?` + nameRe + `\s+(?:(?:is |was |has been )?(?:called|calls|calling|described|describes|describing|termed|dubbed|branded|labeled|labelled|labeling|labelling)|said|described it as)\b[^.“"]{0,80}$`)
	personAt  = regexp.MustCompile(`^(?:` + titlePhrase + `\s+)` + nameRe)
	// "the two leaders called the relationship a “…”": both of the last two
	// people named.
	pairRe = regexp.MustCompile(`(?i)\b(?:the two|both)\s+(?:leaders|presidents|sides|ministers|heads of state)\s+(?:called|described|termed|dubbed|said)\b[^.“"]{0,80}$`)
)

// minQuoteWords: a quoted phrase shorter than this is a quotation only
// when it is attributed inside its own sentence; shorter unattributed
// phrases ("democracy", "rules") are scare quotes.
const minQuoteWords = 4

// Quotes finds the quotations of a text with their speakers.
func Quotes(text string, opts Options) []news.Quote {
	spans := quoteSpans(text)
	if len(spans) == 0 {
		return nil
	}
	people := &roster{text: text, quotes: spans}
	var out []news.Quote
	prevClose := -1 // the closing mark of the last quote attributed
	for _, s := range spans {
		content := strings.TrimSpace(text[s.start:s.end])
		words := len(strings.Fields(content))
		if words == 0 {
			continue
		}
		sp, attribution, ok := attribute(text, s, people, words)
		if !ok && prevClose >= 0 && words >= minQuoteWords && continues(text[prevClose:s.open]) {
			// "“…,” he said. “…”": the speaker goes on.
			last := out[len(out)-1]
			q := news.Quote{Text: strings.Trim(content, " ,"), Start: s.start, End: s.end, Speaker: last.Speaker, Date: last.Date, DateText: last.DateText}
			out = append(out, q)
			prevClose = s.close
			continue
		}
		if !ok {
			continue
		}
		prevClose = s.close
		q := news.Quote{Text: strings.Trim(content, " ,"), Start: s.start, End: s.end, Speaker: sp}
		q.Date, q.DateText = opts.Published, ""
		if d, dt, ok := ResolveDate(attribution, opts.Published); ok {
			q.Date, q.DateText = d, dt
		}
		if opts.Actors != nil && sp.Name != "" {
			q.Speaker.Actor = opts.Actors.ResolveActor(sp.Name, sp.Title, q.Date).Code
		}
		out = append(out, q)
	}
	return out
}

// attribute finds who said a quotation and the text of the attribution
// (for its date).
func attribute(text string, s span, people *roster, words int) (news.Speaker, string, bool) {
	after := text[s.close:]
	if _, n := utf8.DecodeRuneInString(after); n > 0 {
		after = after[n:]
	}
	afterLine := after
	if i := strings.Index(afterLine, "\n"); i >= 0 {
		afterLine = afterLine[:i]
	}
	lineStart := strings.LastIndex(text[:s.open], "\n") + 1
	before := text[lineStart:s.open]

	// A block quote: the quote is a paragraph of its own, introduced by
	// the paragraph before ("Cruz continued:") or followed by an
	// attribution line ("– Foreign Ministry spokesperson Zhao Lijian said
	// …", "- Bernie Sanders.").
	if strings.TrimSpace(before) == "" && strings.TrimSpace(afterLine) == "" {
		if intro := prevParagraph(text, lineStart); strings.HasSuffix(intro, ":") {
			intro = intro[sentenceStart(intro):]
			if p := beforeClause(intro, false); p.ok() {
				return people.resolve(p, s.open), intro, true
			}
		}
		next := strings.TrimLeft(after, "\n ")
		if i := strings.Index(next, "\n"); i >= 0 {
			next = next[:i]
		}
		if m := lineRe.FindStringSubmatch(next); m != nil {
			return people.speaker(m[2], m[1]), next, words >= minQuoteWords
		}
		if p := dashName(next); p.ok() && words >= minQuoteWords {
			return people.resolve(p, s.open), next, true
		}
		return news.Speaker{}, "", false
	}
	content := strings.TrimSpace(text[s.start:s.end])
	endsSentence := strings.HasSuffix(content, ".")
	// A short phrase is a quotation when its speaker follows at once
	// ("“Denver,” he answered"), not when it sits in a sentence that
	// reports speech ("invoking “democracy”").
	shortOK := strings.HasSuffix(content, ",") || strings.HasSuffix(content, "?") || strings.HasSuffix(content, "!")
	if words < minQuoteWords && workTitle(content, before) {
		// "on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell
		// Issa said": the name of a show, a book or a film.
		return news.Speaker{}, "", false
	}
	sentence := before[sentenceStart(before):]
	if words >= minQuoteWords || shortOK {
		if p, clause := afterClause(afterLine, endsSentence); p.ok() {
			// "Joe Biden weighed in, telling Mic, “…,” he said": the
			// name that leads into the quote beats the pronoun after it.
			if p.pronoun {
				if q := beforeClause(sentence, words < minQuoteWords); q.name != "" {
					return people.resolve(q, s.open), sentence, true
				}
			}
			return people.resolve(p, s.open), clause, true
		}
	}
	// A short quote counts when a speech verb leads right into it ("Sanders
	// had said, “We’ll see,”", "a man yelled “Stay there!”").
	if p := beforeClause(sentence, words < minQuoteWords); p.ok() {
		return people.resolve(p, s.open), sentence, true
	}
	// A quoted phrase inside a sentence whose subject called it so.
	if m := partialRe.FindStringSubmatch(sentence); m != nil {
		switch {
		case pronounWords[strings.ToLower(m[2])]:
			// "She called his actions “a crucial step forward”"
			people.ensure()
			if sp := people.pronoun(s.open, strings.ToLower(m[2])); sp.Name != "" {
				return sp, sentence, true
			}
		case !isPronounWord(m[2]):
			return people.speaker(m[2], m[1]), sentence, true
		}
	}
	if pairRe.MatchString(sentence) {
		if sp, ok := people.lastTwo(s.open); ok {
			return sp, sentence, true
		}
	}
	return news.Speaker{}, "", false
}

// continues reports whether the text between two quotations only
// attributes the first ("”, he said. ", "” she added, "), so the second
// is the same speaker's.
func continues(between string) bool {
	if strings.ContainsRune(between, '\n') || len(between) > 80 {
		return false
	}
	ws := strings.Fields(strings.Trim(between, "”\" "))
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	for v := range ws {
		if verbAt(ws, v) != notVerb {
			return true
		}
	}
	return false
}

// workTitle reports whether a short quoted phrase names a work: its words
// are capitalised and it follows a possessive or a preposition ("ABC’s
// “This Week,”", "in “Guardians of the Galaxy,”").
func workTitle(content, before string) bool {
	for _, w := range strings.Fields(content) {
		if !isCap(w) && !particle(w) && w != "of" && w != "the" && w != "and" && w != "a" {
			return false
		}
	}
	ws := strings.Fields(before)
	if len(ws) == 0 {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	switch last {
	case "on", "in", "at", "from", "titled", "entitled", "and", "of", "called", "named", "show", "program", "film", "book", "column", "song":
		return true
	}
	return strings.HasSuffix(last, "’s") || strings.HasSuffix(last, "'s")
}

// prevParagraph is the paragraph that ends before the line starting at
// lineStart, without its surrounding space.
func prevParagraph(text string, lineStart int) string {
	prev := strings.TrimRight(text[:lineStart], "\n \t\r\u00a0")
	return strings.TrimSpace(prev[strings.LastIndex(prev, "\n")+1:])
}

// roster tracks the people a text names, to resolve surnames and
// pronouns. It reads the text on first use: most texts quote nobody.
type roster struct {
	genders map[string]byte    // otherGender's guesses by name
	short   map[string]mention // first and last names of the people named in full
	text    string
	quotes  []span // people named inside these are not the text's speakers
	built   bool
	names   []mention
}

// ensure reads the people of the text once.
func (r *roster) ensure() {
	if !r.built {
		r.built = true
		r.names = knownPeople(r.text).names
		// Drop the people named inside quotations: "he said" after
		// "“You’ve got to …”" is not about "You’ve".
		kept, q := r.names[:0], 0
		for _, m := range r.names {
			for q < len(r.quotes) && r.quotes[q].end <= m.pos {
				q++
			}
			if q < len(r.quotes) && r.quotes[q].start <= m.pos {
				continue
			}
			kept = append(kept, m)
		}
		r.names = kept
	}
}

// add records a speaker named at pos, for later pronouns.
func (r *roster) add(pos int, sp news.Speaker) {
	if sp.Name != "" {
		r.names = append(r.names, mention{pos: pos, name: sp.Name, title: sp.Title, speaks: true})
	}
}

// resolve turns a speaker phrase into a speaker: a pronoun into the last
// person named, a surname into the full name the text used, a title
// into the person who holds it.
func (r *roster) resolve(p np, pos int) news.Speaker {
	r.ensure()
	var sp news.Speaker
	switch {
	case p.pronoun:
		return r.pronoun(pos, p.pron)
	case p.name != "":
		sp = r.speaker(p.name, p.title)
	default:
		sp = r.titleOnly(p.title)
	}
	r.add(pos, sp)
	return sp
}

type mention struct {
	pos         int
	name, title string
	speaks      bool // the subject of a speech verb or a quotation's speaker
}

func knownPeople(text string) *roster {
	r := &roster{text: text}
	// The person pattern is costly on a whole article: run it only on
	// windows around the title words it needs.
	seen := map[int]bool{}
	for _, tw := range titleKeys {
		for from := 0; ; {
			i := strings.Index(text[from:], tw)
			if i < 0 {
				break
			}
			i += from
			from = i + len(tw)
			// The pattern can only start at one of the (at most four)
			// capitalised words right before the title word, or at it:
			// try it anchored there, nearest the text's start first.
			hi := min(len(text), i+len(tw)+80)
			for hi < len(text) && !utf8.RuneStart(text[hi]) {
				hi++
			}
			starts := capWordsBefore(text, i, 4)
			for _, st := range starts {
				m := personAt.FindStringSubmatchIndex(text[st:hi])
				if m == nil {
					continue
				}
				if m[4] >= 0 && st+m[1] >= i && !seen[st] {
					seen[st] = true
					r.names = append(r.names, mention{pos: st, title: strings.TrimSpace(text[st+m[2] : st+m[3]]), name: text[st+m[4] : st+m[5]]})
				}
				break
			}
		}
	}
	titled := len(r.names)
	for _, m := range append(subjects(text), sentenceSubjects(text)...) {
		for _, t := range r.names[:titled] {
			if strings.HasSuffix(t.name, " "+m.name) || strings.HasPrefix(t.name, m.name+" ") {
				m.name, m.title = t.name, t.title
				break
			}
		}
		r.names = append(r.names, m)
	}
	sort.Slice(r.names, func(i, j int) bool { return r.names[i].pos < r.names[j].pos })
	// A surname alone stands for the full name the text used for it
	// ("Sanders unloaded …" after "Sen. Bernie Sanders said …"): the
	// first full name that begins or ends with it.
	full := map[string]mention{}
	for _, f := range r.names {
		if parts := strings.Fields(f.name); len(parts) > 1 {
			for _, w := range []string{parts[0], parts[len(parts)-1]} {
				if _, ok := full[w]; !ok {
					full[w] = f
				}
			}
		}
	}
	for i := range r.names {
		m := &r.names[i]
		if f, ok := full[m.name]; ok {
			m.name = f.name
			if m.title == "" {
				m.title = f.title
			}
		}
	}
	return r
}

// capWordsBefore is the starts of up to n capitalised words of letters
// that run up to the word at i, in text order, and i.
func capWordsBefore(text string, i, n int) []int {
	starts := []int{i}
	at := i
	for len(starts) <= n {
		j := at
		k := j
		for k > 0 && unicode.IsSpace(rune(text[k-1])) {
			k--
		}
		if k == j || k == 0 {
			break
		}
		e := k
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:k])
			if !unicode.IsLetter(r) {
				break
			}
			k -= size
		}
		if k == e {
			break
		}
		if r, _ := utf8.DecodeRuneInString(text[k:e]); !unicode.IsUpper(r) || k > 0 && !unicode.IsSpace(rune(text[k-1])) {
			break
		}
		starts = append(starts, k)
		at = k
	}
	for a, b := 0, len(starts)-1; a < b; a, b = a+1, b-1 {
		starts[a], starts[b] = starts[b], starts[a]
	}
	return starts
}

// titleKeys are the words the person pattern cannot match without.
var titleKeys = strings.Split(strings.NewReplacer(`\.`, ".").Replace(titleWords), "|")

// speaker normalises a name found in an attribution, completing a surname
// or given name from the people the text names.
func (r *roster) speaker(name, title string) news.Speaker {
	r.ensure()
	name = strings.TrimSpace(name)
	title = strings.TrimSpace(title)
	for _, m := range r.names {
		if m.name == name || strings.HasSuffix(m.name, " "+name) || strings.HasPrefix(m.name, name+" ") {
			if title == "" {
				title = m.title
			}
			return news.Speaker{Name: m.name, Title: title}
		}
	}
	return news.Speaker{Name: name, Title: title}
}

// titleOnly is a speaker known only by title ("the spokesperson said").
func (r *roster) titleOnly(title string) news.Speaker {
	r.ensure()
	title = strings.TrimSpace(title)
	for i := len(r.names) - 1; i >= 0; i-- {
		if strings.EqualFold(r.names[i].title, title) {
			return news.Speaker{Name: r.names[i].name, Title: r.names[i].title}
		}
	}
	return news.Speaker{Title: title}
}

// pronoun resolves "he said" to the last person named before pos, by a
// full name or a surname the text uses for someone it named in full.
func (r *roster) pronoun(pos int, pron string) news.Speaker {
	// The last person who spoke before pos ("Kelly said …. “…,” she
	// said") whom the text does not call by the other gender; failing
	// that, the last person named.
	best, bestPos, speaks := news.Speaker{}, -1, false
	for _, m := range r.names {
		if m.pos < pos && (m.speaks && (!speaks || m.pos > bestPos) || !speaks && !m.speaks && m.pos > bestPos) {
			if m.speaks && r.otherGender(m, pron) {
				continue
			}
			best, bestPos, speaks = news.Speaker{Name: m.name, Title: m.title}, m.pos, m.speaks
		}
	}
	if speaks {
		return best
	}
	// A later bare surname of someone named earlier ("Xi said …"): the
	// last word before pos, within a few paragraphs, that is the first or
	// last name of someone named in full.
	if r.short == nil {
		r.short = map[string]mention{}
		for _, m := range r.names {
			if parts := strings.Fields(m.name); len(parts) > 1 {
				r.short[parts[0]], r.short[parts[len(parts)-1]] = m, m
			}
		}
	}
	lo := max(bestPos+1, pos-4000)
	for end := pos; end > lo; {
		// The word that ends at or before end.
		e := end
		for e > lo {
			c, n := utf8.DecodeLastRuneInString(r.text[:e])
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				break
			}
			e -= n
		}
		b := e
		for b > lo {
			c, n := utf8.DecodeLastRuneInString(r.text[:b])
			if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
				break
			}
			b -= n
		}
		if b == e {
			break
		}
		if m, ok := r.short[r.text[b:e]]; ok && (b > lo || b == 0) {
			return news.Speaker{Name: m.name, Title: m.title}
		}
		end = b
	}
	return best
}

// otherGender reports whether the text calls m by the gender other than
// the pronoun's, by an honorific ("Mr.", "Mrs.", "Ms."). (Counting the
// he/his and she/her words near the name was tried and lowered the
// strict PolNeAR figures: those words are as often about someone else.)
func (r *roster) otherGender(m mention, pron string) bool {
	var want byte
	switch pron {
	case "he":
		want = 'm'
	case "she":
		want = 'f'
	default:
		return false
	}
	if r.genders == nil {
		r.genders = map[string]byte{}
	}
	g, ok := r.genders[m.name]
	if !ok {
		g = genderOf(m)
		r.genders[m.name] = g
	}
	return g != 0 && g != want
}

// genderOf is the gender a person's honorific gives: 'm', 'f' or 0.
func genderOf(m mention) byte {
	switch {
	case strings.Contains(m.title, "Mr.") || strings.Contains(m.title, "Congressman"):
		return 'm'
	case strings.Contains(m.title, "Mrs.") || strings.Contains(m.title, "Ms.") || strings.Contains(m.title, "Congresswoman"):
		return 'f'
	}
	return 0
}

func isPronounWord(s string) bool {
	switch s {
	case "He", "She", "They", "It", "We", "The", "This", "That":
		return true
	}
	return false
}

// lastTwo is the last two different people named before pos, as one
// speaker ("Xi Jinping and Vladimir Putin").
func (r *roster) lastTwo(pos int) (news.Speaker, bool) {
	r.ensure()
	var names []string
	for i := len(r.names) - 1; i >= 0 && len(names) < 2; i-- {
		m := r.names[i]
		if m.pos >= pos {
			continue
		}
		dup := false
		for _, n := range names {
			dup = dup || n == m.name || strings.Contains(n, m.name) || strings.Contains(m.name, n)
		}
		if !dup {
			names = append(names, m.name)
		}
	}
	if len(names) < 2 {
		return news.Speaker{}, false
	}
	return news.Speaker{Name: names[1] + " and " + names[0]}, true
}

// sentenceSubjects are the names that open a sentence as its subject
// ("Thompson was talking …", "Brianne Stone, 29, of Huntsville, says …"):
// one to three capitalised words followed by a verb or a comma.
func sentenceSubjects(text string) []mention {
	type tok struct {
		w     string
		pos   int
		start bool // opens a sentence
	}
	var toks []tok
	start := true
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			start = true
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r' {
			j++
		}
		w := text[i:j]
		toks = append(toks, tok{w, i, start})
		start = endsSentenceTok(w) || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!") ||
			strings.HasSuffix(w, ".”") || strings.HasSuffix(w, ".\"")
		i = j
	}
	// The capitalised words the text also uses inside a sentence (after a
	// lowercase word or a comma), as names are used.
	mid := map[string]bool{}
	for n := 1; n < len(toks); n++ {
		if p := toks[n-1].w; !toks[n].start && isCap(toks[n].w) && (p[len(p)-1] >= 'a' && p[len(p)-1] <= 'z' || p[len(p)-1] == ',') {
			mid[trimTok(toks[n].w)] = true
		}
	}
	var out []mention
	for t := 0; t < len(toks); t++ {
		if !toks[t].start {
			continue
		}
		k := t
		// Past an opening phrase: "On Thursday, Sanders unloaded …".
		if introWords[strings.ToLower(toks[k].w)] {
			e := k
			for e < len(toks) && e < k+6 && !strings.HasSuffix(toks[e].w, ",") {
				e++
			}
			if e >= len(toks) || e == k+6 {
				continue
			}
			k = e + 1
		}
		if k >= len(toks) || !isCap(toks[k].w) {
			continue
		}
		// The noun phrase: capitalised words, and lowercase title words
		// between them ("Democratic presidential front-runner Hillary
		// Clinton"), up to a verb or a comma.
		var run []string
		found := false
		for n := k; n < len(toks) && n < k+8; n++ {
			w := toks[n].w
			if strings.ContainsAny(w, "”\"“") || n > k && toks[n].start {
				break
			}
			lw := strings.ToLower(w)
			if isCap(w) {
				if endsSentenceTok(w) {
					break
				}
				run = append(run, w)
				if strings.HasSuffix(w, ",") {
					found = true
					break
				}
				continue
			}
			if len(run) > 0 && isCap(run[len(run)-1]) && (trailWords[lw] || verbLike(w)) {
				found = true
				break
			}
			// A lowercase word stays in the phrase only if a capitalised
			// word follows within three words.
			more := false
			for m := n + 1; m < len(toks) && m <= n+3; m++ {
				if isCap(toks[m].w) {
					more = true
					break
				}
				if verbLike(toks[m].w) {
					break
				}
			}
			if !more || verbLike(w) {
				break
			}
			run = append(run, w)
		}
		if !found || len(run) == 0 || toks[k].w == strings.ToUpper(toks[k].w) {
			continue
		}
		name, title := nameRun(run)
		if name == "" || notNames[name] || notNames[trimTok(toks[k].w)] || leadWords[strings.ToLower(trimTok(toks[k].w))] {
			continue
		}
		if !strings.Contains(name, " ") && !mid[name] {
			continue // "Things have changed", "Recently, he said": not a name
		}
		out = append(out, mention{pos: toks[k].pos, name: name, title: title, speaks: true})
	}
	return out
}

// endsSentenceTok reports whether a token ends a sentence with its period
// (not "Mr." or "H.W.").
func endsSentenceTok(tok string) bool {
	return strings.HasSuffix(tok, ".") && !abbrevBefore(tok, len(tok)-1)
}

// subjects are the names that say something in the text ("Kelly said
// she asked …"): the capitalised words right before a speech verb.
func subjects(text string) []mention {
	var out []mention
	var prev [4]string // the last words, most recent last
	var prevPos [4]int
	for i := 0; i < len(text); {
		for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' {
			j++
		}
		if i == j {
			break
		}
		w := text[i:j]
		if verbOf(w) == finite && !isCap(w) && prev[3] != "" && !strings.ContainsAny(prev[3], ",.;:”\"") &&
			!strings.HasSuffix(prev[3], "’s") && !strings.HasSuffix(prev[3], "'s") {
			k := 3
			for k > 0 && prev[k-1] != "" && isCap(prev[k-1]) && !strings.ContainsAny(prev[k-1], ",;:”\"") && !endsSentenceTok(prev[k-1]) {
				k--
			}
			// Not a name: "While", "But", "The" opening the sentence.
			for k < 3 && (notNames[prev[k]] || introWords[strings.ToLower(prev[k])] || leadWords[strings.ToLower(prev[k])]) {
				k++
			}
			if name, title := nameRun(append([]string(nil), prev[k:]...)); name != "" && !notNames[name] && isCap(prev[3]) {
				out = append(out, mention{pos: prevPos[k], name: name, title: title, speaks: true})
			}
		}
		// Inverted: "…,” said James Henson, director of …".
		if verbOf(w) == finite && !isCap(w) && (strings.HasSuffix(prev[3], ",") || strings.HasSuffix(prev[3], "”") || strings.HasSuffix(prev[3], "\"")) && j < len(text) && text[j] == ' ' {
			rest := text[j+1 : min(len(text), j+121)]
			if e := strings.IndexByte(rest, '\n'); e >= 0 {
				rest = rest[:e]
			}
			if p := phraseAfter(rest); p.name != "" && isCap(rest) && !notNames[p.name] {
				out = append(out, mention{pos: j + 1, name: p.name, title: p.title, speaks: true})
			}
		}
		copy(prev[:], prev[1:])
		copy(prevPos[:], prevPos[1:])
		prev[3], prevPos[3] = w, i
		i = j
	}
	return out
}
