package extract

import (
	"context"
	"testing"
	"time"

	"dyad/internal/clean"
	"dyad/internal/news"
	"dyad/internal/shareddata"
)

// BenchmarkFacts extracts quotes, amounts and dates from Reuters stories,
// cleaned first as the pipeline does (paragraphs joined, not hard-wrapped
// lines), and reports documents per second.
func BenchmarkFacts(b *testing.B) {
	var texts []string
	for _, r := range shareddata.Records(b, "corpora/reuters21578.jsonl.gz", 3000) {
		d, err := clean.Clean(context.Background(), news.RawDoc{Body: []byte(r.Text), Format: news.FormatText}, clean.Options{})
		if err != nil {
			continue
		}
		texts = append(texts, d.Text)
	}
	b.ResetTimer()
	start := time.Now()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Quotes(t, Options{Published: "1987-03-01"})
			Amounts(t)
			n++
		}
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "docs/s")
}
