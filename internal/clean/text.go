package clean

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dyad/internal/sources"
)

// Lines that are never article text: syndication and content-farm tails,
// newspaper-archive scan furniture, share and comment widgets. Matched on
// the whole trimmed line, case-insensitively; a tail glued to the next
// text ("Comments are closed.China Today") is split off first.
var junkLine = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`view original content.*`,
	`source link`,
	`comments are closed\.?`,
	`newspapers in english`,
	`newspapers from [a-z ]+`,
	`[?\s]*\?\?[?\s]*`, // OCR placeholders for unreadable glyphs: "?? ??"
	`share this (?:article|story|page)[: ].*|share this (?:article|story|page)`,
	`(?:click|tap) here to (?:subscribe|read more|sign up).*`,
	`sign up for (?:our|the) newsletter.*`,
	`advertisement`,
	`related (?:articles|stories|posts):?`,
	`(?:read|see) (?:more|also):?`,
	`leave a (?:comment|reply)`,
	`print this (?:article|page)`,
}, "|") + `)$`)

// teaserLine: a link to another piece inside the article ("Read more:
// …", "Related: …", "[Related: …]").
var teaserLine = regexp.MustCompile(`(?i)^\[?(?:read more|read also|also read|related|related posts?|related articles?|related stories|related coverage|see more|see also|more|also|also see|don't miss|recommended|watch|leggi anche|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|lea también|lee también|leia também)\s*:\s*\S.{0,200}$`)

// junkStarts are the first three bytes, lower-cased, of every junk line
// pattern: a cheap test before the regular expression.
var junkStarts = map[string]bool{}

func init() {
	for _, p := range strings.Fields(`vie sou com new ?? ?   ? sha cli tap sig adv rel rea see lea pri`) {
		junkStarts[p] = true
	}
}

func maybeJunk(t string) bool {
	if t == "" {
		return false
	}
	if t[0] == '?' {
		return true
	}
	if len(t) < 3 {
		return false
	}
	return junkStarts[strings.ToLower(t[:3])]
}

// gluedTail finds a tail glued to following text.
var gluedTail = regexp.MustCompile(`(?i)^(comments are closed\.|source link)\s*(\S.*)$`)

// datelines: "BEIJING, December 15, 2021 / PRNewswire / –",
// "BRUSSELS, May 20 (Example Wire) -", "NEW YORK, Dec. 15, 2021 (GLOBE
// NEWSWIRE) --", "WASHINGTON (AP) —", "SAN FRANCISCO--(BUSINESS WIRE)--".
var (
	datelineSlash = regexp.MustCompile(`^([A-Z][A-Za-z .'’-]{1,40}),\s+([A-Z][a-z]{2,9}\.?\s+\d{1,2},?\s+\d{4})\s*/\s*([^/]{2,40}?)\s*/\s*(?:--|[–—-])?\s*`)
	datelineParen = regexp.MustCompile(`^([A-Z][A-Za-z .'’-]{1,40}),\s+([A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*\(([^)]{2,40})\)\s*(?:--|[–—-])\s*`)
	datelineWire  = regexp.MustCompile(`^([A-Z][A-Z .'’,-]{1,40}?)\s*(?:--)?\(([^)]{2,40})\)\s*(?:--|[–—-])\s*`)
	textDate      = regexp.MustCompile(`^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\b`)
)

var dateLayouts = []string{"January 2, 2006", "January 2 2006", "Jan. 2, 2006", "Jan 2, 2006", "Jan. 2 2006", "Jan 2 2006"}

