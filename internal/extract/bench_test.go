package extract

import (
	"testing"
	"time"

	"dyad/internal/shareddata"
)

// BenchmarkFacts extracts quotes, amounts and dates from Reuters stories
// and reports documents per second.
func BenchmarkFacts(b *testing.B) {
	var texts []string
	for _, r := range shareddata.Records(b, "corpora/reuters21578.jsonl.gz", 3000) {
		texts = append(texts, r.Text)
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
