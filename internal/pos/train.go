package pos

import (
	"math/rand"
	"sort"
)

// Sentence is a tagged sentence for training or evaluation.
type Sentence struct {
	Words []string
	Tags  []Tag
}

// TrainOptions configure Train.
type TrainOptions struct {
	Iterations int     // passes over the data (default 5)
	Seed       int64   // shuffle seed between passes
	MinAbs     float64 // averaged weights below this are dropped (model size)
	// Words at least this frequent whose tag is at least DictRatio
	// unambiguous are tagged from a dictionary (default 20, 0.97).
	DictFreq  int
	DictRatio float64
	Header    string
}

// Train trains an averaged perceptron on sents.
func Train(sents []Sentence, o TrainOptions) *Model {
	if o.Iterations == 0 {
		o.Iterations = 5
	}
	if o.DictFreq == 0 {
		o.DictFreq, o.DictRatio = 20, 0.97
	}
	m := &Model{words: tagDict(sents, o.DictFreq, o.DictRatio), Header: o.Header}
	type acc struct {
		w, total [nTags]float64
		stamp    [nTags]int
	}
	weights := map[uint64]*acc{}
	step := 0
	update := func(fs []uint64, truth, guess Tag) {
		for _, h := range fs {
			a := weights[h]
			if a == nil {
				a = &acc{}
				weights[h] = a
			}
			for _, t := range []Tag{truth, guess} {
				a.total[t] += float64(step-a.stamp[t]) * a.w[t]
				a.stamp[t] = step
			}
			a.w[truth]++
			a.w[guess]--
		}
	}
	rng := rand.New(rand.NewSource(o.Seed))
	order := rng.Perm(len(sents))
	var fs []uint64
	for it := 0; it < o.Iterations; it++ {
		for _, si := range order {
			s := sents[si]
			words := s.Words
			get := func(i int) string {
				if i < 0 {
					return [...]string{"-START-", "-START2-"}[-i-1]
				}
				if i >= len(words) {
					return [...]string{"-END-", "-END2-"}[i-len(words)]
				}
				return normalize(words[i])
			}
			p1, p2 := "-START-", "-START2-"
			for i := range words {
				norm := [5]string{get(i - 2), get(i - 1), get(i), get(i + 1), get(i + 2)}
				var guess Tag
				if t, ok := m.words[norm[2]]; ok {
					guess = t
				} else {
					fs = fs[:0]
					feats(words[i], i, norm, p1, p2, func(h uint64) { fs = append(fs, h) })
					var scores [nTags]float64
					for _, h := range fs {
						if a := weights[h]; a != nil {
							for t := range a.w {
								scores[t] += a.w[t]
							}
						}
					}
					for t := Tag(1); t < nTags; t++ {
						if scores[t] > scores[guess] {
							guess = t
						}
					}
					step++
					if guess != s.Tags[i] {
						update(fs, s.Tags[i], guess)
					}
				}
				p2, p1 = p1, tagNames[guess]
			}
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	avg := make(map[uint64]*[nTags]float64, len(weights))
	for h, a := range weights {
		var v [nTags]float64
		for t := range v {
			tot := a.total[t] + float64(step-a.stamp[t])*a.w[t]
			v[t] = tot / float64(step)
		}
		avg[h] = &v
	}
	m.weights = quantize(avg, o.MinAbs)
	m.table = newTable(m.weights)
	return m
}

// tagDict: frequent words that nearly always carry one tag.
func tagDict(sents []Sentence, freq int, ratio float64) map[string]Tag {
	counts := map[string]*[nTags]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			n := normalize(w)
			c := counts[n]
			if c == nil {
				c = &[nTags]int{}
				counts[n] = c
			}
			c[s.Tags[i]]++
		}
	}
	out := map[string]Tag{}
	for w, c := range counts {
		total, best := 0, Tag(0)
		for t, n := range c {
			total += n
			if n > c[best] {
				best = Tag(t)
			}
		}
		if total >= freq && float64(c[best])/float64(total) >= ratio {
			out[w] = best
		}
	}
	return out
}

// Accuracy is the share of words of sents that m tags right, and the
// precision and recall of VERB.
func (m *Model) Accuracy(sents []Sentence) (acc, verbP, verbR float64, words int) {
	right, vTP, vFP, vFN := 0, 0, 0, 0
	var tags []Tag
	for _, s := range sents {
		tags = m.Tag(s.Words, tags)
		for i, t := range tags {
			words++
			if t == s.Tags[i] {
				right++
			}
			switch {
			case t == VERB && s.Tags[i] == VERB:
				vTP++
			case t == VERB:
				vFP++
			case s.Tags[i] == VERB:
				vFN++
			}
		}
	}
	if words == 0 {
		return 0, 0, 0, 0
	}
	return float64(right) / float64(words), float64(vTP) / float64(max(1, vTP+vFP)), float64(vTP) / float64(max(1, vTP+vFN)), words
}

func sortedKeys(m map[string]Tag) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedHashes(m map[uint64][nTags]int16) []uint64 {
	out := make([]uint64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
