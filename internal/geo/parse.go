package geo

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Mention is a toponym found in a text and the place it was resolved to.
// Start and End count Unicode code points of the text.
type Mention struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Demonym bool   `json:"demonym,omitempty"` // "Russian": the country named by its people
	Place   *Place `json:"-"`
	// Cue is the context that made a small place count: "in", "near",
	// "-based", ", Texas"; empty when the name stood on its own.
	Cue string `json:"cue,omitempty"`
	// Why explains the choice among the places of that name (--explain).
	Why []string `json:"why,omitempty"`
}

// Options tunes a Parser.
type Options struct {
	// Country is the outlet's country (alpha-3), a hint for ambiguous names.
	Country string
	// NotPlace, when set, says a capitalised span is an actor the coder
	// knows as a person or organisation ("Jordan Peterson" is handled by the
	// span rule; this is for names the dictionaries know), so it is not
	// read as a place unless a cue ("in", "near") makes it one.
	NotPlace func(span string) bool
	// Explain fills Mention.Why.
	Explain bool
}

// Parser recognises and resolves toponyms with a gazetteer.
type Parser struct {
	G *Gazetteer
}

// New returns a parser over the built-in gazetteer.
func New() (*Parser, error) {
	g, err := Builtin()
	if err != nil {
		return nil, err
	}
	return &Parser{G: g}, nil
}

// token is one word of the text. A 9.9 MB text has some 1.6 million, all
// held while the text is parsed: the strings come first and the flags
// last so that the struct has no padding between them, and the offsets are int32
// (80 → 64 bytes).
type token struct {
	text       string // without a possessive or a lowercase hyphen suffix
	key        string // Key(text)
	suffix     string // "based" in "Moscow-based"
	start, end int32  // code points (a document is at most 10 MB)
	cap        bool
	sentStart  bool // first token of a sentence
	commaAfter bool
	periodEnd  bool // the token ended a sentence
	hyphenPrev bool // "D-Charleston": the second part of a hyphenated pair
}

// asciiWord marks the ASCII characters a word may hold (indexed by byte:
// the bytes of other characters are false).
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		t[c] = r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '\'' || r == '-' || r == '&'
	}
	return
}()

func isWordRune(r rune) bool {
	if r < 128 {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'' || r == '\u2019' || r == '-' || r == '&'
}

// tokBuf is a token list and a key cache kept for the next text: the
// list was most of what the places stage allocated for a story (64 bytes
// a word).
type tokBuf struct {
	toks []token
	keys map[string]string
}

var tokPool = sync.Pool{New: func() any { return &tokBuf{keys: map[string]string{}} }}

// maxPooledTokens bounds the lists kept for reuse (4 MB): a long
// document's is left to the collector.
const maxPooledTokens = 1 << 16

// putTokens clears a text's tokens (they point into it) and keeps the
// list for the next text.
func putTokens(buf *tokBuf, toks []token) {
	if cap(toks) > maxPooledTokens {
		return
	}
	clear(toks)
	buf.toks = toks[:0]
	if len(buf.keys) > 256 {
		// clear costs the map's capacity, which only grows: a new one
		buf.keys = map[string]string{}
	} else {
		clear(buf.keys)
	}
	tokPool.Put(buf)
}

// tokenize splits text into words, in buf's list when it has room. A
// word is a run of word characters (isWordRune) found by one pass over the
// bytes (no copy of its characters: the list of a word's runes was a third
// of what the places stage cost a story).
func tokenize(text string, buf *tokBuf) []token {
	toks := buf.toks[:0]
	if n := len(text)/5 + 8; cap(toks) < n {
		toks = make([]token, 0, n)
	}
	sentStart := true
	inWord := false
	wb, wcp := 0, 0 // the current word's first byte and code point
	ascii := true   // the current word is ASCII
	cp := 0
	for i := 0; i < len(text); {
		c := text[i]
		if asciiWord[c] {
			// a run of ASCII word characters: a byte a code point
			if !inWord {
				inWord, wb, wcp, ascii = true, i, cp, true
			}
			j := i + 1
			for j < len(text) && asciiWord[text[j]] {
				j++
			}
			cp += j - i
			i = j
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				if !inWord {
					inWord, wb, wcp = true, i, cp
				}
				ascii = false
				i += n
				cp++
				continue
			}
		}
		if inWord {
			toks = appendWord(toks, text, wb, i, wcp, ascii, r, &sentStart)
			inWord = false
		}
		if r == '\n' || r == '"' || r == '\u201c' {
			sentStart = true
		}
		i += n
		cp++
	}
	if inWord {
		toks = appendWord(toks, text, wb, len(text), wcp, ascii, 0, &sentStart)
	}
	// A word's key is made once per text: the repeats share it (a
	// capitalised word's key is a new string each time otherwise). A word
	// of lower-case letters and digits is its own key.
	keys := buf.keys
	for i := range toks {
		w := toks[i].text
		if plainKey(w) {
			toks[i].key = w
			continue
		}
		toks[i].key = cachedKey(keys, w)
	}
	return toks
}

