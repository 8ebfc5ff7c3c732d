// Package cluster groups documents into stories: reports of the same
// real-world happening, in different words, within a few days of each
// other. It is incremental — each document is compared with the stories
// that share a named entity with it, through an inverted index, never
// with the whole store — and its state is rebuilt after a restart from
// per-document features kept in the store.
//
// A document is a vector of its named entities (capitalised words inside
// sentences, weighted double) and key terms, weighted by inverse document
// frequency learned as documents arrive. It joins the story whose centroid
// is most similar (cosine) if that similarity passes a threshold and the
// story was last seen within the time window; otherwise it starts a story.
package cluster

import (
	"encoding/binary"
	"errors"
	"math"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Options configure a Clusterer. The zero value is the default.
type Options struct {
	// Threshold is the cosine similarity to join a story; 0 means 0.4.
	Threshold float64
	// UndatedThreshold applies when the document or story has no date;
	// 0 means 0.5.
	UndatedThreshold float64
	// Window is how far apart in days a document and a story may be; 0
	// means 3.
	Window int
}

// Features are what clustering keeps of a document.
type Features struct {
	Date  string             `json:"d,omitempty"` // YYYY-MM-DD
	Terms map[string]float64 `json:"t"`           // term → frequency; entities are prefixed "e:"
}

// maxTerms bounds a document's and a story's vector.
const maxTerms = 60

// maxPostings bounds the stories an entity leads to; maxCandidates the
// stories a document is compared with.
const (
	maxPostings   = 48
	maxCandidates = 12
)

// Extract computes a document's features.
func Extract(title, text, published string) Features {
	f := Features{Terms: map[string]float64{}}
	if len(published) >= 10 {
		if _, err := time.Parse("2006-01-02", published[:10]); err == nil {
			f.Date = published[:10]
		}
	}
	add := func(s string, weight float64, entities bool) {
		// At a sentence or line start a capital says nothing.
		for _, line := range strings.Split(s, "\n") {
			addLine(f.Terms, line, weight, entities)
		}
	}
	// Titles are often in capitals or title case: their words count as
	// terms, not entities.
	add(title, 2, false)
	add(text, 1, true)
	f.Terms = top(f.Terms, maxTerms)
	return f
}

// addLine adds the terms of one line.
func addLine(terms map[string]float64, line string, weight float64, entities bool) {
	start := true
	for _, w := range strings.FieldsFunc(line, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '.' && r != '!' && r != '?' && r != '-'
	}) {
		end := strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?")
		w = strings.Trim(w, ".!?-")
		if w == "" {
			continue
		}
		lw := strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case stop[lw] || utf8.RuneCountInString(w) < 3 || isNumber(w):
		case entities && unicode.IsUpper(r) && !start:
			terms["e:"+lw] += 2 * weight
		default:
			terms[lw] += weight
		}
		start = end
	}
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsNumber(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

func top(m map[string]float64, n int) map[string]float64 {
	if len(m) <= n {
		return m
	}
	type kv struct {
		k string
		v float64
	}
	all := make([]kv, 0, len(m))
	for k, v := range m {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k })
	out := make(map[string]float64, n)
	for _, e := range all[:n] {
		out[e.k] = e.v
	}
	return out
}

// featuresVersion is the first byte of encoded features.
const featuresVersion = 2

// MarshalBinary encodes features for the store: a version byte, the date,
// then each term with its weight (terms sorted, so equal features encode
// equally).
func (f Features) MarshalBinary() ([]byte, error) {
	terms := make([]string, 0, len(f.Terms))
	for t := range f.Terms {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	b := []byte{featuresVersion}
	b = binary.AppendUvarint(b, uint64(len(f.Date)))
	b = append(b, f.Date...)
	b = binary.AppendUvarint(b, uint64(len(terms)))
	for _, t := range terms {
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = append(b, t...)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f.Terms[t]))
	}
	return b, nil
}

// ErrBadFeatures is returned for bytes that are no encoded features.
var ErrBadFeatures = errors.New("cluster: malformed features")

// UnmarshalFeatures decodes features made by MarshalBinary.
func UnmarshalFeatures(b []byte) (Features, error) {
	f := Features{Terms: map[string]float64{}}
	if len(b) == 0 || b[0] != featuresVersion {
		return f, ErrBadFeatures
	}
	b = b[1:]
	str := func() (string, bool) {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return "", false
		}
		s := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return s, true
	}
	var ok bool
	if f.Date, ok = str(); !ok {
		return f, ErrBadFeatures
	}
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return f, ErrBadFeatures
	}
	b = b[k:]
	for i := uint64(0); i < n; i++ {
		t, ok := str()
		if !ok || len(b) < 8 {
			return f, ErrBadFeatures
		}
		f.Terms[t] = math.Float64frombits(binary.LittleEndian.Uint64(b))
		b = b[8:]
	}
	return f, nil
}

// Clusterer assigns documents to stories. It is safe for concurrent use.
type Clusterer struct {
	opts    Options
	mu      sync.Mutex
	df      map[string]int
	n       int
	stories map[string]*story
	byTerm  map[string][]string // entity → stories
}

type story struct {
	id          string
	centroid    map[string]float64
	first, last string
	size        int
}

// New returns an empty clusterer.
func New(opts Options) *Clusterer {
	if opts.Threshold <= 0 {
		opts.Threshold = 0.4
	}
	if opts.UndatedThreshold <= 0 {
		opts.UndatedThreshold = 0.5
	}
	if opts.Window <= 0 {
		opts.Window = 3
	}
	return &Clusterer{opts: opts, df: map[string]int{}, stories: map[string]*story{}, byTerm: map[string][]string{}}
}

