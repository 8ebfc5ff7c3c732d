package relevance

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Topics the document model tells apart, in the order of its columns.
var Topics = []string{"business", "entertainment", "politics", "sport", "tech"}

//go:embed model.txt
var modelText string

// Model is a multinomial naive Bayes document classifier over lower-cased
// words, with uniform priors (the training corpus's mix is not the news
// mix).
type Model struct {
	logp    map[string][]float64 // word → log P(word|topic)
	unknown []float64            // log P(unseen word|topic), unused: unseen words are skipped
}

var (
	modelOnce sync.Once
	model     *Model
	modelErr  error
)

// Default is the embedded model (model.txt, made by `go generate`).
func Default() (*Model, error) {
	modelOnce.Do(func() { model, modelErr = ParseModel(modelText) })
	return model, modelErr
}

// ParseModel reads a model file: '#' comment lines, then one line a word:
// the word and one log probability per topic, tab-separated.
func ParseModel(text string) (*Model, error) {
	m := &Model{logp: map[string][]float64{}}
	for i, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != len(Topics)+1 {
			return nil, fmt.Errorf("relevance model line %d: %d fields, want %d", i+1, len(f), len(Topics)+1)
		}
		lp := make([]float64, len(Topics))
		for k := range Topics {
			v, err := strconv.ParseFloat(f[k+1], 64)
			if err != nil {
				return nil, fmt.Errorf("relevance model line %d: %w", i+1, err)
			}
			lp[k] = v
		}
		m.logp[f[0]] = lp
	}
	if len(m.logp) == 0 {
		return nil, fmt.Errorf("relevance model: no words")
	}
	return m, nil
}

// maxWords bounds the words of a document the model reads: the lead
// carries the topic, and a long text's likelihoods only get more extreme.
const maxWords = 300

// Classify returns the posterior probability of each topic (Topics order)
// for a text.
func (m *Model) Classify(text string) []float64 {
	score := make([]float64, len(Topics))
	n := 0
	words(text, func(w []byte) bool {
		if lp, ok := m.logp[string(w)]; ok {
			for k := range score {
				score[k] += lp[k]
			}
		}
		n++
		return n < maxWords
	})
	mx := math.Inf(-1)
	for _, s := range score {
		mx = math.Max(mx, s)
	}
	sum := 0.0
	for k := range score {
		score[k] = math.Exp(score[k] - mx)
		sum += score[k]
	}
	for k := range score {
		score[k] /= sum
	}
	return score
}

// Words calls fn with each lower-cased word of text (letters, inner
// apostrophes and hyphens) until fn returns false.
func Words(text string, fn func(string) bool) {
	words(text, func(b []byte) bool { return fn(string(b)) })
}

// words is Words on a reused buffer: b is valid only during the call.
func words(text string, fn func([]byte) bool) {
	var buf []byte
	in := false
	var tmp [4]byte
	flush := func() bool {
		w := buf
		for len(w) > 0 && (w[0] == '\'' || w[0] == '-') {
			w = w[1:]
		}
		for len(w) > 0 && (w[len(w)-1] == '\'' || w[len(w)-1] == '-') {
			w = w[:len(w)-1]
		}
		ok := true
		if len(buf) >= 2 && len(w) >= 2 {
			ok = fn(w)
		}
		buf = buf[:0]
		return ok
	}
	for _, r := range text {
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z'):
			buf = append(buf, byte(r))
			in = true
			continue
		case r < 0x80 && (r >= 'A' && r <= 'Z'):
			buf = append(buf, byte(r-'A'+'a'))
			in = true
			continue
		case (r == '\'' || r == '-' || r == '’') && in:
			if r == '-' {
				buf = append(buf, '-')
			} else {
				buf = append(buf, '\'')
			}
			continue
		case r >= 0x80 && unicode.IsLetter(r):
			n := utf8.EncodeRune(tmp[:], unicode.ToLower(r))
			buf = append(buf, tmp[:n]...)
			in = true
			continue
		}
		in = false
		if !flush() {
			return
		}
	}
	flush()
}