// asciiAlnum tells an ASCII letter or digit.
func asciiAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// letterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r), by table
// for ASCII.
func letterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// appendWord appends the token of the word characters text[wb:we], whose
// first is code point wcp of the text (ascii: all are ASCII) and which the
// character after follows (0 at the text's end); sentStart says whether
// a sentence begins here and is set for the next word.
func appendWord(toks []token, text string, wb, we, wcp int, ascii bool, after rune, sentStart *bool) []token {
	word := text[wb:we]
	// trim leading and trailing punctuation; next is the character right
	// after the word
	periodEnd := false
	next := rune(-1)
	var w string
	var first rune
	var wn int // code points
	if ascii {
		for word != "" && !asciiAlnum(word[0]) {
			word = word[1:]
			wcp++
		}
		if word == "" {
			return toks
		}
		end := len(word)
		for !asciiAlnum(word[end-1]) {
			if word[end-1] == '.' {
				periodEnd = true
			}
			next = rune(word[end-1])
			end--
		}
		w, first, wn = word[:end], rune(word[0]), end
	} else {
		for word != "" {
			r, n := utf8.DecodeRuneInString(word)
			if letterOrDigit(r) {
				break
			}
			word = word[n:]
			wcp++
		}
		if word == "" {
			return toks
		}
		end := len(word)
		for {
			r, n := utf8.DecodeLastRuneInString(word[:end])
			if letterOrDigit(r) {
				break
			}
			if r == '.' {
				periodEnd = true
			}
			next = r
			end -= n
		}
		w = word[:end]
		first, _ = utf8.DecodeRuneInString(w)
		wn = utf8.RuneCountInString(w)
	}
	s := w
	tEnd := wcp + wn
	// "U.S." and "Ga." keep their final period.
	if periodEnd && next == '.' && (strings.IndexByte(w, '.') >= 0 || (wn <= 5 && unicode.IsUpper(first))) {
		tEnd++
		s = word[:len(w)+1]
		// an abbreviation's period does not end the sentence unless the next word is capitalised (checked later)
	}
	t := token{text: s, start: int32(wcp), end: int32(tEnd), cap: unicode.IsUpper(first) || mayElide(s) && elided(s), sentStart: *sentStart}
	// possessive
	if s[len(s)-1] == 's' {
		for _, p := range []string{"'s", "\u2019s"} {
			if strings.HasSuffix(t.text, p) && len(t.text) > len(p) {
				t.text = t.text[:len(t.text)-len(p)]
				t.end -= 2
			}
		}
	}
	t.commaAfter = after == ','
	t.periodEnd = periodEnd
	if strings.IndexByte(t.text, '-') >= 0 {
		// "Moscow-based", "U.S.-led"
		if i := strings.LastIndexByte(t.text, '-'); i > 0 && i < len(t.text)-1 {
			rest := t.text[i+1:]
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
				t.suffix = rest
				t.end -= int32(utf8.RuneCountInString(rest) + 1)
				t.text = t.text[:i]
			}
		}
		// "Egyptian-US": two names; "Winston-Salem" is found again by
		// joining the parts, which Key does.
		if i := strings.IndexByte(t.text, '-'); i > 0 && t.cap && i < len(t.text)-1 {
			if r, _ := utf8.DecodeRuneInString(t.text[i+1:]); unicode.IsUpper(r) {
				a := t
				a.text = t.text[:i]
				a.end = t.start + int32(utf8.RuneCountInString(a.text))
				a.suffix, a.commaAfter, a.periodEnd = "", false, false
				toks = append(toks, a)
				t.text = t.text[i+1:]
				t.start = a.end + 1
				t.sentStart = false
				t.hyphenPrev = true
			}
		}
	}
	toks = append(toks, t)
	*sentStart = periodEnd || after == '!' || after == '?' || after == '\n' || after == ':'
	return toks
}

// mayElide tells a word that elided might accept: an apostrophe (or the
// first byte of U+2019) as its second or third byte.
func mayElide(s string) bool {
	return len(s) >= 3 && (s[1] == '\'' || s[2] == '\'' || s[1] == 0xE2 || s[2] == 0xE2)
}

// cachedKey is Key(s), made once per text: the repeats of a capitalised
// word or name share one string (a new one each time otherwise).
func cachedKey(keys map[string]string, s string) string {
	if plainKey(s) {
		return s
	}
	k, ok := keys[s]
	if !ok {
		k = Key(s)
		keys[s] = k
	}
	return k
}

// elided tells a French or Italian elision before a capital ("d'Ivoire",
// "l'Aquila"): one or two lower-case letters, an apostrophe, a capital.
func elided(s string) bool {
	for i, r := range s {
		if r == '\'' || r == '\u2019' {
			if i == 0 || i > 2 {
				return false
			}
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			return unicode.IsUpper(next)
		}
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return false
}

// connectors may sit inside a multi-word place name.
var connectors = map[string]bool{"of": true, "and": true, "de": true, "del": true, "la": true, "le": true, "upon": true,
	"on": true, "the": true, "al": true, "el": true, "da": true, "do": true, "dos": true, "das": true, "du": true,
	"des": true, "y": true, "sur": true, "am": true, "an": true, "der": true, "di": true, "es": true}

// cueWords before a name make it a place.
var cueWords = map[string]bool{"in": true, "near": true, "at": true, "from": true, "to": true, "outside": true,
	"into": true, "across": true, "toward": true, "towards": true, "throughout": true, "around": true, "of": true,
	"visited": true, "visit": true, "via": true, "north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "downtown": true}

// capitalised words that begin sentences or titles and are no part of a name.
var notName = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the in on at of from to for by with and or but if as after before during
	while when where since until into onto near over under about against between through this that these those
	there here it its he she they we i you his her their our my your who what which why how all some many most
	more no not yes one two three four five first last new old mr mrs ms dr sir gov sen rep president minister
	prime chief mayor governor senator secretary officer police sheriff judge justice general gen col capt lt sgt
	king queen prince princess pope saint st mount mt lake river county city state university college school
	hospital church street road avenue st. monday tuesday wednesday thursday friday saturday sunday january february
	march april may june july august september october november december today yesterday tomorrow also meanwhile
	however although though still even just only then now so because according officials authorities news
	department office court board council committee center centre company group party ministry agency
	associated press reuters post times journal herald tribune daily`) {
		notName[w] = true
	}
}

// smallWords are gazetteer names that are, far more often, ordinary English
// words or given names; they count only with a cue ("in Mobile").
var smallWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mobile reading bath nice sale split male hope liberty independence union
	enterprise commerce energy justice friendship progress deal man march may june april august victoria
	aurora eagle chase bend ball bell brown king early hazard orange many most best hull bury wells
	university college hospital church centre center police court street charity opportunity security
	obama bush clinton george jackson jefferson madison monroe hamilton clay grant lee douglas warren
	wayne mission concord truth superior david mary metro commerce un congress parliament senate assembly
	cabinet embassy kremlin republic federation kingdom commonwealth`) {
		smallWords[w] = true
	}
}

