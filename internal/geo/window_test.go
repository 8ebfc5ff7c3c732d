package geo

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWindowEnd(t *testing.T) {
	for _, tc := range []struct {
		name, text  string
		limit, want int
	}{
		{"short text", "Troops left Kyiv.", 100, 17},
		{"paragraph break", "Aaaa bbbb cccc dddd.\n\nEeee. Ffff gggg", 30, 22},
		{"line break", "Aaaa bbbb. Cccc\ndddd eeee ffff gggg", 30, 16},
		{"sentence end", "Aaaa bbbb cccc dddd. Eeee ffff gggg", 30, 21},
		{"between words", "aaaa bbbb cccc dddd eeee ffff gggg", 30, 30},
		{"a break too early is not taken", "Aaaa.\n\nbbbb cccc dddd eeee ffff gggg", 30, 27},
		{"no space: a code point boundary", strings.Repeat("ü", 20), 15, 14},
	} {
		if got := windowEnd(tc.text, tc.limit); got != tc.want {
			t.Errorf("%s: windowEnd = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// A text longer than a window is parsed in windows: the mentions' offsets
// count code points of the whole text, and each window's paragraphs give
// the places they give alone.
func TestParseWindows(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	para := "Ministers met in Zürich on Tuesday — then flew to Nairobi. Officials in Kenya said talks would go on.\n\n"
	alone := p.Parse(para, Options{})
	if len(alone) < 3 {
		t.Fatalf("paragraph alone: %d places, want at least 3", len(alone))
	}
	n := parseWindow/len(para)*2 + 3
	text := strings.Repeat(para, n)
	ms := p.Parse(text, Options{})
	runes := []rune(text)
	for _, m := range ms {
		if got := string(runes[m.Start:m.End]); got != m.Text {
			t.Fatalf("mention %q at %d–%d covers %q", m.Text, m.Start, m.End, got)
		}
	}
	if len(ms) != n*len(alone) {
		t.Errorf("%d places in %d paragraphs, want %d each", len(ms), n, len(alone))
	}
	paraCP := utf8.RuneCountInString(para)
	last := ms[len(ms)-len(alone):]
	for i, m := range last {
		if want := alone[i].Start + (n-1)*paraCP; m.Start != want || m.Place != alone[i].Place {
			t.Errorf("last paragraph's place %d: %q at %d, want %q at %d", i, m.Text, m.Start, alone[i].Text, want)
		}
	}
}