// Assign puts a document in a story and returns the story's id; isNew says
// whether the story was started by it.
func (c *Clusterer) Assign(docID string, f Features) (storyID string, isNew bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	// Candidates: the stories that share the most named entities with the
	// document, through the postings; only the best few are scored.
	shared := map[string]int{}
	entities := 0
	for t := range f.Terms {
		if !strings.HasPrefix(t, "e:") {
			continue
		}
		entities++
		for _, id := range c.byTerm[t] {
			shared[id]++
		}
	}
	need := min(2, entities)
	type cand struct {
		id string
		n  int
	}
	var cands []cand
	for id, n := range shared {
		if n >= need {
			cands = append(cands, cand{id, n})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		return cands[i].n > cands[j].n || cands[i].n == cands[j].n && cands[i].id < cands[j].id
	})
	if len(cands) > maxCandidates {
		cands = cands[:maxCandidates]
	}
	all, ents := c.weigh(f.Terms)
	best, bestSim := "", 0.0
	for _, cd := range cands {
		id := cd.id
		s := c.stories[id]
		dated := f.Date != "" && s.last != ""
		if dated && !c.within(f.Date, s) {
			continue
		}
		th := c.opts.Threshold
		if !dated {
			th = c.opts.UndatedThreshold
		}
		// Both the whole vectors and their named entities must agree:
		// template stories (results tables, market reports) share terms
		// but not names.
		sim := c.cosine(all, s.centroid, false)
		if sim >= th && c.cosine(ents, s.centroid, true) >= th && (sim > bestSim || sim == bestSim && id < best) {
			best, bestSim = id, sim
		}
	}
	if best == "" {
		best, isNew = "s"+strings.TrimPrefix(docID, "d"), true
		if _, taken := c.stories[best]; taken {
			best = "s" + docID
		}
	}
	c.join(best, f)
	return best, isNew
}

// Restore puts a document back in its story after a restart.
func (c *Clusterer) Restore(docID, storyID string, f Features) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.join(storyID, f)
}

func (c *Clusterer) join(id string, f Features) {
	s := c.stories[id]
	if s == nil {
		s = &story{id: id, centroid: map[string]float64{}}
		c.stories[id] = s
	}
	for t, v := range f.Terms {
		if _, ok := s.centroid[t]; !ok && strings.HasPrefix(t, "e:") {
			// Postings keep the most recent stories only: a story that
			// a common name leads to is found through its rarer names.
			ids := append(c.byTerm[t], id)
			if len(ids) > maxPostings {
				ids = append(ids[:0:0], ids[len(ids)-maxPostings:]...)
			}
			c.byTerm[t] = ids
		}
		s.centroid[t] += v
		c.df[t]++
	}
	s.centroid = top(s.centroid, 2*maxTerms)
	c.n++
	s.size++
	if f.Date != "" {
		if s.first == "" || f.Date < s.first {
			s.first = f.Date
		}
		if f.Date > s.last {
			s.last = f.Date
		}
	}
}

func (c *Clusterer) within(date string, s *story) bool {
	d, err1 := time.Parse("2006-01-02", date)
	first, err2 := time.Parse("2006-01-02", s.first)
	last, err3 := time.Parse("2006-01-02", s.last)
	if err1 != nil || err2 != nil || err3 != nil {
		return true
	}
	w := time.Duration(c.opts.Window) * 24 * time.Hour
	return !d.Before(first.Add(-w)) && !d.After(last.Add(w))
}

// idfPrior is a pseudo-count of documents in which no term occurs, so that
// the first documents of a store are compared by their terms' frequencies
// rather than by an idf estimated from two or three documents.
const idfPrior = 1000

func (c *Clusterer) idf(t string) float64 {
	return logN(c.n+idfPrior) - logN(c.df[t]+1)
}

// logTable holds ln(i) for small i: idf is computed thousands of times per
// document, and document frequencies are small integers.
var logTable = func() []float64 {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = math.Log(float64(i))
	}
	return t
}()

func logN(i int) float64 {
	if i > 0 && i < len(logTable) {
		return logTable[i]
	}
	return math.Log(float64(i))
}

// vec is a document's idf-weighted vector and its norm.
type vec struct {
	w    map[string]float64
	norm float64
}

// weigh weights a document's terms by idf once: the whole vector and its
// entities alone.
func (c *Clusterer) weigh(terms map[string]float64) (vec, vec) {
	all, ents := vec{w: make(map[string]float64, len(terms))}, vec{w: map[string]float64{}}
	for t, v := range terms {
		x := v * c.idf(t)
		all.w[t] = x
		all.norm += x * x
		if strings.HasPrefix(t, "e:") {
			ents.w[t] = x
			ents.norm += x * x
		}
	}
	return all, ents
}

// cosine compares a weighted document vector with a story centroid.
func (c *Clusterer) cosine(a vec, b map[string]float64, entitiesOnly bool) float64 {
	var dot, nb float64
	for t, u := range b {
		if entitiesOnly && !strings.HasPrefix(t, "e:") {
			continue
		}
		w := u * c.idf(t)
		nb += w * w
		if x, ok := a.w[t]; ok {
			dot += x * w
		}
	}
	if a.norm == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(a.norm*nb)
}

// stop words are never terms.
var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the and for that with this from have has had was were are is be been will would
		could should said says say also its their his her they them she him who which what when where while about after
		before over under into than then there these those other more most some such only very just can may might must
		not but all any each both our out new one two three first last year years week month day time per
		mln dlrs pct cts shr shrs net vs reuter reuters inc corp ltd company companies told according percent
		oper revs avg note qtr`) {
		stop[w] = true
	}
}
