package code

import "dyad/internal/dict"

// trie matches phrases against token sequences, word by word; a stem word
// matches any token that begins with it.
type trie[T any] struct {
	root node[T]
}

type node[T any] struct {
	// the words that follow: a node with one such word (about half the
	// actor trie's inner nodes) keeps it in word and next, others in
	// kids (a map is some 200 bytes more to hold and slower to read)
	word     string
	next     *node[T]
	kids     map[string]*node[T]
	stems    map[string]*node[T]
	min, max int // stem lengths present
	vals     []T
	gap      *node[T] // words that may follow after up to two others
}

// kid is the node after word w, nil if none.
func (n *node[T]) kid(w string) *node[T] {
	if n.next != nil {
		if w == n.word {
			return n.next
		}
		return nil
	}
	return n.kids[w]
}

func (n *node[T]) child(w dict.Word) *node[T] {
	w.Text = foldAccents(w.Text) // as the tokens are (token.go)
	if w.Gap {
		if n.gap == nil {
			n.gap = &node[T]{}
		}
		w.Gap = false
		return n.gap.child(w)
	}
	if !w.Stem {
		if c := n.kid(w.Text); c != nil {
			return c
		}
		c := &node[T]{}
		switch {
		case n.next == nil && n.kids == nil:
			n.word, n.next = w.Text, c
		case n.next != nil:
			n.kids = map[string]*node[T]{n.word: n.next, w.Text: c}
			n.word, n.next = "", nil
		default:
			n.kids[w.Text] = c
		}
		return c
	}
	if n.min == 0 || len(w.Text) < n.min {
		n.min = len(w.Text)
	}
	if len(w.Text) > n.max {
		n.max = len(w.Text)
	}
	if n.stems == nil {
		n.stems = map[string]*node[T]{}
	}
	c := n.stems[w.Text]
	if c == nil {
		c = &node[T]{}
		n.stems[w.Text] = c
	}
	return c
}

func (t *trie[T]) add(p dict.Phrase, v T) {
	if len(p) == 0 {
		return
	}
	n := &t.root
	for _, w := range p {
		n = n.child(w)
	}
	n.vals = append(n.vals, v)
}

// step returns the nodes reached from n by one token.
func (n *node[T]) step(w string, buf []*node[T]) []*node[T] {
	if c := n.kid(w); c != nil {
		buf = append(buf, c)
	}
	if n.stems != nil {
		// longest stem first: on equal length the match with the most
		// matched characters wins ("ATTACKED" over "ATTACK", TABARI)
		for l := min(n.max, len(w)); l >= n.min; l-- {
			if c := n.stems[w[:l]]; c != nil {
				buf = append(buf, c)
			}
		}
	}
	return buf
}

// longest returns the values of the longest phrase that starts at toks[i]
// and the number of tokens it covers (0 when none).
func (t *trie[T]) longest(toks []token, i int, skip func(int) bool) ([]T, int) {
	var best []T
	bestN := 0
	var walk func(n *node[T], j int)
	var buf [4]*node[T]
	walk = func(n *node[T], j int) {
		if len(n.vals) > 0 && j-i > bestN {
			best, bestN = n.vals, j-i
		}
		if j >= len(toks) || (skip != nil && skip(j)) {
			return
		}
		// adjacent words first: on equal length, "AL_GORE" beats "AL GORE"
		next := n.step(toks[j].up, buf[:0])
		if len(next) == 1 && n.gap == nil {
			walk(next[0], j+1)
			return
		}
		for _, c := range append([]*node[T](nil), next...) {
			walk(c, j+1)
		}
		if n.gap != nil {
			for k := j; k < len(toks) && k <= j+2; k++ {
				if toks[k].punct {
					break
				}
				for _, c := range n.gap.step(toks[k].up, nil) {
					walk(c, k+1)
				}
			}
		}
	}
	walk(&t.root, i)
	return best, bestN
}
