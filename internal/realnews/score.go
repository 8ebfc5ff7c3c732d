// Package realnews measures the event coder on real news, not synthetic
// suites: the scorers here, and tests that read the annotated real-news
// sets in ../shared/data/eventcoding/realnews (never copied into the
// project) and write testdata/metrics.txt.
//
// The suites (realnews_test.go) code every sentence with the coder that
// `dyad code` and the ingest pipeline use (coding.New), and a sentence of
// a corpus document through ingest and clean as `dyad ingest` reads it:
//
//   - cameo-human: 934 human-annotated news sentences (ConfliBERT), each
//     with one event: coverage, pentaclass accuracy, event precision and
//     recall at (pentaclass, source span, target span);
//   - dev: 220 real sentences annotated by realnews-guidelines.md, coded
//     in their documents: precision, recall and specificity of (source
//     country, target country, CAMEO root) multisets;
//   - judged: 200 events an earlier coder produced on BBC and Reuters,
//     judged one by one: how many wrong ones come back, how many right
//     ones stay;
//   - recall: 40 BBC sentences with a clear political event, coded alone
//     and in their ingested documents.
package realnews

import (
	"strings"
	"unicode"

	"dyad/internal/news"
)

// Pentaclass is the CAMEO pentaclass of a root ("01".."20"): 0 statements
// and appeals (01-02), 1 verbal cooperation (03-05), 2 material
// cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict
// (14-20); -1 for anything else.
func Pentaclass(root string) int {
	if len(root) < 2 {
		return -1
	}
	n := int(root[0]-'0')*10 + int(root[1]-'0')
	switch {
	case root[0] < '0' || root[0] > '9' || root[1] < '0' || root[1] > '9':
		return -1
	case n >= 1 && n <= 2:
		return 0
	case n <= 5 && n >= 3:
		return 1
	case n <= 8 && n >= 6:
		return 2
	case n <= 13 && n >= 9:
		return 3
	case n <= 20 && n >= 14:
		return 4
	}
	return -1
}

// Side is the "country" of an actor code as the dev set scores it: its
// first three letters ("USAGOV" → "USA", "IGOEUREEC" → "IGO", "---REB" →
// "---"); an IGO counts as one side whatever the organisation, which is
// lenient to a coder that names a different IGO.
func Side(code string) string {
	code = strings.TrimSpace(code)
	if len(code) < 3 {
		return code
	}
	return strings.ToUpper(code[:3])
}

// Triple is an event as the dev set scores it.
type Triple struct{ Source, Target, Root string }

// EventTriple is the Triple of a coded event.
func EventTriple(ev news.Event) Triple {
	return Triple{Side(ev.Source.Code), Side(ev.Target.Code), ev.Root}
}

// Match counts the triples two multisets share (each gold triple matches
// at most one predicted one).
func Match(pred, gold []Triple) int {
	left := map[Triple]int{}
	for _, g := range gold {
		left[g]++
	}
	n := 0
	for _, p := range pred {
		if left[p] > 0 {
			left[p]--
			n++
		}
	}
	return n
}

// Span is a half-open character (code point) range.
type Span struct{ Start, End int }

// Overlaps reports whether s shares a character with any of spans.
func (s Span) Overlaps(spans []Span) bool {
	for _, o := range spans {
		if s.Start < o.End && o.Start < s.End {
			return true
		}
	}
	return false
}

// Normalize folds a sentence for comparison across cleaning: letters and
// digits only, lower case ("“Hello,” he said." → "hellohesaid").
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// SameSentence reports whether an event's evidence sentence is the
// annotated sentence, allowing for the two splitters cutting differently:
// one holds the other (normalised), and the shorter has at least 20
// letters.
func SameSentence(evidence, annotated string) bool {
	a, b := Normalize(evidence), Normalize(annotated)
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 20 && strings.Contains(b, a)
}

// Ratio is n/d, 0 when d is 0.
func Ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
