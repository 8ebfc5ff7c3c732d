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

// quoteSpans finds quotations in curly and straight marks. A quote that
// runs over several paragraphs opens each paragraph with a mark and closes
// only at its end.
func quoteSpans(text string) []span {
	var out []span
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '“' || r == '"' && opensStraight(text, i) {
			closeMark := '”'
			if r == '"' {
				closeMark = '"'
			}
			j := i + n
			multi := false
			for j < len(text) {
				c, m := utf8.DecodeRuneInString(text[j:])
				if c == closeMark {
					break
				}
				if c == '\n' && strings.HasPrefix(text[j:], "\n\n") {
					// A new paragraph: the quote goes on only if it opens
					// with a mark again.
					k := j
					for k < len(text) && (text[k] == '\n' || text[k] == ' ') {
						k++
					}
					o, on := utf8.DecodeRuneInString(text[k:])
					if o == r {
						multi = true
						j = k + on
						continue
					}
					break
				}
				if c == '“' && r == '“' {
					// nested opening: find its close and go on
					if e := strings.IndexRune(text[j+m:], '”'); e >= 0 {
						j += m + e + len("”")
						continue
					}
				}
				j += m
			}
			if j < len(text) {
				c, m := utf8.DecodeRuneInString(text[j:])
				if c == closeMark {
					out = append(out, span{open: i, close: j, start: i + n, end: j, multi: multi})
					i = j + m
					continue
				}
			}
			i = j
			continue
		}
		i += n
	}
	return out
}

// opensStraight decides whether a straight double quote at i opens a
// quotation (it follows a space, a line start or an opening bracket).
func opensStraight(text string, i int) bool {
	if i == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == ':'
}

const speechVerbs = `said|says|say|added|adds|told|stressed|noted|stated|declared|insisted|argued|warned|explained|wrote|announced|pointed out|underlined|underscored|emphasized|emphasised|asked|replied|recalled|continued|concluded`

const titleWords = `President|counterpart|Vice President|Premier|Prime Minister|Chancellor|Minister|Foreign Minister|Secretary|Secretary of State|Secretary-General|Ambassador|Spokesperson|Spokesman|Spokeswoman|spokesperson|spokesman|spokeswoman|Chairman|Chair|Governor|General|Senator|Representative|King|Queen|Prince|Mayor|Director|Commissioner|Envoy|Leader|leader|Deputy|Chief|CEO|Dr\.|Mr\.|Mrs\.|Ms\.`

