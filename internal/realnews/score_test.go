package realnews

import (
	"testing"

	"dyad/internal/news"
)

func TestPentaclass(t *testing.T) {
	for _, tc := range []struct {
		root string
		want int
	}{{"01", 0}, {"02", 0}, {"03", 1}, {"05", 1}, {"06", 2}, {"08", 2}, {"09", 3}, {"13", 3}, {"14", 4}, {"20", 4}, {"00", -1}, {"21", -1}, {"", -1}, {"x1", -1}} {
		if got := Pentaclass(tc.root); got != tc.want {
			t.Errorf("Pentaclass(%q) = %d, want %d", tc.root, got, tc.want)
		}
	}
}

func TestSideAndMatch(t *testing.T) {
	ev := news.Event{Source: news.Actor{Code: "USAGOV"}, Target: news.Actor{Code: "IGOEUREEC"}, Root: "04"}
	if got := EventTriple(ev); got != (Triple{"USA", "IGO", "04"}) {
		t.Fatalf("EventTriple = %v", got)
	}
	pred := []Triple{{"USA", "RUS", "04"}, {"USA", "RUS", "04"}, {"RUS", "USA", "04"}}
	gold := []Triple{{"USA", "RUS", "04"}, {"CHN", "USA", "04"}}
	if got := Match(pred, gold); got != 1 {
		t.Errorf("Match = %d, want 1 (a gold triple matches once)", got)
	}
}

func TestSameSentence(t *testing.T) {
	for _, tc := range []struct {
		ev, ann string
		want    bool
	}{
		{"The minister met his counterpart in Rome.", "The minister  met his counterpart in Rome.", true},
		{"“We will act,” the minister said.", "\"We will act,\" the minister said.", true},
		{"The minister met his counterpart.", "Talks ended without a deal on Friday.", false},
		{"Yes.", "Yes. The minister met his counterpart in Rome.", false}, // too short to tell
	} {
		if got := SameSentence(tc.ev, tc.ann); got != tc.want {
			t.Errorf("SameSentence(%q, %q) = %v", tc.ev, tc.ann, got)
		}
	}
	if !(Span{3, 5}).Overlaps([]Span{{0, 4}}) || (Span{3, 5}).Overlaps([]Span{{5, 9}}) {
		t.Error("Overlaps wrong at the edges")
	}
}