type cand struct {
	i, j  int // token span [i, j)
	idx   []int32
	dem   int32 // demonym's country, or -1
	cue   string
	start int
	end   int
	text  string
	key   string // Key(text)
	// listed is the country of a region beside it in a list ("Utah,
	// Virginia, Washington and Wyoming"): the name reads as that
	// country's region too.
	listed string
}

// Parse finds and resolves the toponyms of text. A text longer than
// parseWindow is parsed in windows of at most that size, cut at paragraph,
// line or sentence ends (else between words), each on its own (its own
// persons, one sense per window, its own context for resolving), the
// mentions' offsets counted in the whole text: the memory of a parse is
// bounded by the window, not the text (tokens, candidates and the
// resolver's maps were ~200 MB at once for a 9.9 MB text).
func (p *Parser) Parse(text string, o Options) []Mention {
	if len(text) <= parseWindow {
		return p.parse(text, o)
	}
	var parts [][]Mention
	n := 0
	cp := 0 // code points before the window
	for text != "" {
		w := text[:windowEnd(text, parseWindow)]
		part := p.parse(w, o)
		for i := range part {
			part[i].Start += cp
			part[i].End += cp
		}
		parts = append(parts, part)
		n += len(part)
		cp += utf8.RuneCountInString(w)
		text = text[len(w):]
	}
	ms := make([]Mention, 0, n) // at its size: no garbage of doubling
	for i, part := range parts {
		ms = append(ms, part...)
		parts[i] = nil
	}
	return ms
}

// parseWindow is the longest text (bytes) Parse reads at once: far longer
// than any news story (whose places are found as before), short enough
// that a window's tokens and candidates take some 20 MB.
const parseWindow = 1 << 20

// windowEnd is where the first window of text ends (in bytes, at most
// limit; len(text) when the text is shorter): after the last paragraph
// break ("\n\n") of the second half of the limit, else the last line break,
// sentence end (". ") or space there, else at a code point boundary.
func windowEnd(text string, limit int) int {
	if len(text) <= limit {
		return len(text)
	}
	head := text[:limit]
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if i := strings.LastIndex(head, sep); i >= limit/2 {
			return i + len(sep)
		}
	}
	end := limit
	for end > 0 && !utf8.RuneStart(text[end]) {
		end--
	}
	if end == 0 {
		return limit // no boundary: not UTF-8 at all
	}
	return end
}

func (p *Parser) parse(text string, o Options) []Mention {
	buf := tokPool.Get().(*tokBuf)
	toks := tokenize(text, buf)
	defer putTokens(buf, toks)
	g := p.G
	for i := range toks {
		t := &toks[i]
		// "Iraq." ends a sentence; "Ga." is an abbreviation
		if t.sentStart && innerCapital(t.text) {
			t.sentStart = false // "DeKalb", "McAllen": a name wherever it stands
		}
		if len(t.key) <= 3 && isAbbrevWord(t.key) && i+1 < len(toks) && toks[i+1].cap {
			continue // "St. Louis": the period abbreviates
		}
		if strings.HasSuffix(t.text, ".") && !strings.Contains(t.text[:len(t.text)-1], ".") && !g.dotted[t.text] {
			t.text = t.text[:len(t.text)-1]
			t.end--
			t.periodEnd = true
		}
	}
	var cands []cand
	runesText := newCPText(text)
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !t.cap {
			continue
		}
		// the longest gazetteer name starting here: no longer than the run
		// of capitalised words and connectors, nor than the longest name
		// beginning with this word
		fk := toks[i].key
		if x, ok := abbrevWords[fk]; ok {
			fk = x // "St. Louis"
		}
		fl, _ := g.firstLen.get(hashKey(fk))
		maxL := min(int(fl), 7)
		run := 1
		for k := i + 1; k < len(toks) && run < maxL; k++ {
			prev := &toks[k-1]
			if prev.suffix != "" || prev.commaAfter || prev.periodEnd && !strings.HasSuffix(prev.text, ".") {
				break
			}
			if !toks[k].cap && !connectors[toks[k].key] {
				break
			}
			run++
		}
		maxL = max(min(maxL, run), 1)
		for L := maxL; L >= 1; L-- {
			last := &toks[i+L-1]
			if !last.cap {
				continue
			}
			key := toks[i].key
			if L > 1 {
				parts := make([]string, 0, L)
				for k := i; k < i+L; k++ {
					parts = append(parts, toks[k].key)
				}
				key = expandAbbrev(strings.Join(parts, " "))
			}
			idx := g.byKey.get(key)
			dem := int32(-1)
			if d, ok := g.demonym[key]; ok {
				dem = d
			} else if strings.HasSuffix(key, "s") {
				if d, ok := g.demonym[strings.TrimSuffix(key, "s")]; ok && L == 1 { // "Russians"
					dem = d
				}
			}
			if len(idx) == 0 && dem < 0 {
				continue
			}
			if g.abbrevOnly[key] && !isAbbrev(runesText.slice(int(t.start), int(last.end))) {
				continue // "the Act", "Miss Smith"
			}
			c := cand{i: i, j: i + L, idx: idx, dem: dem, start: int(t.start), end: int(last.end)}
			c.text = runesText.slice(c.start, c.end)
			c.key = cachedKey(buf.keys, c.text)
			cands = append(cands, c)
			i += L - 1
			break
		}
	}
	// Recognition: keep the candidates the context supports.
	var ms []Mention
	// The kept candidates are filtered in place (keep never passes the
	// candidate read): a second array was 31 MB for a 9.9 MB text.
	keep := cands[:0]
	persons := p.persons(toks)
	var soft []cand
	accepted := map[string]bool{}
	for _, c := range cands {
		reason, ok := p.accept(toks, c, persons, o)
		switch {
		case ok:
			c.cue = reason
			keep = append(keep, c)
			accepted[c.key] = true
		case reason == needsCue:
			soft = append(soft, c)
		}
	}
	// One sense per text: a name the text uses as a place elsewhere (with
	// a cue, or large enough) is a place where it stands without one ("The
	// Gainesville council …" after "in Gainesville").
	if len(soft) > 0 {
		for _, c := range soft {
			if accepted[c.key] {
				c.cue = "named as a place elsewhere in the text"
				keep = append(keep, c)
			}
		}
		sort.SliceStable(keep, func(a, b int) bool { return keep[a].start < keep[b].start })
	}
	p.lists(toks, keep)
	ms = p.resolve(toks, keep, o)
	return ms
}

