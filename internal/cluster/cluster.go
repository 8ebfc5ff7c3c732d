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
	"cmp"
	"encoding/binary"
	"errors"
	"math"
	"slices"
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
	acc := terms(title, text)
	defer acc.release()
	return Features{Date: date(published), Terms: acc.top(maxTerms)}
}

// date is the YYYY-MM-DD day of a published date, or "".
func date(published string) string {
	if len(published) >= 10 {
		if _, err := time.Parse("2006-01-02", published[:10]); err == nil {
			return published[:10]
		}
	}
	return ""
}

// terms accumulates the terms of a document. Titles are often in capitals
// or title case: their words count as terms, not entities.
// The caller puts it back in accs when done with it.
func terms(title, text string) *termAcc {
	acc := accs.Get().(*termAcc)
	acc.add(title, 2, false)
	acc.add(text, 1, true)
	return acc
}

// accs keeps term accumulators for reuse, so that their map and slices
// are not grown again for every document.
var accs = sync.Pool{New: func() any { return &termAcc{idx: map[string]int32{}} }}

// release empties a and puts it back in accs; one that grew very large is
// left to the garbage collector instead.
func (a *termAcc) release() {
	if len(a.keys) > 4096 {
		return
	}
	clear(a.idx)
	a.keys, a.vals = a.keys[:0], a.vals[:0]
	accs.Put(a)
}

// Analyse is Extract, Prepare and MarshalBinary at once, without building
// the map of terms: what a worker computes for a document before the
// document is assigned. It may be called concurrently with everything.
func (c *Clusterer) Analyse(title, text, published string) (*Doc, []byte) {
	acc := terms(title, text)
	defer acc.release()
	order := acc.best(maxTerms)
	slices.SortFunc(order, func(x, y int32) int { return strings.Compare(acc.keys[x], acc.keys[y]) })
	keys := make([]string, len(order))
	weights := make([]float64, len(order))
	for i, k := range order {
		keys[i], weights[i] = acc.keys[k], acc.vals[k]
	}
	day := date(published)
	return c.prepare(day, keys, weights), marshal(day, keys, weights)
}

// termAcc accumulates term frequencies: an index into vals per term, so
// that a term seen again costs a lookup without building its key.
type termAcc struct {
	idx  map[string]int32
	keys []string
	vals []float64
	buf  []byte
}

func (a *termAcc) inc(key []byte, v float64) {
	if i, ok := a.idx[string(key)]; ok {
		a.vals[i] += v
		return
	}
	k := string(key)
	a.idx[k] = int32(len(a.keys))
	a.keys = append(a.keys, k)
	a.vals = append(a.vals, v)
}

// add adds the terms of s, line by line: at a sentence or line start a
// capital says nothing.
func (a *termAcc) add(s string, weight float64, entities bool) {
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		a.addLine(line, weight, entities)
	}
}

// inWord reports whether r belongs to a word: letters, digits and the
// sentence punctuation and hyphen that are trimmed afterwards.
func inWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '.' || r == '!' || r == '?' || r == '-'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// addLine adds the terms of one line.
func (a *termAcc) addLine(line string, weight float64, entities bool) {
	start := true
	for i := 0; i < len(line); {
		// Find the next word: a run of word runes.
		r, n := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(line[i:])
		}
		if !inWord(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(line) {
			r, n := rune(line[j]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(line[j:])
			}
			if !inWord(r) {
				break
			}
			j += n
		}
		w := line[i:j]
		i = j
		last := w[len(w)-1]
		end := last == '.' || last == '!' || last == '?'
		w = trimPunct(w)
		if w == "" {
			continue
		}
		// The key: "e:" and the lower-cased word, built in place.
		a.buf = appendLower(append(a.buf[:0], entityPrefix...), w)
		lw := a.buf[len(entityPrefix):]
		// A word counted before is a term; the others are checked.
		k, seen := a.idx[string(lw)]
		if seen || !stop[string(lw)] && utf8.RuneCountInString(w) >= 3 && !isNumber(w) {
			r, _ = utf8.DecodeRuneInString(w)
			switch {
			case entities && unicode.IsUpper(r) && !start:
				a.inc(a.buf, 2*weight)
			case seen:
				a.vals[k] += weight
			default:
				a.inc(lw, weight)
			}
		}
		start = end
	}
}

