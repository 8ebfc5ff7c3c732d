package code

import (
	"context"
	"testing"

	"dyad/internal/shareddata"
)

// TestCorpora codes the first articles of the shared news corpora and
// requires that no sentence panics and every span lies inside its text.
func TestCorpora(t *testing.T) {
	c := testCoder(t)
	before := c.Panics()
	for _, name := range []string{"corpora/reuters21578.jsonl.gz", "corpora/bbc-news.jsonl.gz"} {
		t.Run(name, func(t *testing.T) {
			n, events := 0, 0
			limit := 400
			if testing.Short() {
				limit = 50
			}
			for _, rec := range shareddata.Records(t, name, limit) {
				n++
				date := rec.Published
				if len(date) > 10 {
					date = date[:10]
				}
				for _, e := range c.Code(context.Background(), rec.ID, rec.Text, date) {
					events++
					ev := e.Evidence[0]
					if ev.Start < 0 || ev.End > len(rec.Text) || rec.Text[ev.Start:ev.End] != ev.Sentence {
						t.Fatalf("%s: evidence span does not locate the sentence", rec.ID)
					}
				}
			}
			t.Logf("%s: %d articles, %d events", name, n, events)
		})
	}
	if p := c.Panics() - before; p > 0 {
		t.Errorf("%d sentences panicked", p)
	}
}
