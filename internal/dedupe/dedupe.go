// Package dedupe finds exact and near duplicates among news documents.
//
// Exact duplicates share ExactKey: a hash of the text with case, white
// space, punctuation and boilerplate tails folded away. Near duplicates —
// the same story with a new title, words swapped for synonyms, sentences
// dropped or split, typos and a tail added, as content farms republish wire
// copy — are found by MinHash over word bigrams with locality-sensitive
// hashing (LSH) in bands: a new document is checked against the index
// without rescanning what came before, and its signature is small enough
// to keep in the store so that the index is rebuilt after a restart.
package dedupe

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Parameters of the signature: bands × rows hash functions. With 42
// bands of 3 rows, documents whose bigram Jaccard similarity is about 0.3
// or more become candidates with high probability.
const (
	bands   = 42
	rows    = 3
	numHash = bands * rows
)

// Options configure an Index. The zero value is the default.
type Options struct {
	// Threshold is the estimated Jaccard similarity of word bigrams at
	// which a candidate is a near duplicate; 0 means 0.3 (measured on
	// spun Reuters copies against same-topic stories, see metrics.txt).
	Threshold float64
}

// Signature is a document's exact key and MinHash values.
type Signature struct {
	Exact  uint64
	Tokens int // number of word tokens; very short texts are only exact-matched
	Min    [numHash]uint32
}

// Match is an earlier document a new one duplicates.
type Match struct {
	DupOf string
	Score float64 // estimated Jaccard similarity; 1 for exact copies
	Exact bool
	root  int32 // index of DupOf in the Index that made the match, plus one
}

// Index holds the signatures of the documents seen so far. It is safe for
// concurrent use.
//
// It keeps, per document, the MinHash values (needed to score a candidate)
// in one flat slice, its id in one byte slab and, per band, one link of a
// chain through the documents that share the band's key: the band keys
// themselves live only in the map from a key to the latest document with
// it (see bandTable). Signatures and links are kept in chunks of a fixed number of
// documents, so that growing never copies them and wastes at most one
// chunk; nothing is allocated per document beyond that and the maps.
type Index struct {
	opts Options
	mu   sync.Mutex

	mins  [][]uint32       // numHash values per document, chunkDocs documents a chunk
	roots []int32          // the earliest copy each document duplicates, or itself
	ids   []byte           // document ids, one after the other
	idEnd []uint32         // end of each document's id in ids
	exact map[uint64]int32 // exact key → first document with it
	heads bandTable        // band key → latest posting (document*bands + band)
	next  [][]int32        // posting → previous posting with the same key or -1, by chunk
	keyOf keyFunc          // the band key of a posting, from its signature
	mark  []uint32         // document → the Check that last scored it
	gen   uint32           // current Check
}

// NewIndex returns an empty index.
func NewIndex(opts Options) *Index {
	if opts.Threshold <= 0 {
		opts.Threshold = 0.3
	}
	ix := &Index{opts: opts, exact: map[uint64]int32{}}
	ix.keyOf = func(p int32) uint64 {
		i, b := p/bands, int(p%bands)
		return bandKey((*[numHash]uint32)(ix.mins[i/chunkDocs][int(i%chunkDocs)*numHash:]), b)
	}
	return ix
}

// Len is the number of documents in the index.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.roots)
}

// id is document i's id.
func (ix *Index) id(i int32) string {
	start := uint32(0)
	if i > 0 {
		start = ix.idEnd[i-1]
	}
	return string(ix.ids[start:ix.idEnd[i]])
}

// tails are boilerplate that ends republished copies.
var tails = []string{"view original content", "source link", "comments are closed", "all rights reserved", "click here to", "share this article"}

// fold lower-cases a text and drops a boilerplate tail in its second
// half; its words are what signatures are made of.
func fold(text string) string {
	lower := strings.ToLower(text)
	cut := len(lower)
	for _, t := range tails {
		if i := strings.Index(lower[len(lower)/2:], t); i >= 0 && len(lower)/2+i < cut {
			cut = len(lower)/2 + i
		}
	}
	return lower[:cut]
}