func parseDay(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// cleanText applies the text-level repairs. plain is true for plain-text
// input, where the first short line is the title and a lone first line
// naming a publication is the source.
func cleanText(text string, m *meta, plain bool) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u202f':
			return ' '
		case '\u200b', '\ufeff', '\u00ad':
			return -1
		}
		return r
	}, text)
	lines := strings.Split(text, "\n")
	// Split glued tails, then drop junk lines.
	var kept []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		glued := false
		for maybeJunk(t) {
			g := gluedTail.FindStringSubmatch(t)
			if g == nil {
				break
			}
			t, glued = strings.TrimSpace(g[2]), true
			l = t
		}
		if maybeJunk(t) && junkLine.MatchString(t) {
			continue
		}
		if !plain && teaserLine.MatchString(t) {
			continue
		}
		// A publication line glued to a tail heads the next piece of a
		// concatenated page: furniture too.
		if _, ok := editionLine(t); ok && glued {
			continue
		}
		kept = append(kept, l)
	}
	lines = kept
	if plain {
		lines = takeHeader(lines, m)
	}
	paras := paragraphs(lines, plain)
	if !plain {
		paras = dropBylines(dropCredits(paras))
	}
	// A dateline opens the first paragraph: it dates the piece and names
	// a distributor.
	if len(paras) > 0 {
		paras[0] = takeDateline(paras[0], m)
	}
	out := strings.Join(paras, "\n\n")
	return stripSignOff(out)
}

// repairText applies the case repairs and, without a better source, dates
// the piece from its text.
func repairText(out string, m *meta, english bool) string {
	out = repairCase(out, english)
	// Without a better source, a piece is dated by the latest full date it
	// reports ("on December 15, 2021"): it was written on or after it.
	if m.published.IsZero() {
		for _, d := range textDates(out) {
			if t, ok := parseDay(d); ok && t.After(m.published) {
				m.published, m.pubFrom, m.pubConf = t, "text", 0.3
			}
		}
	}
	return out
}

// textDates returns the full dates introduced by "on" or "dated" ("on
// December 15, 2021"), at most 50.
func textDates(s string) []string {
	var out []string
	for _, intro := range []string{"on ", "dated "} {
		rest := s
		for len(out) < 50 {
			i := strings.Index(rest, intro)
			if i < 0 {
				break
			}
			before := rest[:i]
			rest = rest[i+len(intro):]
			if r, _ := utf8.DecodeLastRuneInString(before); before != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue
			}
			if len(rest) > 0 && rest[0] >= 'A' && rest[0] <= 'Z' {
				if d := textDate.FindString(rest[:min(len(rest), 40)]); d != "" {
					out = append(out, d)
				}
			}
		}
	}
	return out
}

// takeHeader removes a lone publication line and a title line from the
// top of a plain-text document.
func takeHeader(lines []string, m *meta) []string {
	first := func() int {
		for i, l := range lines {
			if strings.TrimSpace(l) != "" {
				return i
			}
		}
		return -1
	}
	i := first()
	if i < 0 {
		return lines
	}
	l := strings.TrimSpace(lines[i])
	if o, ok := sources.Lookup(l); ok && isPublicationLine(l) {
		m.publication = o.Name
		lines = lines[i+1:]
	} else if pub, ok := editionLine(l); ok {
		m.publication = pub
		lines = lines[i+1:]
	}
	if i = first(); i < 0 {
		return lines
	}
	l = strings.TrimSpace(lines[i])
	nextBlank := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
	if nextBlank && utf8.RuneCountInString(l) <= 200 && !endsSentence(l) && len(strings.Fields(l)) >= 2 && !datelineSlash.MatchString(l) {
		if m.title == "" {
			m.title = l
		}
		lines = lines[i+1:]
	}
	return lines
}

// isPublicationLine: a short line that is only a name.
func isPublicationLine(l string) bool {
	return utf8.RuneCountInString(l) <= 60 && !endsSentence(l)
}

// editionLine recognises "Name (English)" / "Name (Online Edition)" lines.
var edition = regexp.MustCompile(`^([A-Z][\w'’&. -]{1,50}?)\s+\((?:English|English Edition|Online|Online Edition|International Edition|Print Edition)\)$`)

