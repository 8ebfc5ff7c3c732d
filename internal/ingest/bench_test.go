package ingest

import (
	"context"
	"io"
	"testing"

	"dyad/internal/shareddata"
)

// BenchmarkReuters reads the whole Reuters-21578 JSONL.gz corpus (19,043
// records) per iteration and reports documents per second.
func BenchmarkReuters(b *testing.B) {
	path := shareddata.Path(b, "corpora/reuters21578.jsonl.gz")
	b.ReportAllocs()
	docs := 0
	for b.Loop() {
		src, err := Open(context.Background(), []string{path}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		for {
			d, err := src.Next(context.Background())
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if d.Err != nil {
				b.Fatalf("%s: %v", d.Path, d.Err)
			}
			docs++
		}
		src.Close()
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(docs)/float64(b.N), "docs/op")
}
