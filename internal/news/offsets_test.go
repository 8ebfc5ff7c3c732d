package news

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRuneIndex(t *testing.T) {
	text := strings.Repeat("“Curly” quotes and ünïcode — ", 20) + "end"
	ix := NewRuneIndex(text)
	for b := 0; b <= len(text); b++ {
		want := utf8.RuneCountInString(text[:b])
		if !utf8.RuneStart(text[min(b, len(text)-1)]) && b < len(text) {
			continue // inside a rune: any answer at the rune start is fine
		}
		if got := ix.Rune(b); got != want {
			t.Fatalf("Rune(%d) = %d, want %d", b, got, want)
		}
	}
	if got := ix.Rune(-5); got != 0 {
		t.Errorf("negative offset: %d", got)
	}
	if got := ix.Rune(len(text) + 10); got != utf8.RuneCountInString(text) {
		t.Errorf("past the end: %d", got)
	}
}

func TestToRuneOffsets(t *testing.T) {
	text := "Intro “é”. Xi met Putin in Moscow."
	sent := "Xi met Putin in Moscow."
	start := strings.Index(text, sent)
	events := []Event{{Evidence: []Evidence{{Sentence: sent, Start: start, End: start + len(sent),
		SourceSpan: &Span{0, 2}, VerbSpan: &Span{3, 6}}}}}
	quotes := []Quote{{Start: strings.Index(text, "é"), End: strings.Index(text, "é") + len("é")}}
	ToRuneOffsets(text, events, quotes, nil)
	runes := []rune(text)
	ev := events[0].Evidence[0]
	if got := string(runes[ev.Start:ev.End]); got != sent {
		t.Errorf("evidence span gives %q", got)
	}
	if got := string(runes[quotes[0].Start:quotes[0].End]); got != "é" {
		t.Errorf("quote span gives %q", got)
	}
	if ev.VerbSpan.Start != 3 || ev.VerbSpan.End != 6 {
		t.Errorf("verb span %+v", ev.VerbSpan)
	}
}
