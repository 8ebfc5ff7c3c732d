package geo

import (
	"sort"
	"strings"
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
