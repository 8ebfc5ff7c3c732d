package pipeline

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"dyad/internal/shareddata"
	"dyad/internal/store/sqlite"
)

// benchIngest ingests the Reuters corpus (19,043 wire stories, streamed
// from the JSONL.gz) into a fresh SQLite store per iteration and reports
// documents per second and the heap in use afterwards.
func benchIngest(b *testing.B, opts Options) {
	corpus := shareddata.Path(b, "corpora/reuters21578.jsonl.gz")
	ctx := context.Background()
	var docs int
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		p, err := New(ctx, st, opts)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		sum, err := p.Ingest(ctx, []string{corpus})
		if err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
		docs += sum.New + sum.Failed
		b.StopTimer()
		st.Close()
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(docs)/elapsed.Seconds(), "docs/s")
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkIngestClean is the path up to the store: read, clean, language,
// store (issue target: >= 2,000 docs/s on 2 cores).
func BenchmarkIngestClean(b *testing.B) {
	benchIngest(b, Options{NoEvents: true, NoFacts: true, NoDedupe: true, NoStories: true})
}

// BenchmarkIngestDedupe adds near-duplicate detection and story clustering.
func BenchmarkIngestDedupe(b *testing.B) {
	benchIngest(b, Options{NoEvents: true, NoFacts: true})
}

// BenchmarkIngestFacts adds quotes, amounts and dates.
func BenchmarkIngestFacts(b *testing.B) {
	benchIngest(b, Options{NoEvents: true})
}

// BenchmarkIngestFull runs the whole pipeline, event coding included.
func BenchmarkIngestFull(b *testing.B) {
	benchIngest(b, Options{})
}
