package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"dyad/internal/store/sqlite"
)

func BenchmarkZZOne(b *testing.B) {
	path := firstRecords(b, "corpora/reuters21578.jsonl.gz", overheadDocs)
	ctx := context.Background()
	with := os.Getenv("ZZ_WITH") != ""
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		opts := Options{NoEvents: true, NoFacts: true, NoDedupe: !with, NoStories: !with}
		st, _ := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
		p, _ := New(ctx, st, opts)
		p.Ingest(ctx, []string{path})
		st.Close()
	}
}