// eachWord calls fn with each word of s — a maximal run of letters and
// digits, as strings.FieldsFunc splits it — without allocating.
func eachWord(s string, fn func(w string)) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		n, word := 1, false
		if c < utf8.RuneSelf {
			word = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsNumber(r)
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			fn(s[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		fn(s[start:])
	}
}

// FNV-1a parameters.
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// exactHash adds the words of a folded text to an FNV-1a hash, each
// followed by a space, and the text by a zero byte; it returns the hash
// and the number of words.
func exactHash(h uint64, folded string, fn func(w string)) (uint64, int) {
	n := 0
	eachWord(folded, func(w string) {
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * fnvPrime64
		}
		h = (h ^ ' ') * fnvPrime64
		n++
		if fn != nil {
			fn(w)
		}
	})
	return (h ^ 0) * fnvPrime64, n
}

// ExactKey is the hash of the normalised title and text.
func ExactKey(title, text string) uint64 {
	h, _ := exactHash(fnvOffset64, fold(title), nil)
	h, _ = exactHash(h, fold(text), nil)
	return h
}

// seeds of the hash family h_i(x) = a_i*x + b_i mod 2^32 over a 32-bit
// shingle hash, fixed so signatures stay comparable across runs.
var hashA, hashB = func() ([numHash]uint32, [numHash]uint32) {
	var a, b [numHash]uint32
	x := uint64(0x9E3779B97F4A7C15)
	next := func() uint32 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return uint32(x >> 16)
	}
	for i := range a {
		a[i] = next() | 1
		b[i] = next()
	}
	return a, b
}()

// Sign computes a document's signature. The title takes no part in the
// near-duplicate signature: spun copies get new titles.
func (ix *Index) Sign(title, text string) Signature {
	var sig Signature
	h, _ := exactHash(fnvOffset64, fold(title), nil)
	folded := fold(text)
	// The word bigrams, as hashes: prev*prime ^ h of consecutive words.
	shingles := make([]uint32, 0, len(folded)/6+1)
	var prev uint32
	first := true
	sig.Exact, sig.Tokens = exactHash(h, folded, func(w string) {
		h := fnv32(w)
		if !first {
			shingles = append(shingles, prev*0x01000193^h)
		}
		prev, first = h, false
	})
	minHash(&sig.Min, shingles)
	return sig
}

// minHash sets min[j] to the least h_j over the shingles (MaxUint32 for
// none). Eight shingles go through each hash function at a time, so the
// function's seeds and current minimum are loaded once for eight.
func minHash(m *[numHash]uint32, shingles []uint32) {
	for j := range m {
		m[j] = math.MaxUint32
	}
	for len(shingles) >= 8 {
		s0, s1, s2, s3 := shingles[0], shingles[1], shingles[2], shingles[3]
		s4, s5, s6, s7 := shingles[4], shingles[5], shingles[6], shingles[7]
		for j := range m {
			a, b := hashA[j], hashB[j]
			m[j] = min(m[j], a*s0+b, a*s1+b, a*s2+b, a*s3+b, a*s4+b, a*s5+b, a*s6+b, a*s7+b)
		}
		shingles = shingles[8:]
	}
	for len(shingles) >= 4 {
		s0, s1, s2, s3 := shingles[0], shingles[1], shingles[2], shingles[3]
		for j := range m {
			a, b := hashA[j], hashB[j]
			m[j] = min(m[j], a*s0+b, a*s1+b, a*s2+b, a*s3+b)
		}
		shingles = shingles[4:]
	}
	for _, s := range shingles {
		for j := range m {
			m[j] = min(m[j], hashA[j]*s+hashB[j])
		}
	}
}

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func bandKey(min *[numHash]uint32, b int) uint64 {
	h := uint64(b) * 0x9E3779B97F4A7C15
	for r := 0; r < rows; r++ {
		h ^= uint64(min[b*rows+r])
		h *= 0x100000001B3
	}
	return h
}

// similarity estimates the Jaccard similarity of two signatures' MinHash
// values.
func similarity(a *[numHash]uint32, b []uint32) float64 {
	b = b[:numHash]
	n := 0
	for i, v := range a {
		if v == b[i] && v != math.MaxUint32 {
			n++
		}
	}
	return float64(n) / numHash
}

// chunkDocs is the number of documents whose signatures and band links
// are kept in one chunk.
const chunkDocs = 1024

// minTokens is the shortest text matched as a near duplicate.
const minTokens = 25

// Check finds the earlier document sig duplicates best, reporting the
// earliest copy of it.
func (ix *Index) Check(sig Signature) (Match, bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.check(&sig)
}