// trimPunct trims the sentence punctuation and hyphens that words are
// split with: strings.Trim(w, ".!?-").
func trimPunct(w string) string {
	isPunct := func(c byte) bool { return c == '.' || c == '!' || c == '?' || c == '-' }
	for len(w) > 0 && isPunct(w[0]) {
		w = w[1:]
	}
	for len(w) > 0 && isPunct(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// appendLower appends strings.ToLower(s) to b, without allocating for
// ASCII.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsNumber(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// best returns the indexes of the n terms of highest frequency (ties by
// term), in no particular order.
func (a *termAcc) best(n int) []int32 {
	order := make([]int32, len(a.keys))
	for i := range order {
		order[i] = int32(i)
	}
	if len(order) > n {
		// Sort by frequency alone, then settle the ties at the cut by
		// term: strings are compared only there.
		byVal := func(x, y int32) int { return cmp.Compare(a.vals[y], a.vals[x]) }
		slices.SortFunc(order, byVal)
		lo, hi := tiesAt(order, n, byVal)
		slices.SortFunc(order[lo:hi], func(x, y int32) int { return strings.Compare(a.keys[x], a.keys[y]) })
		order = order[:n]
	}
	return order
}

// tiesAt returns the range of xs, sorted by cmp, that compares equal to
// xs[n-1]: the ties that the first n cut through.
func tiesAt[T any](xs []T, n int, cmp func(a, b T) int) (lo, hi int) {
	lo, hi = n-1, n
	for lo > 0 && cmp(xs[lo-1], xs[n-1]) == 0 {
		lo--
	}
	for hi < len(xs) && cmp(xs[hi], xs[n-1]) == 0 {
		hi++
	}
	return lo, hi
}

// top returns the n terms of highest frequency (ties by term) as a map.
func (a *termAcc) top(n int) map[string]float64 {
	order := a.best(n)
	out := make(map[string]float64, len(order))
	for _, i := range order {
		out[a.keys[i]] = a.vals[i]
	}
	return out
}

// Versions of encoded features: 2 keeps each weight as a float64; 3, for
// whole weights (all that Extract makes), as a varint, and marks entities
// with a bit of the term's length instead of the "e:" prefix.
const (
	featuresV2 = 2
	featuresV3 = 3
)

// entityPrefix marks named entities among the terms.
const entityPrefix = "e:"

// MarshalBinary encodes features for the store: a version byte, the date,
// then each term with its weight (terms sorted, so equal features encode
// equally).
func (f Features) MarshalBinary() ([]byte, error) {
	keys := make([]string, 0, len(f.Terms))
	for t := range f.Terms {
		keys = append(keys, t)
	}
	sort.Strings(keys)
	weights := make([]float64, len(keys))
	for i, t := range keys {
		weights[i] = f.Terms[t]
	}
	return marshal(f.Date, keys, weights), nil
}

// maxWhole is the largest weight encoded as a whole number.
const maxWhole = 1 << 52

func whole(w float64) bool { return w >= 0 && w <= maxWhole && w == math.Trunc(w) }

// marshal encodes features given as terms sorted with their weights.
func marshal(date string, keys []string, weights []float64) []byte {
	v3 := true
	for _, w := range weights {
		v3 = v3 && whole(w)
	}
	b := make([]byte, 0, 16+len(keys)*10)
	if v3 {
		b = append(b, featuresV3)
	} else {
		b = append(b, featuresV2)
	}
	b = binary.AppendUvarint(b, uint64(len(date)))
	b = append(b, date...)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for i, t := range keys {
		if !v3 {
			b = binary.AppendUvarint(b, uint64(len(t)))
			b = append(b, t...)
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(weights[i]))
			continue
		}
		ent := uint64(0)
		if strings.HasPrefix(t, entityPrefix) {
			t, ent = t[len(entityPrefix):], 1
		}
		b = binary.AppendUvarint(b, uint64(len(t))<<1|ent)
		b = append(b, t...)
		b = binary.AppendUvarint(b, uint64(weights[i]))
	}
	return b
}

// ErrBadFeatures is returned for bytes that are no encoded features.
var ErrBadFeatures = errors.New("cluster: malformed features")

// UnmarshalFeatures decodes features made by MarshalBinary (either
// version).
func UnmarshalFeatures(b []byte) (Features, error) {
	f := Features{Terms: map[string]float64{}}
	if len(b) == 0 || b[0] != featuresV2 && b[0] != featuresV3 {
		return f, ErrBadFeatures
	}
	v3 := b[0] == featuresV3
	b = b[1:]
	uvarint := func() (uint64, bool) {
		n, k := binary.Uvarint(b)
		if k <= 0 {
			return 0, false
		}
		b = b[k:]
		return n, true
	}
	bytes := func(n uint64) (string, bool) {
		if uint64(len(b)) < n {
			return "", false
		}
		s := string(b[:n])
		b = b[n:]
		return s, true
	}
	n, ok := uvarint()
	if !ok {
		return f, ErrBadFeatures
	}
	if f.Date, ok = bytes(n); !ok {
		return f, ErrBadFeatures
	}
	count, ok := uvarint()
	if !ok || count > uint64(len(b)) {
		return f, ErrBadFeatures
	}
	for i := uint64(0); i < count; i++ {
		n, ok := uvarint()
		if !ok {
			return f, ErrBadFeatures
		}
		prefix := ""
		if v3 {
			n, prefix = n>>1, entityPrefix[:2*(n&1)]
		}
		t, ok := bytes(n)
		if !ok {
			return f, ErrBadFeatures
		}
		var w float64
		if v3 {
			x, ok := uvarint()
			if !ok || x > maxWhole {
				return f, ErrBadFeatures
			}
			w = float64(x)
		} else {
			if len(b) < 8 {
				return f, ErrBadFeatures
			}
			w = math.Float64frombits(binary.LittleEndian.Uint64(b))
			b = b[8:]
		}
		f.Terms[prefix+t] = w
	}
	return f, nil
}

// Clusterer assigns documents to stories. It is safe for concurrent use:
// Prepare may run on many goroutines while Assign runs on one.
//
// Terms are interned: a term is an int32 index into per-term state (its
// document frequency, the stories its postings lead to), and a story's
// centroid is a slice sorted by term, so that comparing a document with a
// story walks two short arrays instead of hashing strings.
type Clusterer struct {
	opts Options
	voc  vocab

	mu       sync.Mutex
	n        int              // documents joined
	df       []int32          // term → documents with the term
	postings [][]int32        // entity term → recent stories with it
	stories  []*story         // by index
	byID     map[string]int32 // story id → index
	mark     []uint32         // story → the Assign that last counted it
	shared   []int32          // story → entities shared with the document (valid when marked)
	gen      uint32           // current Assign
	docW     []float64        // term → the document's weight (zero outside Assign)
	touched  []int32          // stories counted in this Assign
	cands    []cand           // candidates of this Assign
	ent      []bool           // term → a named entity (set when it joins a story)
	merged   []centroidTerm   // scratch for join
}

// vocab interns terms. Ids are handed out in the order terms are first
// prepared, which varies with scheduling; no result depends on them
// (ties are broken by the terms themselves).
type vocab struct {
	mu    sync.RWMutex
	ids   map[string]int32
	names []string
}

// intern sets ids[i] to the id of terms[i], under one read lock for the
// terms known already and one write lock for the others.
func (v *vocab) intern(terms []string, ids []int32) {
	missing := false
	v.mu.RLock()
	for i, t := range terms {
		id, ok := v.ids[t]
		if !ok {
			id, missing = -1, true
		}
		ids[i] = id
	}
	v.mu.RUnlock()
	if !missing {
		return
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	for i, t := range terms {
		if ids[i] >= 0 {
			continue
		}
		id, ok := v.ids[t]
		if !ok {
			id = int32(len(v.names))
			v.ids[t] = id
			v.names = append(v.names, t)
		}
		ids[i] = id
	}
}

func (v *vocab) size() int {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return len(v.names)
}

// termWeight is one term of a document's vector.
type termWeight struct {
	id  int32
	ent bool // a named entity ("e:" term)
	w   float64
}

// centroidTerm is one term of a story's centroid, in 8 bytes: whether it
// is an entity is kept per term (Clusterer.ent), and the weight as a
// float32, which holds the whole-number sums that Extract's weights make
// exactly (up to 2^24).
type centroidTerm struct {
	id int32
	w  float32
}

type story struct {
	id          string
	centroid    []centroidTerm // sorted by id, at most 2*maxTerms
	dated       bool           // first and last are set
	first, last int32          // days since 1970-01-01
	size        int
}

type cand struct {
	story int32
	n     int32
}

// Doc is a document's features made ready for Assign: terms interned and
// sorted, date parsed. Preparing is the part of clustering that does not
// depend on earlier documents, so it can run in parallel.
type Doc struct {
	dated bool
	day   int32
	terms []termWeight // sorted by id
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
	return &Clusterer{opts: opts, voc: vocab{ids: map[string]int32{}}, byID: map[string]int32{}}
}

// Prepare interns a document's features for AssignDoc or RestoreDoc. It
// may be called concurrently with them.
func (c *Clusterer) Prepare(f Features) *Doc {
	keys := make([]string, 0, len(f.Terms))
	weights := make([]float64, 0, len(f.Terms))
	for t, w := range f.Terms {
		keys = append(keys, t)
		weights = append(weights, w)
	}
	return c.prepare(f.Date, keys, weights)
}

func (c *Clusterer) prepare(date string, keys []string, weights []float64) *Doc {
	d := &Doc{terms: make([]termWeight, len(keys))}
	if date != "" {
		if t, err := time.Parse("2006-01-02", date); err == nil {
			d.dated, d.day = true, int32(t.Unix()/86400)
		}
	}
	ids := make([]int32, len(keys))
	c.voc.intern(keys, ids)
	for i, t := range keys {
		d.terms[i] = termWeight{id: ids[i], ent: strings.HasPrefix(t, entityPrefix), w: weights[i]}
	}
	slices.SortFunc(d.terms, func(a, b termWeight) int { return cmp.Compare(a.id, b.id) })
	return d
}

// Assign puts a document in a story and returns the story's id; isNew says
// whether the story was started by it.
func (c *Clusterer) Assign(docID string, f Features) (storyID string, isNew bool) {
	return c.AssignDoc(docID, c.Prepare(f))
}

// AssignDoc is Assign for prepared features.
func (c *Clusterer) AssignDoc(docID string, d *Doc) (storyID string, isNew bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.grow()
	// Candidates: the stories that share the most named entities with the
	// document, through the postings; only the best few are scored.
	if c.gen++; c.gen == 0 { // wrapped: forget every mark
		clear(c.mark)
		c.gen = 1
	}
	c.touched = c.touched[:0]
	entities := 0
	for _, t := range d.terms {
		if !t.ent {
			continue
		}
		entities++
		for _, si := range c.postings[t.id] {
			if c.mark[si] != c.gen {
				c.mark[si], c.shared[si] = c.gen, 0
				c.touched = append(c.touched, si)
			}
			c.shared[si]++
		}
	}
	need := int32(min(2, entities))
	c.cands = c.cands[:0]
	for _, si := range c.touched {
		if n := c.shared[si]; n >= need {
			c.cands = append(c.cands, cand{si, n})
		}
	}
	if len(c.cands) > maxCandidates {
		// Only which candidates are kept matters (the best is chosen by
		// score, ties by id): sort by shared entities, then settle the
		// ties at the cut by story id.
		byShared := func(a, b cand) int { return cmp.Compare(b.n, a.n) }
		slices.SortFunc(c.cands, byShared)
		lo, hi := tiesAt(c.cands, maxCandidates, byShared)
		slices.SortFunc(c.cands[lo:hi], func(a, b cand) int {
			return strings.Compare(c.stories[a.story].id, c.stories[b.story].id)
		})
		c.cands = c.cands[:maxCandidates]
	}
	// The document weighted by idf once: the whole vector and its
	// entities alone.
	var normAll, normEnt float64
	for _, t := range d.terms {
		x := t.w * c.idf(t.id)
		c.docW[t.id] = x
		normAll += x * x
		if t.ent {
			normEnt += x * x
		}
	}
	best, bestSim := int32(-1), 0.0
	for _, cd := range c.cands {
		s := c.stories[cd.story]
		dated := d.dated && s.dated
		if dated && !c.within(d.day, s) {
			continue
		}
		th := c.opts.Threshold
		if !dated {
			th = c.opts.UndatedThreshold
		}
		// Both the whole vectors and their named entities must agree:
		// template stories (results tables, market reports) share terms
		// but not names.
		sim, simEnt := c.cosines(normAll, normEnt, s.centroid)
		if sim >= th && simEnt >= th && (sim > bestSim || sim == bestSim && s.id < c.stories[best].id) {
			best, bestSim = cd.story, sim
		}
	}
	for _, t := range d.terms {
		c.docW[t.id] = 0
	}
	if best < 0 {
		id := "s" + strings.TrimPrefix(docID, "d")
		if _, taken := c.byID[id]; taken {
			id = "s" + docID
		}
		best, isNew = c.story(id), true
	}
	c.join(best, d)
	return c.stories[best].id, isNew
}

// Restore puts a document back in its story after a restart.
func (c *Clusterer) Restore(docID, storyID string, f Features) {
	c.RestoreDoc(docID, storyID, c.Prepare(f))
}

// RestoreDoc is Restore for prepared features.
func (c *Clusterer) RestoreDoc(docID, storyID string, d *Doc) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.grow()
	c.join(c.story(storyID), d)
}

// grow sizes the per-term state for the terms interned so far.
func (c *Clusterer) grow() {
	n := c.voc.size()
	if n <= len(c.df) {
		return
	}
	n = max(n, 2*len(c.df))
	c.df = append(c.df, make([]int32, n-len(c.df))...)
	c.postings = append(c.postings, make([][]int32, n-len(c.postings))...)
	c.docW = append(c.docW, make([]float64, n-len(c.docW))...)
	c.ent = append(c.ent, make([]bool, n-len(c.ent))...)
}

// story returns the index of the story id, adding it if new.
func (c *Clusterer) story(id string) int32 {
	if i, ok := c.byID[id]; ok {
		return i
	}
	i := int32(len(c.stories))
	c.stories = append(c.stories, &story{id: id})
	c.byID[id] = i
	c.mark = append(c.mark, 0)
	c.shared = append(c.shared, 0)
	return i
}

func (c *Clusterer) join(si int32, d *Doc) {
	s := c.stories[si]
	// Merge the document's terms into the centroid (both sorted by id).
	m := c.merged[:0]
	cent := s.centroid
	i := 0
	for _, t := range d.terms {
		for i < len(cent) && cent[i].id < t.id {
			m = append(m, cent[i])
			i++
		}
		if i < len(cent) && cent[i].id == t.id {
			m = append(m, centroidTerm{id: t.id, w: cent[i].w + float32(t.w)})
			i++
		} else {
			m = append(m, centroidTerm{id: t.id, w: float32(t.w)})
			c.ent[t.id] = t.ent
			if t.ent {
				// Postings keep the most recent stories only: a story
				// that a common name leads to is found through its
				// rarer names.
				ids := append(c.postings[t.id], si)
				if len(ids) > maxPostings {
					ids = append(ids[:0:0], ids[len(ids)-maxPostings:]...)
				}
				c.postings[t.id] = ids
			}
		}
		c.df[t.id]++
	}
	m = append(m, cent[i:]...)
	if len(m) > 2*maxTerms {
		c.voc.mu.RLock()
		names := c.voc.names
		c.voc.mu.RUnlock()
		slices.SortFunc(m, func(a, b centroidTerm) int {
			if x := cmp.Compare(b.w, a.w); x != 0 {
				return x
			}
			return strings.Compare(names[a.id], names[b.id])
		})
		m = m[:2*maxTerms]
		slices.SortFunc(m, func(a, b centroidTerm) int { return cmp.Compare(a.id, b.id) })
	}
	if cap(s.centroid) >= len(m) {
		s.centroid = append(s.centroid[:0], m...)
	} else {
		s.centroid = append(make([]centroidTerm, 0, min(2*maxTerms, len(m)+len(m)/2)), m...)
	}
	c.merged = m[:0]
	c.n++
	s.size++
	if d.dated {
		if !s.dated || d.day < s.first {
			s.first = d.day
		}
		if !s.dated || d.day > s.last {
			s.last = d.day
		}
		s.dated = true
	}
}

func (c *Clusterer) within(day int32, s *story) bool {
	w := int32(c.opts.Window)
	return day >= s.first-w && day <= s.last+w
}

// idfPrior is a pseudo-count of documents in which no term occurs, so that
// the first documents of a store are compared by their terms' frequencies
// rather than by an idf estimated from two or three documents.
const idfPrior = 1000

func (c *Clusterer) idf(t int32) float64 {
	return logN(c.n+idfPrior) - logN(int(c.df[t])+1)
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

// cosines compares the document in docW (norms given) with a story
// centroid, weighted by idf: the whole vectors, and the named entities
// alone.
func (c *Clusterer) cosines(normAll, normEnt float64, centroid []centroidTerm) (all, ents float64) {
	logDocs := logN(c.n + idfPrior)
	var dotAll, nbAll, dotEnt, nbEnt float64
	for _, u := range centroid {
		w := float64(u.w) * (logDocs - logN(int(c.df[u.id])+1))
		x := c.docW[u.id]
		nbAll += w * w
		dotAll += x * w
		if c.ent[u.id] {
			nbEnt += w * w
			dotEnt += x * w
		}
	}
	if normAll != 0 && nbAll != 0 {
		all = dotAll / math.Sqrt(normAll*nbAll)
	}
	if normEnt != 0 && nbEnt != 0 {
		ents = dotEnt / math.Sqrt(normEnt*nbEnt)
	}
	return all, ents
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
