// Package geo finds the places a text names and resolves them to coordinates:
// a gazetteer generated from registry packages (internal/geo/gen: GeoNames
// places of 1,000+ people, countries with demonyms, first-level regions, U.S.
// counties), toponym recognition over capitalised spans and context cues, and
// resolution by population, the document's other places, the outlet's
// country and admin-level consistency. It also carries the world map the UI
// draws.
package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

//go:embed data/gazetteer.tsv.gz
var gazetteerGz []byte

// Place is one gazetteer entry.
type Place struct {
	ID         int64   // GeoNames id; 0 for countries, regions and counties
	Name       string  // the preferred name
	Country    string  // ISO 3166-1 alpha-3, as CAMEO
	Admin1     string  // GeoNames admin1 code (U.S.: postal code, "TX")
	Feature    string  // GeoNames feature code: PCLI country, PCLD dependency, ADM1, ADM2, PPL…
	Population int64   // people; countries and regions: the sum of their places'
	Lat, Lon   float64 // degrees
}

// Level orders places from the largest unit down: 0 country, 1 region,
// 2 county, 3 populated place.
func (p *Place) Level() int {
	switch p.Feature {
	case "PCLI", "PCLD":
		return 0
	case "ADM1":
		return 1
	case "ADM2":
		return 2
	}
	return 3
}

// Gazetteer is an in-memory index of places by name.
type Gazetteer struct {
	// recs are the places, without a pointer among them: the ~141,000
	// entries are one allocation the garbage collector marks without
	// scanning (as []Place they were 13.5 MB and 565,000 pointers scanned
	// at every collection of a process that keeps the gazetteer). A
	// Place is built from its record when first asked for (place).
	recs  []rec
	names string   // the places' names, one after another
	codes []string // the distinct country, admin1 and feature codes
	// made holds the Places built so far, so that a place has one *Place
	// (callers compare them) and is built once.
	made []atomic.Pointer[Place]
	// byKey maps a normalised name (see Key) to the places it may name,
	// largest population first.
	byKey keyIndex
	// demonym maps a normalised demonym ("russian") to its country.
	demonym map[string]int32
	// admin1 indexes the regions by country and code.
	admin1  map[string]int32
	country map[string]int32
	maxLen  int // the longest key in words
	// dotted holds the abbreviations written with a final period ("Ga.",
	// "Calif."): a short word's period ends the sentence otherwise.
	dotted map[string]bool
	// abbrevOnly holds the keys that only abbreviations have ("act" of
	// ACT, "miss" of Miss.): "the Act", "Miss Smith" are no places.
	abbrevOnly map[string]bool
	// firstLen is, for each first word of a key, the longest key (in
	// words) that begins with it.
	firstLen hashTable // by hashKey of the word
	// keys and first are byKey and firstLen while loading.
	keys  *keyBuilder
	first growTable
}

var (
	builtinOnce sync.Once
	builtin     *Gazetteer
	builtinErr  error
)

// rec is a place as the gazetteer holds it (see Gazetteer.recs).
type rec struct {
	id, pop  int64
	lat, lon float64
	name     uint32 // offset in Gazetteer.names
	nameLen  uint16
	country  uint16 // index in Gazetteer.codes
	admin1   uint16
	feature  uint16
	level    uint8 // Place.Level
}

// Len is the number of places.
func (g *Gazetteer) Len() int { return len(g.recs) }

// Place returns the place of index i (0 ≤ i < Len()).
func (g *Gazetteer) Place(i int) *Place { return g.place(int32(i)) }

// place returns the place of index i, built on first use.
func (g *Gazetteer) place(i int32) *Place {
	if p := g.made[i].Load(); p != nil {
		return p
	}
	r := &g.recs[i]
	p := &Place{ID: r.id, Name: g.names[r.name : r.name+uint32(r.nameLen)], Country: g.codes[r.country],
		Admin1: g.codes[r.admin1], Feature: g.codes[r.feature], Population: r.pop, Lat: r.lat, Lon: r.lon}
	if g.made[i].CompareAndSwap(nil, p) {
		return p
	}
	return g.made[i].Load()
}

