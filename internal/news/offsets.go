package news

import (
	"sort"
	"unicode/utf8"
)

// Offsets in dyad's output (Evidence.Start/End, Quote.Start/End,
// Amount.Start/End and the spans inside an evidence sentence) count Unicode
// code points, so that text[start:end] in Python, or a slice of the text's
// runes in Go, gives the sentence back. The stages work in byte offsets;
// ToRuneOffsets converts at the boundary.

// RuneIndex converts byte offsets of one text to code point offsets.
type RuneIndex struct {
	text string
	// marks[i] is the byte offset of the (i*stride)th rune; lookups walk
	// from the nearest mark.
	marks []int
}

const runeStride = 64

// NewRuneIndex indexes text for offset conversion.
func NewRuneIndex(text string) *RuneIndex {
	ix := &RuneIndex{text: text}
	n := 0
	for i := range text {
		if n%runeStride == 0 {
			ix.marks = append(ix.marks, i)
		}
		n++
	}
	return ix
}

// Rune returns the code point offset of byte offset b (clamped to the
// text; a byte inside a multi-byte rune counts as that rune's start).
func (ix *RuneIndex) Rune(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(ix.text) {
		b = len(ix.text)
	}
	k := sort.Search(len(ix.marks), func(i int) bool { return ix.marks[i] > b }) - 1
	if k < 0 {
		return 0
	}
	return k*runeStride + utf8.RuneCountInString(ix.text[ix.marks[k]:b])
}

// ToRuneOffsets converts the byte offsets of events, quotes and amounts of
// one document (offsets in text) to code point offsets, in place. Spans
// inside an evidence sentence are converted relative to the sentence.
func ToRuneOffsets(text string, events []Event, quotes []Quote, amounts []Amount) {
	ix := NewRuneIndex(text)
	for i := range events {
		for j := range events[i].Evidence {
			ev := &events[i].Evidence[j]
			for _, sp := range []*Span{ev.SourceSpan, ev.TargetSpan, ev.VerbSpan} {
				if sp != nil {
					sp.Start = sentenceRune(ev.Sentence, sp.Start)
					sp.End = sentenceRune(ev.Sentence, sp.End)
				}
			}
			ev.Start, ev.End = ix.Rune(ev.Start), ix.Rune(ev.End)
		}
	}
	for i := range quotes {
		quotes[i].Start, quotes[i].End = ix.Rune(quotes[i].Start), ix.Rune(quotes[i].End)
	}
	for i := range amounts {
		amounts[i].Start, amounts[i].End = ix.Rune(amounts[i].Start), ix.Rune(amounts[i].End)
	}
}

func sentenceRune(s string, b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(s) {
		b = len(s)
	}
	return utf8.RuneCountInString(s[:b])
}