// lists marks the names listed beside a first-level region ("Oregon,
// Washington and Wyoming"): separated from it by a comma or "and"/"or".
func (p *Parser) lists(toks []token, cs []cand) {
	region := func(c cand) string { // the country of a name that reads first as a region
		var rc string
		var rp, tp int64
		for _, i := range c.idx {
			switch pl := p.G.place(i); pl.Level() {
			case 1:
				if pl.Population > rp {
					rc, rp = pl.Country, pl.Population
				}
			case 3:
				tp = max(tp, pl.Population)
			}
		}
		if rp > tp {
			return rc
		}
		return ""
	}
	adjacent := func(a, b cand) bool { // a right before b in a list
		if a.j == b.i {
			return toks[a.j-1].commaAfter
		}
		if a.j+1 == b.i {
			k := toks[a.j].key
			return (k == "and" || k == "or") && !toks[a.j-1].periodEnd
		}
		return false
	}
	for k := range cs {
		if k > 0 && adjacent(cs[k-1], cs[k]) {
			if rc := region(cs[k-1]); rc != "" {
				cs[k].listed = rc
				continue
			}
		}
		if k+1 < len(cs) && adjacent(cs[k], cs[k+1]) {
			cs[k].listed = region(cs[k+1])
		}
	}
}

// regionKinds and townKinds before "of" make the name a place of that
// level: "the state of Victoria", "the village of Kampungu".
var (
	regionKinds = map[string]bool{"state": true, "province": true, "region": true, "district": true,
		"prefecture": true, "department": true, "governorate": true, "county": true, "island": true}
	townKinds = map[string]bool{"city": true, "town": true, "village": true, "township": true, "hamlet": true,
		"suburb": true, "port": true}
)