// level is place(i).Level() without building the place.
func (g *Gazetteer) level(i int32) int { return int(g.recs[i].level) }

// Builtin returns the embedded gazetteer, loaded once.
func Builtin() (*Gazetteer, error) {
	builtinOnce.Do(func() {
		builtin, builtinErr = Load(bytes.NewReader(gazetteerGz))
	})
	return builtin, builtinErr
}

// newFold returns a transformer that removes diacritics. A chain keeps
// buffers between calls, so one cannot be shared by goroutines: Key is
// called by every pipeline worker at once (a shared chain made documents
// fail at random with "slice bounds out of range" in a two-worker ingest).
// Each call of the general path takes a new one; the common Latin text
// never reaches it (foldLatin).
func newFold() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

// Key normalises a name for lookup: lower case, diacritics and periods
// removed, apostrophes and hyphens as spaces, spaces collapsed.
func Key(s string) string {
	if plainKey(s) {
		return s
	}
	if k, ok := asciiAlnumKey(s); ok {
		return k
	}
	return keyOf(s)
}

// keyOf is Key's general path.
func keyOf(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		if f, ok := foldLatin(s); ok {
			s = f
		} else if f, _, err := transform.String(newFold(), s); err == nil {
			s = f
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '-' || r == ' ' || r == '\u2019' || r == '\'' || r == ',' || unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			b.WriteRune(unicode.ToLower(r))
			space = false
		}
	}
	return expandAbbrev(strings.TrimSpace(b.String()))
}

// latinFolds is the fold (newFold) of each rune from U+0080 to U+036F alone (Latin-1,
// Latin Extended, IPA, spacing modifiers, combining diacritics).
var latinFolds = sync.OnceValue(func() []string {
	t := make([]string, latinEnd-0x80)
	fold := newFold()
	for r := rune(0x80); r < latinEnd; r++ {
		if f, _, err := transform.String(fold, string(r)); err == nil {
			t[r-0x80] = f
		} else {
			t[r-0x80] = string(r)
		}
	}
	return t
})

const latinEnd = 0x370

// foldLatin is the fold (newFold) of a text whose characters are all below U+0370, rune
// by rune from a table (the chain builds several buffers a call: 20 MB of
// garbage a gazetteer load); ok is false for any other text. Below U+0370
// no two characters compose, and the combining marks (U+0300-U+036F) are
// all removed, so the text's fold is its runes' folds one after another.
func foldLatin(s string) (string, bool) {
	t := latinFolds()
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteByte(byte(r))
		case r < latinEnd:
			b.WriteString(t[r-0x80])
		default:
			return "", false
		}
	}
	return b.String(), true
}

// asciiAlnumKey is Key(s) of a word of ASCII letters and digits only
// ("Moscow", "G7"): the word in lower case (what Key's general path
// gives it: no period, separator or diacritic to handle, one word so no
// abbreviation to expand); ok is false for any other s.
func asciiAlnumKey(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return "", false
		}
	}
	return strings.ToLower(s), true
}