func (ix *Index) check(sig *Signature) (Match, bool) {
	if i, ok := ix.exact[sig.Exact]; ok {
		r := ix.roots[i]
		return Match{DupOf: ix.id(r), Score: 1, Exact: true, root: r + 1}, true
	}
	if sig.Tokens < minTokens {
		return Match{}, false
	}
	// Every document sharing a band is a candidate, scored once: the best
	// score wins, ties going to the earliest document, so the order in
	// which candidates are met does not matter.
	if ix.gen++; ix.gen == 0 { // wrapped: forget every mark
		clear(ix.mark)
		ix.gen = 1
	}
	best, bestScore := int32(-1), 0.0
	for b := 0; b < bands; b++ {
		p, ok := ix.heads.get(bandKey(&sig.Min, b), ix.keyOf)
		if !ok {
			continue
		}
		for ; p >= 0; p = ix.next[p/(chunkDocs*bands)][p%(chunkDocs*bands)] {
			i := p / bands
			if ix.mark[i] == ix.gen {
				continue
			}
			ix.mark[i] = ix.gen
			if s := similarity(&sig.Min, ix.mins[i/chunkDocs][int(i%chunkDocs)*numHash:]); s >= ix.opts.Threshold && (s > bestScore || s == bestScore && i < best) {
				best, bestScore = i, s
			}
		}
	}
	if best < 0 {
		return Match{}, false
	}
	r := ix.roots[best]
	return Match{DupOf: ix.id(r), Score: math.Round(bestScore*1000) / 1000, root: r + 1}, true
}

// Add puts a document's signature in the index; it records which earlier
// document it copies, so later copies point to the earliest one.
func (ix *Index) Add(docID, published string, sig Signature) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	m, dup := ix.check(&sig)
	ix.insert(docID, &sig, m, dup)
}

// Insert is Add for a signature already checked: m and dup are what Check
// on this index returned for it, with no document added since, so the
// candidates are not searched twice. The published date is not kept.
func (ix *Index) Insert(docID, published string, sig Signature, m Match, dup bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.insert(docID, &sig, m, dup)
}

func (ix *Index) insert(docID string, sig *Signature, m Match, dup bool) {
	i := int32(len(ix.roots))
	root := i
	if dup && m.root > 0 && m.root <= i {
		root = m.root - 1
	}
	ix.roots = append(ix.roots, root)
	if i%chunkDocs == 0 {
		ix.mins = append(ix.mins, make([]uint32, 0, chunkDocs*numHash))
		ix.next = append(ix.next, make([]int32, 0, chunkDocs*bands))
	}
	mins, next := &ix.mins[len(ix.mins)-1], &ix.next[len(ix.next)-1]
	*mins = append(*mins, sig.Min[:]...)
	off := len(*next)
	for range bands {
		*next = append(*next, -1)
	}
	ix.ids = append(ix.ids, docID...)
	ix.idEnd = append(ix.idEnd, uint32(len(ix.ids)))
	ix.mark = append(ix.mark, 0)
	if _, ok := ix.exact[sig.Exact]; !ok {
		ix.exact[sig.Exact] = i
	}
	if sig.Tokens >= minTokens {
		for b := 0; b < bands; b++ {
			if prev, ok := ix.heads.put(bandKey(&sig.Min, b), i*bands+int32(b), ix.keyOf); ok {
				(*next)[off+b] = prev
			}
		}
	}
}

// MarshalBinary encodes the signature for the store.
func (s Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 1+8+4+4*numHash)
	b = append(b, 1) // version
	b = binary.LittleEndian.AppendUint64(b, s.Exact)
	b = binary.LittleEndian.AppendUint32(b, uint32(s.Tokens))
	for _, v := range s.Min {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b, nil
}

// ErrBadSignature is returned for bytes that are no signature.
var ErrBadSignature = errors.New("dedupe: malformed signature")

// UnmarshalSignature decodes a signature made by MarshalBinary.
func UnmarshalSignature(b []byte) (Signature, error) {
	var s Signature
	if len(b) != 1+8+4+4*numHash || b[0] != 1 {
		return s, ErrBadSignature
	}
	s.Exact = binary.LittleEndian.Uint64(b[1:])
	s.Tokens = int(binary.LittleEndian.Uint32(b[9:]))
	for i := range s.Min {
		s.Min[i] = binary.LittleEndian.Uint32(b[13+4*i:])
	}
	return s, nil
}