func editionLine(l string) (string, bool) {
	g := edition.FindStringSubmatch(l)
	if g == nil {
		return "", false
	}
	return strings.TrimSpace(g[1]), true
}

func endsSentence(l string) bool {
	l = strings.TrimRight(l, "”\"’' ")
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "!") || strings.HasSuffix(l, "?")
}

// paragraphs joins lines into paragraphs. Blank lines separate
// paragraphs; inside a block, hard-wrapped lines are joined (an indented
// line starts a new paragraph, as in wire copy), and a word broken by a
// hyphen at the line end is mended.
func paragraphs(lines []string, plain bool) []string {
	var paras []string
	var cur strings.Builder
	wrapped := plain && hardWrapped(lines)
	var vocab map[string]bool // the document's words, built at the first broken word
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			paras = append(paras, strings.Join(strings.Fields(s), " "))
		}
		cur.Reset()
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			continue
		}
		if cur.Len() == 0 {
			cur.WriteString(t)
			continue
		}
		indented := strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "\t")
		if !wrapped || indented {
			flush()
			cur.WriteString(t)
			continue
		}
		s := cur.String()
		if strings.HasSuffix(s, "-") && len(s) > 1 && unicode.IsLetter(rune(s[len(s)-2])) && startsLower(t) {
			if vocab == nil {
				vocab = vocabulary(lines)
			}
			cur.Reset()
			if brokenWord(lastWord(s[:len(s)-1]), firstWord(t), vocab) {
				cur.WriteString(s[:len(s)-1])
			} else {
				cur.WriteString(s)
			}
			cur.WriteString(t)
			continue
		}
		cur.WriteByte(' ')
		cur.WriteString(t)
	}
	flush()
	return paras
}

// vocabulary returns the lower-cased words of the lines, hyphenated
// compounds as one word.
func vocabulary(lines []string) map[string]bool {
	v := map[string]bool{}
	for _, l := range lines {
		for _, w := range words(l) {
			v[strings.ToLower(l[w[0]:w[1]])] = true
		}
	}
	return v
}

func lastWord(s string) string {
	ws := words(s)
	if len(ws) == 0 {
		return ""
	}
	w := ws[len(ws)-1]
	return s[w[0]:w[1]]
}

func firstWord(s string) string {
	ws := words(s)
	if len(ws) == 0 {
		return ""
	}
	return s[ws[0][0]:ws[0][1]]
}

// suffixes are word endings that never stand alone after a hyphen.
var suffixes = map[string]bool{
	"ment": true, "ments": true, "tion": true, "tions": true, "sion": true, "sions": true, "ness": true,
	"ing": true, "ings": true, "ed": true, "ly": true, "ity": true, "ities": true, "ance": true,
	"ence": true, "able": true, "ible": true, "al": true, "ous": true, "ive": true, "er": true,
	"ers": true, "est": true, "ism": true, "ist": true, "ists": true, "ize": true, "ise": true,
	"ized": true, "ised": true, "ship": true, "ful": true, "less": true, "ary": true, "ory": true,
	"ation": true, "ations": true, "ial": true, "ially": true, "ically": true, "ic": true, "ics": true,
}

// brokenWord decides whether "before-" at a line end and "after" on the
// next line are one word broken by the typesetter ("de-" "mand") rather
// than a hyphenated compound ("eight-" "year"): the document writes the
// joined word elsewhere, or not the compound and the second part is a
// suffix or the first a fragment of at most three letters.
func brokenWord(before, after string, vocab map[string]bool) bool {
	b, a := strings.ToLower(before), strings.ToLower(after)
	if vocab[b+a] {
		return true
	}
	if vocab[b+"-"+a] {
		return false
	}
	return suffixes[a] || utf8.RuneCountInString(b) <= 3
}