// plainKey tells a word that is its own key: lower-case ASCII letters
// and digits only.
func plainKey(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// abbrevWords are the short forms of a name's generic words: "St. Louis"
// and "Saint Louis", "Mt. Pleasant" and "Mount Pleasant" are one key.
var abbrevWords = map[string]string{"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}

// isAbbrevWord tells a key that abbrevWords has (a switch: a map lookup
// each word was a tenth of the places stage).
func isAbbrevWord(k string) bool {
	switch k {
	case "st", "ste", "mt", "ft", "pt":
		return true
	}
	return false
}

func expandAbbrev(k string) string {
	if !strings.Contains(k, " ") {
		return k
	}
	if !strings.HasPrefix(k, "st ") && !strings.HasPrefix(k, "mt ") && !strings.HasPrefix(k, "ft ") &&
		!strings.HasPrefix(k, "ste ") && !strings.HasPrefix(k, "pt ") &&
		!strings.Contains(k, " st ") && !strings.Contains(k, " mt ") && !strings.Contains(k, " ft ") {
		return k
	}
	ws := strings.Split(k, " ")
	for i, w := range ws {
		if x, ok := abbrevWords[w]; ok && i < len(ws)-1 {
			ws[i] = x
		}
	}
	return strings.Join(ws, " ")
}

// Load reads a gazetteer in the generated format (gzip'd TSV: geonameid,
// name, alternate names, demonyms, country, admin1, feature, population,
// lat, lon).
func Load(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	// sizes with room for the generated data (141,311 places, 122,872
	// keys of 1.26 MB, 142,059 key-place pairs, 94,538 first words): no
	// regrowth, and the tables at the size they keep
	g := &Gazetteer{keys: newKeyBuilder(130000, 3<<19, 160000), first: newGrowTable(100000),
		dotted: map[string]bool{}, abbrevOnly: map[string]bool{}, demonym: map[string]int32{}, admin1: map[string]int32{}, country: map[string]int32{}}
	g.recs = make([]rec, 0, 150000) // 141,311 rows: room without a regrowth
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	// the empty key (a name of only periods or spaces) has no entry: its
	// flags (is it a name that is no abbreviation, an abbreviation)
	var emptyPlain, emptyAbbrev bool
	markPlain := func(j int32) {
		if j < 0 {
			emptyPlain = true
		} else {
			g.keys.ents[j].plain = true
		}
	}
	in := interner{} // country, admin1 and feature codes
	code := map[string]uint16{}
	var f [10]string
	names := make([]byte, 0, 2<<20)
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		n := 0
		for n < 9 {
			i := strings.IndexByte(s, '\t')
			if i < 0 {
				break
			}
			f[n] = s[:i]
			s = s[i+1:]
			n++
		}
		f[n] = s
		if n != 9 {
			return nil, fmt.Errorf("gazetteer line %d: %d fields, want 10", line, n+1)
		}
		id, _ := strconv.ParseInt(f[0], 10, 64)
		pop, _ := strconv.ParseInt(f[7], 10, 64)
		lat, err1 := strconv.ParseFloat(f[8], 64)
		lon, err2 := strconv.ParseFloat(f[9], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("gazetteer line %d: bad coordinates", line)
		}
		// Names are copied into one string and codes numbered: a
		// substring would keep the whole line with its alternate names
		// alive (~8 MB), and a string each is an object for the garbage
		// collector to mark and a pointer to scan at every collection.
		if len(f[1]) > math.MaxUint16 {
			return nil, fmt.Errorf("gazetteer line %d: name too long", line)
		}
		p := Place{ID: id, Name: f[1], Country: in.of(f[4]), Admin1: in.of(f[5]), Feature: in.of(f[6]), Population: pop, Lat: lat, Lon: lon}
		codeOf := func(s string) uint16 {
			n, ok := code[s]
			if !ok {
				n = uint16(len(g.codes))
				code[s] = n
				g.codes = append(g.codes, s)
			}
			return n
		}
		r := rec{id: id, pop: pop, lat: lat, lon: lon, name: uint32(len(names)), nameLen: uint16(len(f[1])), level: uint8(p.Level()),
			country: codeOf(p.Country), admin1: codeOf(p.Admin1), feature: codeOf(p.Feature)}
		names = append(names, f[1]...)
		idx := int32(len(g.recs))
		g.recs = append(g.recs, r)
		switch p.Feature {
		case "ADM2":
			// U.S. counties are named with their kind: "Laurel County".
			kind := " County"
			if p.Admin1 == "LA" {
				kind = " Parish"
			}
			if _, err := g.add(p.Name+kind, idx); err != nil {
				return nil, err
			}
			continue
		case "PCLI", "PCLD":
			g.country[p.Country] = idx
		case "ADM1":
			g.admin1[p.Country+"."+p.Admin1] = idx
		}
		j, err := g.add(p.Name, idx)
		if err != nil {
			return nil, err
		}
		markPlain(j)
		if head, _, ok := strings.Cut(p.Name, ", "); ok && p.Level() == 3 {
			// "Washington, D.C." is also "Washington"
			if _, err := g.add(head, idx); err != nil {
				return nil, err
			}
		}
		if alts := f[2]; alts != "" {
			for alts != "" {
				a, rest, _ := strings.Cut(alts, "|")
				alts = rest
				j, err := g.add(a, idx)
				if err != nil {
					return nil, err
				}
				if isAbbrev(a) {
					if strings.HasSuffix(a, ".") {
						g.dotted[strings.Clone(a)] = true
						// each word of "W. Va." keeps its period
						for _, w := range strings.Fields(a) {
							if strings.HasSuffix(w, ".") {
								g.dotted[strings.Clone(w)] = true
							}
						}
					}
					if j < 0 {
						emptyAbbrev = true
					} else {
						g.keys.ents[j].abbrev = true
					}
				} else {
					markPlain(j)
				}
			}
		}
		if f[3] != "" {
			for _, d := range strings.Split(f[3], "|") {
				g.demonym[strings.Clone(Key(d))] = idx
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	if len(names) > math.MaxUint32 || len(g.codes) > math.MaxUint16 {
		return nil, fmt.Errorf("gazetteer: too many names or codes")
	}
	g.names = string(names)
	g.made = make([]atomic.Pointer[Place], len(g.recs))
	// the keys only abbreviations have
	for j := range g.keys.ents {
		if e := &g.keys.ents[j]; e.abbrev && !e.plain {
			g.abbrevOnly[string(g.keys.key(int32(j)))] = true
		}
	}
	if emptyAbbrev && !emptyPlain {
		g.abbrevOnly[""] = true
	}
	for k := range g.demonym {
		g.firstWords(k)
	}
	g.byKey = g.keys.index(func(a, b int32) bool { return g.recs[a].pop > g.recs[b].pop })
	g.firstLen = g.first.packed()
	g.keys, g.first = nil, growTable{}
	return g, nil
}

// firstWords records key k's length in words as its first word's longest.
func (g *Gazetteer) firstWords(k string) {
	n := strings.Count(k, " ") + 1
	first, _, _ := strings.Cut(k, " ")
	h := hashKey(first)
	if have, ok := g.first.get(h); !ok || n > int(have) {
		g.first.put(h, uint32(n))
	}
}

// add indexes a place under a name and returns the name's key's entry
// (-1 for the empty key, which is not indexed).
func (g *Gazetteer) add(name string, idx int32) (int32, error) {
	k := Key(name)
	if k == "" {
		return -1, nil
	}
	j, isNew, err := g.keys.add(k, idx)
	if err != nil || !isNew {
		return j, err
	}
	n := strings.Count(k, " ") + 1
	if n > g.maxLen {
		g.maxLen = n
	}
	g.firstWords(k)
	return j, nil
}

// Lookup returns the places a name may refer to, largest first.
func (g *Gazetteer) Lookup(name string) []*Place {
	var out []*Place
	for _, i := range g.byKey.get(Key(name)) {
		out = append(out, g.place(i))
	}
	return out
}

// Country returns the country entry of an alpha-3 code, or nil.
func (g *Gazetteer) Country(cc3 string) *Place {
	if i, ok := g.country[cc3]; ok {
		return g.place(i)
	}
	return nil
}

// Admin1 returns the region entry of a country and admin1 code, or nil.
func (g *Gazetteer) Admin1(cc3, code string) *Place {
	if i, ok := g.admin1[cc3+"."+code]; ok {
		return g.place(i)
	}
	return nil
}

// interner gives one copy of each of a few distinct strings.
type interner map[string]string

func (in interner) of(s string) string {
	if c, ok := in[s]; ok {
		return c
	}
	c := strings.Clone(s)
	in[c] = c
	return c
}

// isAbbrev tells an abbreviation among alternate names: all capitals
// ("NSW", "ACT") or ending in a period ("Ga.", "Miss.").
func isAbbrev(a string) bool {
	if strings.HasSuffix(a, ".") {
		return true
	}
	letters := 0
	for _, r := range a {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
