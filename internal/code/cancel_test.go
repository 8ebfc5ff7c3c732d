package code

import (
	"context"
	"testing"
)

// stopAfter is a context whose Err turns to Canceled after n calls: a
// command stopped while the coder is inside a document.
type stopAfter struct {
	context.Context
	n int
}

func (s *stopAfter) Err() error {
	if s.n <= 0 {
		return context.Canceled
	}
	s.n--
	return nil
}

// TestCodeStopsWhenCancelled: a context cancelled while a document is
// coded stops the coder before its next sentence, so a stopped command
// (SIGINT, SIGTERM) does not code the rest of a long document.
func TestCodeStopsWhenCancelled(t *testing.T) {
	c := testCoder(t)
	text := "Kenya condemned Uganda. Kenya praised Tanzania. Kenya accused Rwanda."
	if evs := c.Code(context.Background(), "a", text, "2024-01-02"); len(evs) != 3 {
		t.Fatalf("%d events with a live context, want 3: the test sentences no longer code", len(evs))
	}
	if evs := c.Code(&stopAfter{Context: context.Background(), n: 1}, "a", text, "2024-01-02"); len(evs) != 1 {
		t.Errorf("cancelled after the first sentence: %d events, want 1", len(evs))
	}
}