// titles before a name make it a person's.
var titles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms miss dr sir gov governor sen senator rep president minister
	mayor sheriff judge justice gen general col colonel capt captain lt sgt sergeant officer deputy detective
	coach pastor rev reverend father bishop king queen prince princess lord lady chief commissioner chairman
	director superintendent principal professor prof attorney secretary spokesman spokeswoman councilman
	councilwoman trooper agent dear`) {
		titles[w] = true
	}
}

// directions may qualify a place ("North Texas", "Northeast Georgia").
var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "upper": true, "lower": true, "greater": true, "downtown": true, "metro": true}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2 && n <= 3
}

func (p *Parser) isPlaceWord(t *token) bool {
	k := t.key
	if len(p.G.byKey.get(k)) > 0 {
		return true
	}
	_, ok := p.G.demonym[k]
	return ok
}

// Evidence that a capitalised word is a person's name.
const (
	personSpeaks = 1 // after a capitalised word and beside a speech verb ("Radio Pyongyang said")
	personFirm   = 2 // a title, a middle initial or an age
)

// persons returns the capitalised words the text uses as people's names
// and how firmly: after a title ("Sheriff Ripley") or a given name ("John
// Moore").
func (p *Parser) persons(toks []token) map[string]int8 {
	out := map[string]int8{}
	maybe := map[string]bool{}
	for i := 1; i < len(toks); i++ {
		t, pt := &toks[i], &toks[i-1]
		if !t.cap || !pt.cap || pt.commaAfter || pt.periodEnd && !strings.HasSuffix(pt.text, ".") || t.sentStart || t.hyphenPrev {
			continue
		}
		pl := strings.TrimSuffix(pt.text, ".")
		if lowerIn(titles, pl) || !lowerIn(notName, pl) && !lowerIn(directions, pl) && !p.isPlaceWord(pt) && !isAcronym(pt.text) {
			if i+1 < len(toks) && toks[i+1].cap && !t.commaAfter && !t.periodEnd {
				continue // inside a longer name: judged at its end
			}
			// a title opens the run of names before it: "Judge Deborah
			// Oakes Evans", "coach Darren Ripley"
			titled := lowerIn(titles, pl)
			for k := i - 1; k >= 0 && k >= i-4 && !titled; k-- {
				if lowerIn(titles, strings.TrimSuffix(toks[k].text, ".")) {
					titled = true
				}
				if !toks[k].cap || toks[k].commaAfter || toks[k].periodEnd && !strings.HasSuffix(toks[k].text, ".") {
					break
				}
			}
			if titled {
				out[t.key] = personFirm
			} else {
				maybe[t.key] = true
			}
		}
	}
	// "John Moore" makes Moore a person's name when Moore also speaks or
	// acts as one ("Moore said", "said Moore"); "Historic Dublin" does not
	// make Dublin one.
	for i := range toks {
		t := &toks[i]
		if !t.cap {
			continue // each rule below is about a capitalised word
		}
		if i > 0 && !toks[i-1].cap && titles[toks[i-1].key] {
			out[t.key] = personFirm // "coach Ripley"
		}
		// "Matthew D. Flores": a middle initial
		if i > 1 && t.cap && utf8.RuneCountInString(strings.TrimSuffix(toks[i-1].text, ".")) == 1 && toks[i-1].cap &&
			toks[i-2].cap && !toks[i-2].periodEnd && !toks[i-2].commaAfter && !p.isPlaceWord(&toks[i-2]) {
			out[t.key] = personFirm
		}
		// "Flores, 26,": an age, itself followed by a comma or the
		// sentence's end ("Suva, 8 men and 8 women" is no age)
		if t.cap && t.commaAfter && i+1 < len(toks) && isAge(toks[i+1].text) &&
			(toks[i+1].commaAfter || toks[i+1].periodEnd || i+2 == len(toks)) {
			out[t.key] = personFirm
		}
		if !maybe[t.key] || out[t.key] > 0 {
			continue
		}
		if i+1 < len(toks) && speechVerbs[toks[i+1].key] || i > 0 && speechVerbs[toks[i-1].key] && !toks[i-1].cap {
			out[t.key] = personSpeaks
		}
	}
	return out
}

// lowerIn is m[strings.ToLower(s)], without the lower-case copy of a
// short ASCII word.
func lowerIn(m map[string]bool, s string) bool {
	var buf [24]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(s)])]
}

// isAge tells a person's age after a name: one or two digits.
func isAge(s string) bool {
	if len(s) == 0 || len(s) > 2 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// speechVerbs beside a name make it a person's ("Moore said").
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "explained": true,
	"noted": true, "stated": true, "asked": true, "wrote": true, "announced": true, "replied": true, "testified": true}

// accept decides whether a candidate span is a place, and says on what cue.
func (p *Parser) accept(toks []token, c cand, persons map[string]int8, o Options) (string, bool) {
	g := p.G
	first, last := toks[c.i], toks[c.j-1]
	cue := ""
	strong := false
	if c.i > 0 {
		prev := strings.ToLower(toks[c.i-1].text)
		if cueWords[prev] && !toks[c.i-1].periodEnd {
			cue = prev
			strong = prev == "in" || prev == "near" || prev == "outside" || prev == "across" || prev == "throughout"
		}
		// "the state of Victoria", "the town of Paris"
		if prev == "of" && c.i > 1 && !toks[c.i-2].cap {
			if kind := strings.ToLower(toks[c.i-2].text); regionKinds[kind] || townKinds[kind] {
				cue, strong = kind+" of", true
			}
		}
	}
	if last.suffix != "" {
		switch last.suffix {
		case "based", "born", "bound", "area", "region", "led", "backed", "registered", "headquartered":
			cue, strong = "-"+last.suffix, true
		}
	}
	if last.commaAfter && c.j < len(toks) && toks[c.j].cap {
		// "Gainesville, Ga." / "Paris, France"
		for _, i := range g.byKey.get(toks[c.j].key) {
			if g.level(i) <= 1 && !g.place(i).isContinent() {
				cue, strong = ", "+toks[c.j].text, true
				break
			}
		}
	}
	// An acronym names only countries and regions ("UN" is no town).
	if c.j-c.i == 1 && isAcronym(first.text) {
		ok := false
		for _, i := range c.idx {
			if g.level(i) <= 1 {
				ok = true
			}
		}
		if !ok && c.dem < 0 {
			return "", false
		}
	}
	level := 3
	var maxPop int64
	for _, i := range c.idx {
		pl := g.place(i)
		if pl.Level() == 1 && pl.Population < minorRegion && pl.Country != "USA" {
			continue // a small region reads as a word or a name ("Flores", "Bay") unless a cue makes it one
		}
		level = min(level, pl.Level())
		maxPop = max(maxPop, pl.Population)
	}
	// A capitalised word before the span that is no place, title or
	// direction: a person's or an organisation's name ("Chiquita Henry").
	if c.i > 0 {
		pt := toks[c.i-1]
		pl := strings.ToLower(strings.TrimSuffix(pt.text, "."))
		if pt.cap && !pt.commaAfter && !(pt.periodEnd && !strings.HasSuffix(pt.text, ".")) && pt.suffix == "" && !first.sentStart && !first.hyphenPrev {
			switch {
			case titles[pl]:
				return "", false
			case notName[pl] || directions[pl] || p.isPlaceWord(&pt) || isAcronym(pt.text):
			default:
				if level > 1 {
					return "", false
				}
			}
		}
	}
	// A capitalised word after it: an organisation named for the place
	// ("Florida Highway Patrol", which counts) or a person ("Paris Hilton").
	if c.j < len(toks) && !last.commaAfter && !last.periodEnd && last.suffix == "" {
		nt := toks[c.j]
		nl := strings.ToLower(strings.TrimSuffix(nt.text, "."))
		if nt.cap {
			switch nl {
			case "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way", "highway", "pike", "court", "ct", "circle", "trail", "parkway":
				return "", false
			}
			if level > 2 && maxPop < 20000 && !strong && !p.isPlaceWord(&nt) && !(c.dem >= 0 && len(c.idx) == 0) {
				return needsCue, false
			}
			if level > 1 && !strong && persons[nt.key] > 0 {
				return "", false // a given name: "Vladimir Putin"
			}
		}
	}
	if c.dem >= 0 && len(c.idx) == 0 {
		return "demonym", true
	}
	key := c.key
	// A person's name is no town, unless the only evidence is a speech
	// verb and the town is a capital or a city of a million people:
	// "Radio Pyongyang said" does not make Pyongyang a person.
	if ev := persons[key]; ev > 0 && !strong && level >= 2 && (ev == personFirm || !p.major(c)) {
		return "", false
	}
	if c.j-c.i == 1 && smallWords[key] && !strong {
		// a common word or given name: a place only with a strong cue
		// here or elsewhere in the text ("the state of Victoria" …
		// "travel to Victoria")
		return needsCue, false
	}
	if c.j-c.i == 1 && directions[key] && !strong {
		return "", false
	}
	if c.j-c.i == 1 && directions[key] && c.j < len(toks) && toks[c.j].cap && !last.commaAfter {
		return "", false // "West German", "North Korean": part of a longer name
	}
	if c.j-c.i == 1 && notName[key] {
		return "", false
	}
	if o.NotPlace != nil && !strong && o.NotPlace(c.text) {
		return "", false
	}
	if level <= 2 || cue != "" {
		return cue, true
	}
	// A populated place: a large one stands on its own, a small one needs a cue.
	if maxPop >= 20000 && !first.sentStart || maxPop >= 100000 {
		return "", true
	}
	return needsCue, false
}

// streetWords end a street address ("400 S. Locust St.").
var streetWords = map[string]bool{"st": true, "street": true, "ave": true, "avenue": true, "rd": true, "road": true,
	"dr": true, "drive": true, "ln": true, "lane": true, "blvd": true, "boulevard": true, "way": true, "pike": true,
	"hwy": true, "highway": true, "ct": true, "court": true, "pkwy": true, "parkway": true}

// townSlot tells a name that stands where local news puts a town: after a
// person's name and age ("Terry Jolly, 60, Lebanon, was arrested") or a
// street address ("400 Locust St., Lebanon").
func townSlot(toks []token, c cand) bool {
	if c.i < 2 || !toks[c.i-1].commaAfter {
		return false
	}
	prev := toks[c.i-1]
	if isAge(prev.text) {
		return toks[c.i-2].cap && toks[c.i-2].commaAfter
	}
	return prev.cap && streetWords[prev.key] && isNumberish(toks, c.i-1)
}

// isNumberish tells a street address: a house number within the four words
// before the street word, with no comma between.
func isNumberish(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if r, _ := utf8.DecodeRuneInString(toks[j].text); r >= '0' && r <= '9' {
			return true
		}
		if toks[j].commaAfter {
			return false
		}
	}
	return false
}

// major tells a name that may be a capital or a city of a million people.
func (p *Parser) major(c cand) bool {
	for _, i := range c.idx {
		if pl := p.G.place(i); pl.Feature == "PPLC" || pl.Population >= 1000000 {
			return true
		}
	}
	return false
}

// innerCapital tells a mixed-case word, a capital after a lower-case letter
// ("DeKalb", "McAllen"), which no common word is.
func innerCapital(s string) bool {
	lower := false
	for _, r := range s {
		if unicode.IsLower(r) {
			lower = true
		} else if lower && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// minorRegion is the population below which a first-level region needs a
// cue like a small town.
const minorRegion = 100000

// needsCue is accept's answer for a name that would be a place with a cue
// (a small town standing alone, a name beginning a sentence).
const needsCue = "needs a cue"

func (p *Place) isContinent() bool { return p.Feature == "CONT" }

// scored is a place with its score for one mention.
type scored struct {
	idx   int32
	score float64
	why   []string
}

func (p *Parser) resolve(toks []token, cs []cand, o Options) []Mention {
	g := p.G
	// Pass 1: each name on its own (its prior). Pass 2: each name in the
	// context of every plausible reading of the others, weighted by their
	// priors, so that two names that fit each other ("Walker County" and
	// "Huntsville", both in Texas) win together over two populous readings
	// that do not. Pass 3: each name again in the context of the others'
	// pass-2 readings (their countries, regions and whereabouts), the
	// outlet's country and "X, Region".
	keys := make([]string, len(cs))
	var order []string
	count := map[string]int{}
	prior := map[string][]weighted{} // name → its plausible readings
	scores := map[string][]scored{}  // name → its best readings and their priors
	for j, c := range cs {
		keys[j] = c.key
		if _, ok := count[keys[j]]; !ok {
			order = append(order, keys[j])
			if len(c.idx) == 0 {
				prior[keys[j]] = []weighted{{c.dem, 1}}
			} else {
				_, all := p.choose(toks, c, nil, o)
				prior[keys[j]] = plausible(all)
				scores[keys[j]] = topReadings(all, 8)
			}
		}
		count[keys[j]]++
	}
	// The context of a name is that of the other names: the same for
	// every mention of one name, so it is built once per name (a long
	// text repeating a few names was quadratic in its mentions).
	build := func(key string, readings map[string][]weighted) *context {
		ctx := &context{countries: map[string]float64{}, regions: map[region]float64{}}
		for _, other := range order {
			if other == key {
				continue
			}
			n := float64(min(count[other], 3))
			for _, r := range readings[other] {
				pl := g.place(r.idx)
				w := r.w * n
				if pl.Level() >= 2 {
					w *= 0.7
				}
				ctx.countries[pl.Country] += w
				if pl.Level() == 0 && !pl.isContinent() && r.w >= 0.5 && len(ctx.nations) < 16 {
					ctx.nations = append(ctx.nations, pl)
				}
				if pl.Level() >= 1 && pl.Admin1 != "" {
					ctx.regions[region{pl.Country, pl.Admin1}] += w
				}
				// Nearness counts up to 3 mentions of a place: a place
				// named more often than that adds nothing, and the list
				// is capped.
				if pl.Level() >= 2 && len(ctx.points) < maxPoints {
					ctx.points = append(ctx.points, weightedPlace{pl, r.w * n})
				}
			}
		}
		if o.Country != "" {
			ctx.countries[o.Country] += 1
		}
		return ctx
	}
	second := map[string][]weighted{}
	for _, key := range order {
		second[key] = prior[key]
		if sc := scores[key]; len(sc) > 0 {
			second[key] = []weighted{{sc[0].idx, 1}}
		}
	}
	p.joint(order, scores, second)
	ctxs := map[string]*context{}
	ctxs = map[string]*context{}
	contextOf := func(key string) *context {
		if ctx, ok := ctxs[key]; ok {
			return ctx
		}
		ctx := build(key, second)
		ctxs[key] = ctx
		return ctx
	}
	out := make([]Mention, 0, len(cs))
	for k, c := range cs {
		m := Mention{Start: c.start, End: c.end, Text: c.text, Cue: c.cue}
		if len(c.idx) == 0 {
			m.Demonym = true
			m.Place = g.place(c.dem)
			if o.Explain {
				m.Why = []string{"demonym of " + m.Place.Name}
			}
			out = append(out, m)
			continue
		}
		best, all := p.choose(toks, c, contextOf(keys[k]), o)
		m.Place = g.place(best.idx)
		if o.Explain {
			m.Why = append(m.Why, fmt.Sprintf("%d places named %q", len(c.idx), c.text))
			if c.cue != "" {
				m.Why = append(m.Why, "cue: "+c.cue)
			}
			m.Why = append(m.Why, describe(m.Place)+": "+strings.Join(best.why, ", "))
			sort.Slice(all, func(i, j int) bool { return all[i].score > all[j].score })
			for n, s := range all {
				if n == 0 {
					continue
				}
				if n > 2 {
					break
				}
				m.Why = append(m.Why, fmt.Sprintf("not %s (%.1f < %.1f)", describe(g.place(s.idx)), s.score, best.score))
			}
		}
		out = append(out, m)
	}
	return out
}

// context is what the rest of a text says about where it is.
// maxPoints bounds the towns a name's context holds for nearness.
const maxPoints = 512

type context struct {
	countries map[string]float64 // alpha-3 → weight
	regions   map[region]float64 // country and admin1 → weight
	points    []weightedPlace    // the towns and counties named
	nations   []*Place           // the countries named
}

// region is a first-level region by its country and admin1 code.
type region struct{ country, admin1 string }

// topReadings returns the n best-scored readings, best first.
func topReadings(all []scored, n int) []scored {
	out := append([]scored(nil), all...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// maxJointNames bounds the names the joint pass pairs (it is quadratic).
const maxJointNames = 40

// joint chooses each ambiguous name's reading by its prior and, for every
// other name, the best pair the two names can form: a pair that fits (the
// same region, a few km apart, a town in a country or region the text
// names) gains on both sides, so "Paris" and "Henry County" are read
// together as Tennessee's although France's Paris alone outscores any
// other.
func (p *Parser) joint(order []string, scores map[string][]scored, second map[string][]weighted) {
	g := p.G
	names := order
	if len(names) > maxJointNames {
		names = names[:maxJointNames]
	}
	for _, a := range names {
		ra := scores[a]
		if len(ra) < 2 {
			continue
		}
		best, bestScore := ra[0].idx, math.Inf(-1)
		for _, x := range ra {
			px := g.place(x.idx)
			total := x.score
			for _, b := range names {
				rb := scores[b]
				if b == a || len(rb) == 0 {
					continue
				}
				top := rb[0].score
				gain := 0.0
				for _, y := range rb {
					if v := y.score + 2*affinity(px, g.place(y.idx)) - top; v > gain {
						gain = v
					}
				}
				total += gain
			}
			if total > bestScore {
				best, bestScore = x.idx, total
			}
		}
		second[a] = []weighted{{best, 1}}
	}
}

// affinity is how well two readings of two names fit one text.
func affinity(a, b *Place) float64 {
	if a == b || a.Country == "" || b.Country == "" || a.Country != b.Country {
		return 0
	}
	la, lb := a.Level(), b.Level()
	if la == 0 || lb == 0 {
		return 1.5 // a place and its country
	}
	v := 0.5
	if a.Admin1 != "" && a.Admin1 == b.Admin1 {
		v += 2 // one region, or a place in the region named
	}
	if la >= 2 && lb >= 2 && !latApart(a.Lat, b.Lat, 150) {
		if d := Distance(a.Lat, a.Lon, b.Lat, b.Lon); d < 50 {
			v += 2
		} else if d < 150 {
			v += 1
		}
	}
	return v
}

// weighted is a reading of a name and its weight (its prior probability).
type weighted struct {
	idx int32
	w   float64
}

type weightedPlace struct {
	*Place
	w float64
}

// plausible turns the scores of a name's readings into probabilities
// (a softmax) and keeps those of at least 5%, at most 8.
func plausible(all []scored) []weighted {
	if len(all) == 0 {
		return nil
	}
	top := math.Inf(-1)
	for _, s := range all {
		top = math.Max(top, s.score)
	}
	var z float64
	for _, s := range all {
		z += math.Exp(s.score - top)
	}
	var out []weighted
	for _, s := range all {
		if w := math.Exp(s.score-top) / z; w >= 0.05 {
			out = append(out, weighted{s.idx, w})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].w > out[j].w })
	if len(out) > 8 {
		out = out[:8]
	}
	return out
}

// choose scores the places a candidate may name and returns the best.
func (p *Parser) choose(toks []token, c cand, ctx *context, o Options) (scored, []scored) {
	g := p.G
	var qual []int32
	if strings.HasPrefix(c.cue, ", ") {
		qual = g.byKey.get(toks[c.j].key)
	}
	// the region sharing a city's name ("New York", "Washington"): the
	// largest of each country (a short list: a map each was an allocation
	// a candidate)
	type regionSize struct {
		country string
		pop     int64
	}
	var regionBuf [4]regionSize
	regionPop := regionBuf[:0]
	regionOf := func(country string) (int64, bool) {
		for _, r := range regionPop {
			if r.country == country {
				return r.pop, true
			}
		}
		return 0, false
	}
	for _, i := range c.idx {
		if g.level(i) != 1 {
			continue
		}
		pl := g.place(i)
		found := false
		for k := range regionPop {
			if regionPop[k].country == pl.Country {
				regionPop[k].pop = max(regionPop[k].pop, pl.Population)
				found = true
			}
		}
		if !found {
			regionPop = append(regionPop, regionSize{pl.Country, pl.Population})
		}
	}
	best := scored{score: math.Inf(-1)}
	var all []scored
	for _, i := range c.idx {
		pl := g.place(i)
		s := scored{idx: i}
		add := func(v float64, why string) {
			s.score += v
			if o.Explain {
				s.why = append(s.why, fmt.Sprintf("%+.1f %s", v, why))
			}
		}
		switch pl.Level() {
		case 0:
			add(10, "a country or continent")
		case 1:
			// a large region stands for its name more than a small one
			// (Mozambique's Gaza province is not Gaza)
			size := math.Max(0, math.Min(1, (math.Log10(float64(pl.Population)+1)-5)/1.5))
			if pl.Country == "USA" {
				size = 1
			}
			add(3+4*size, "a first-level region")
		case 2:
			add(7, "a county")
		default:
			if pl.Feature == "PPLC" {
				add(6, "a capital")
			} else if pl.Feature == "PPLA" {
				add(1.5, "a region's seat")
			}
			if rp, ok := regionOf(pl.Country); ok && (pl.Feature == "PPLC" || pl.Population*4 >= rp) {
				add(4, "the main city of a region of its name")
			}
		}
		// The reasons are written only for --explain (a Sprintf a reading
		// was an allocation each).
		why := ""
		if o.Explain {
			why = fmt.Sprintf("population %d", pl.Population)
		}
		add(math.Log10(float64(pl.Population)+1), why)
		if ctx != nil {
			if w := ctx.countries[pl.Country]; w > 0 && pl.Country != "" {
				if o.Explain {
					why = "the text's other places are in " + pl.Country
				}
				add(1+1.5*math.Min(w, 3), why)
			}
			if pl.Level() >= 1 && ctx.countries[pl.Country] == 0 {
				// near a country the text names: Gaza beside Israel
				for _, n := range ctx.nations {
					if !latApart(pl.Lat, n.Lat, 500) && Distance(pl.Lat, pl.Lon, n.Lat, n.Lon) < 500 {
						if o.Explain {
							why = "near " + n.Name + ", which the text names"
						}
						add(2.5, why)
						break
					}
				}
			}
			if pl.Level() >= 2 {
				if w := ctx.regions[region{pl.Country, pl.Admin1}]; w > 0 {
					if o.Explain {
						why = "the text's other places are in " + pl.Country + "." + pl.Admin1
					}
					add(2+math.Min(w, 3), why)
				}
				near := 0.0
				for _, q := range ctx.points {
					if q.Place != pl && !latApart(pl.Lat, q.Lat, 150) && Distance(pl.Lat, pl.Lon, q.Lat, q.Lon) < 150 {
						near += q.w
					}
				}
				if near > 0 {
					if o.Explain {
						why = fmt.Sprintf("%.1f of the text's places within 150 km", near)
					}
					add(1.5*math.Min(near, 3), why)
				}
			}
		}
		if pl.Level() == 1 {
			// "Washington state", "New York state" (not "Washington
			// State University")
			if c.j < len(toks) && toks[c.j].key == "state" && !toks[c.j].cap && !toks[c.j-1].commaAfter && !toks[c.j-1].periodEnd {
				add(8, "followed by \"state\"")
			}
			if c.listed == pl.Country {
				if o.Explain {
					why = "listed beside a region of " + pl.Country
				}
				add(6, why)
			}
		}
		if pl.Level() == 3 && townSlot(toks, c) {
			add(8, "where a person's age or a street address puts a town")
		}
		if kind, ok := strings.CutSuffix(c.cue, " of"); ok {
			if regionKinds[kind] && pl.Level() == 1 || townKinds[kind] && pl.Level() == 3 {
				if o.Explain {
					why = "after " + c.cue
				}
				add(5, why)
			}
		}
		for _, q := range qual {
			qp := g.place(q)
			if qp.Level() == 0 && qp.Country == pl.Country && pl.Level() > 0 {
				add(6, "followed by its country")
			}
			if qp.Level() == 1 && qp.Country == pl.Country && qp.Admin1 == pl.Admin1 && pl.Level() > 1 {
				add(10, "followed by its region")
			}
		}
		all = append(all, s)
		if s.score > best.score {
			best = s
		}
	}
	return best, all
}

func describe(p *Place) string {
	s := p.Name
	if p.Admin1 != "" && p.Level() > 1 {
		s += ", " + p.Admin1
	}
	if p.Level() > 0 {
		s += ", " + p.Country
	}
	return fmt.Sprintf("%s (%s)", s, p.Feature)
}

// latApart tells two points whose latitudes alone put them more than km
// apart (and 1 km more, for rounding): the great-circle distance is at
// least the arc between the two parallels, so Distance need not be
// computed.
func latApart(lat1, lat2, km float64) bool {
	return math.Abs(lat1-lat2)*(math.Pi/180)*6371 > km+1
}

// Distance is the great-circle distance in kilometres.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
