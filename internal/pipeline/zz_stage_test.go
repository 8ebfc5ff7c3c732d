package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"dyad/internal/store/sqlite"
)

func BenchmarkZZStages(b *testing.B) {
	path := firstRecords(b, "corpora/reuters21578.jsonl.gz", overheadDocs)
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		for _, with := range []bool{false, true, false, true} {
			var mu sync.Mutex
			sums := map[string]time.Duration{}
			opts := Options{NoEvents: true, NoFacts: true, NoDedupe: !with, NoStories: !with, Observe: func(s string, d time.Duration) {
				mu.Lock()
				sums[s] += d
				mu.Unlock()
			}}
			st, _ := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
			p, _ := New(ctx, st, opts)
			t0 := time.Now()
			p.Ingest(ctx, []string{path})
			el := time.Since(t0)
			st.Close()
			fmt.Printf("with=%v wall %v", with, el.Round(time.Millisecond))
			for _, k := range []string{"clean", "signatures", "dedupe+cluster", "store"} {
				fmt.Printf(" %s %v", k, sums[k].Round(time.Millisecond))
			}
			fmt.Println()
		}
	}
}
