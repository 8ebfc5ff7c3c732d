package pipeline

import (
	"context"
	"strings"
	"testing"

	"dyad/internal/news"
	"dyad/internal/queue"
	"dyad/internal/store"
)

// repeater codes every line of a text as the same event.
type repeater struct{}

func (repeater) Code(ctx context.Context, docID, text, refDate string) []news.Event {
	var out []news.Event
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		out = append(out, news.Event{Date: "2021-12-15", Source: news.Actor{Code: "FRAGOV", Country: "FRA"},
			Target: news.Actor{Code: "DEUGOV", Country: "DEU"}, CAMEO: "036", Root: "03",
			Evidence: []news.Evidence{{Sentence: strings.TrimSpace(line), Start: start, End: start + len(line)}}})
		start += len(line)
	}
	return out
}

func (repeater) Version() string { return "repeater/1" }

// A document that repeats one event 3,000 times: the summary counts the
// events coded, the store keeps the event with the document's first
// store.MaxEvidencePerDoc sentences (the repeats are dropped before the
// store, not in it).
func TestRepeatedEventsCounted(t *testing.T) {
	st := openStore(t)
	p, err := New(context.Background(), st, Options{Cleaner: panicky{}, Coder: repeater{}, NoFacts: true, NoPlaces: true})
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat("France met Germany.\n", 3000)
	sum, err := p.IngestSource(context.Background(), queue.NewSliceSource([]news.RawDoc{{Path: "a", Body: []byte(body)}}))
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 || sum.Events != 3000 {
		t.Errorf("summary: %d new, %d events; want 1, 3000", sum.New, sum.Events)
	}
	evs, err := st.Events(context.Background(), store.EventFilter{})
	if err != nil || len(evs) != 1 {
		t.Fatalf("stored: %d events, %v; want 1", len(evs), err)
	}
	if n := len(evs[0].Evidence); n != store.MaxEvidencePerDoc || evs[0].Evidence[0].Start != 0 {
		t.Errorf("stored evidence: %d from %d, want the first %d", n, evs[0].Evidence[0].Start, store.MaxEvidencePerDoc)
	}
}