// hardWrapped reports whether the text's lines were wrapped at a fixed
// width (most lines of a block are long but bounded, and most do not end
// a sentence).
func hardWrapped(lines []string) bool {
	n, wrapped := 0, 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" {
			continue
		}
		n++
		if k := utf8.RuneCountInString(t); k >= 35 && k <= 100 && !endsSentence(t) {
			wrapped++
		}
	}
	return n >= 2 && wrapped*2 >= n
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// takeDateline reads a dateline at the start of a paragraph and removes
// it: a dateline is metadata, and its place name is no actor.
func takeDateline(p string, m *meta) string {
	if g := datelineSlash.FindStringSubmatch(p); g != nil {
		if t, ok := parseDay(g[2]); ok {
			m.published, m.pubFrom, m.pubConf = t, "dateline", 0.9
		}
		if _, ok := sources.Lookup(g[3]); ok {
			setCarrier(m, g[3])
		} else {
			m.distributor = strings.TrimSpace(g[3])
		}
		return strings.TrimSpace(p[len(g[0]):])
	}
	if g := datelineParen.FindStringSubmatch(p); g != nil {
		// "CITY, Month D (Service) -" is a dateline by its shape, whether
		// or not the registry knows the service.
		if t, ok := parseDay(g[2]); ok && m.published.IsZero() {
			m.published, m.pubFrom, m.pubConf = t, "dateline", 0.9
		}
		setCarrier(m, g[3])
		return strings.TrimSpace(p[len(g[0]):])
	}
	if g := datelineWire.FindStringSubmatch(p); g != nil {
		if _, ok := sources.Lookup(g[2]); ok {
			setCarrier(m, g[2])
			return strings.TrimSpace(p[len(g[0]):])
		}
	}
	return p
}

// setCarrier records the service named in a dateline: a release
// distributor (PR Newswire; its affiliation is unknown) carries others'
// pieces, a news agency (Reuters, AP, Xinhua) carries its own.
func setCarrier(m *meta, name string) {
	o, ok := sources.Lookup(name)
	if !ok {
		return
	}
	m.distributor = o.Name
	if o.Affiliation != sources.Unknown {
		m.wire = o.Name
	}
}

// stripSignOff removes the old wire sign-off ("Reuter", "REUTER") ending
// the text; a credit line such as "© Reuters" stays.
func stripSignOff(s string) string {
	t := strings.TrimRight(s, " \n\t")
	for _, sign := range []string{"Reuter", "REUTER"} {
		if strings.HasSuffix(t, " "+sign) || strings.HasSuffix(t, "\n"+sign) || strings.HasSuffix(t, "."+sign) {
			return strings.TrimRight(t[:len(t)-len(sign)], " \n\t")
		}
	}
	return t
}

var creditLine = regexp.MustCompile(`(?i)^\(?(?:(?:additional )?reporting by|editing by|writing by|compiled by|with reporting by|associated press writers? .{0,300}contributed|.{0,120} contributed (?:reporting|to this report))`)

// creditVerb: a sentence about reporting, not a credit line.
var creditVerb = regexp.MustCompile(`\b(?:said|says|was|were|is|are|has|had|have|showed|shows|found)\b`)

// dropCredits drops the reporting credits that end a piece ("(Reporting by
// …; Editing by …)", "Associated Press writer … contributed").
func dropCredits(paras []string) []string {
	for len(paras) > 0 {
		p := paras[len(paras)-1]
		if utf8.RuneCountInString(p) > 400 || !creditLine.MatchString(p) || creditVerb.MatchString(p) {
			break
		}
		paras = paras[:len(paras)-1]
	}
	return paras
}

var bylineRe = regexp.MustCompile(`^(?i:by)(?:\s+[\p{Lu}][\p{L}.'’-]*|\s+(?:and|&)){1,6}$`)

// dropBylines drops a byline paragraph ("By Jane Example").
func dropBylines(paras []string) []string {
	out := paras[:0]
	for _, p := range paras {
		if !bylineRe.MatchString(p) {
			out = append(out, p)
		}
	}
	return out
}
