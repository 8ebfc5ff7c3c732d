package extract

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"
	"time"

	"dyad/internal/shareddata"
)

// BenchmarkFacts extracts quotes, amounts and dates from Reuters stories
// and reports documents per second.
func BenchmarkFacts(b *testing.B) {
	f, err := os.Open(shareddata.Path(b, "corpora/reuters21578.jsonl.gz"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, _ := gzip.NewReader(f)
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var texts []string
	for sc.Scan() && len(texts) < 3000 {
		var r struct{ Text, Published string }
		json.Unmarshal(sc.Bytes(), &r)
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