var (
	// A name: one to four capitalised words (with hyphens and particles).
	nameRe = `([A-Z][\p{L}'’-]+(?:\s+(?:de|van|von|al|bin|da|la|le)?\s*[A-Z][\p{L}'’-]+){0,3})`
	// A title phrase before a name: "Foreign Ministry spokesperson", "Russian President".
	titlePhrase = `((?:[A-Z][\p{L}]+\s+){0,4}(?:` + titleWords + `)(?:\s+of\s+[A-Z][\p{L}]+)?)`

	afterRe  = regexp.MustCompile(`^[,.!?]?\s*(?:(he|she|they|He|She|They)\s+(?:` + speechVerbs + `)|(?:` + speechVerbs + `)\s+(?:` + titlePhrase + `\s+)?` + nameRe + `|(?:` + titlePhrase + `\s+)?` + nameRe + `\s+(?:` + speechVerbs + `)|(?:` + speechVerbs + `)\s+(?:the\s+)?` + titlePhrase + `|(?:the\s+)?` + titlePhrase + `\s+(?:` + speechVerbs + `))`)
	beforeRe = regexp.MustCompile(`(?:` + titlePhrase + `\s+)?` + nameRe + `\s+(?:` + speechVerbs + `)(?:\s+[a-z]+){0,6}\s*[,:]\s*$|\b(he|she|He|She)\s+(?:` + speechVerbs + `)(?:\s+[a-z]+){0,6}\s*[,:]\s*$|[Aa]ccording to\s+(?:` + titlePhrase + `\s+)?` + nameRe + `\s*,\s*$`)
	// An attribution line after a block quote: "– Foreign Ministry
	// spokesperson Zhao Lijian said during a regular press conference on
	// December 7, 2021."
	lineRe = regexp.MustCompile(`^\s*[–—-]+\s*(?:` + titlePhrase + `\s+)?` + nameRe + `(?:,\s*[^,]{2,80},)?\s+(?:` + speechVerbs + `)`)
	// A partial quote inside a sentence with its speaker as subject:
	// "the two leaders called the relationship a “…”".
	partialRe = regexp.MustCompile(`(?:` + titlePhrase + `\s+)?` + nameRe + `\s+(?:called|described|termed|dubbed|branded|said|described it as)\b[^.“"]{0,80}$`)
	personRe  = regexp.MustCompile(`(?:` + titlePhrase + `\s+)` + nameRe)
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
	people := knownPeople(text)
	var out []news.Quote
	for _, s := range spans {
		content := strings.TrimSpace(text[s.start:s.end])
		words := len(strings.Fields(content))
		if words == 0 {
			continue
		}
		sp, attribution, ok := attribute(text, s, people, words)
		if !ok {
			continue
		}
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

	// A block quote: the quote is a paragraph of its own and the next
	// paragraph is an attribution line.
	if strings.TrimSpace(before) == "" && strings.TrimSpace(afterLine) == "" {
		next := strings.TrimLeft(after, "\n ")
		if i := strings.Index(next, "\n"); i >= 0 {
			next = next[:i]
		}
		if m := lineRe.FindStringSubmatch(next); m != nil {
			return people.speaker(m[2], m[1]), next, words >= minQuoteWords
		}
		return news.Speaker{}, "", false
	}
	if m := afterRe.FindStringSubmatch(afterLine); m != nil && words >= minQuoteWords {
		sentence := afterLine
		if i := strings.IndexAny(sentence, ".!?"); i > 0 {
			sentence = sentence[:i+1]
		}
		switch {
		case m[1] != "":
			return people.pronoun(s.open), sentence, true
		case m[3] != "":
			return people.speaker(m[3], m[2]), sentence, true
		case m[5] != "":
			return people.speaker(m[5], m[4]), sentence, true
		case m[6] != "":
			return people.titleOnly(m[6]), sentence, true
		case m[7] != "":
			return people.titleOnly(m[7]), sentence, true
		}
	}
	if m := beforeRe.FindStringSubmatch(before); m != nil && words >= minQuoteWords {
		switch {
		case m[2] != "":
			return people.speaker(m[2], m[1]), before, true
		case m[3] != "":
			return people.pronoun(s.open), before, true
		case m[5] != "":
			return people.speaker(m[5], m[4]), before, true
		}
	}
	// A quoted phrase inside a sentence whose subject called it so.
	sentStart := strings.LastIndexAny(before, ".!?") + 1
	if m := partialRe.FindStringSubmatch(before[sentStart:]); m != nil && !isPronounWord(m[2]) {
		return people.speaker(m[2], m[1]), before[sentStart:], true
	}
	if pairRe.MatchString(before[sentStart:]) {
		if sp, ok := people.lastTwo(s.open); ok {
			return sp, before[sentStart:], true
		}
	}
	return news.Speaker{}, "", false
}

// roster tracks the people a text names, to resolve surnames and pronouns.
type roster struct {
	text  string
	names []mention
}

type mention struct {
	pos         int
	name, title string
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
			lo, hi := max(0, i-80), min(len(text), i+len(tw)+80)
			for lo > 0 && !utf8.RuneStart(text[lo]) {
				lo--
			}
			for hi < len(text) && !utf8.RuneStart(text[hi]) {
				hi++
			}
			for _, m := range personRe.FindAllStringSubmatchIndex(text[lo:hi], -1) {
				if m[4] < 0 || seen[lo+m[0]] || m[1] < i-lo {
					continue
				}
				seen[lo+m[0]] = true
				r.names = append(r.names, mention{pos: lo + m[0], title: strings.TrimSpace(text[lo+m[2] : lo+m[3]]), name: text[lo+m[4] : lo+m[5]]})
			}
		}
	}
	sort.Slice(r.names, func(i, j int) bool { return r.names[i].pos < r.names[j].pos })
	return r
}

// titleKeys are the words the person pattern cannot match without.
var titleKeys = strings.Split(strings.NewReplacer(`\.`, ".").Replace(titleWords), "|")

// speaker normalises a name found in an attribution, completing a surname
// or given name from the people the text names.
func (r *roster) speaker(name, title string) news.Speaker {
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
func (r *roster) pronoun(pos int) news.Speaker {
	best, bestPos := news.Speaker{}, -1
	for _, m := range r.names {
		if m.pos < pos && m.pos > bestPos {
			best, bestPos = news.Speaker{Name: m.name, Title: m.title}, m.pos
		}
	}
	// A later bare surname of someone named earlier ("Xi said …").
	for _, m := range r.names {
		parts := strings.Fields(m.name)
		if len(parts) < 2 {
			continue
		}
		for _, short := range []string{parts[0], parts[len(parts)-1]} {
			if at := lastWord(r.text[:pos], short); at > bestPos {
				best, bestPos = news.Speaker{Name: m.name, Title: m.title}, at
			}
		}
	}
	return best
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

// lastWord is the offset of the last whole-word occurrence of w in s, or -1.
func lastWord(s, w string) int {
	for end := len(s); ; {
		i := strings.LastIndex(s[:end], w)
		if i < 0 {
			return -1
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if (i == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) &&
			(i+len(w) == len(s) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return i
		}
		end = i
	}
}
