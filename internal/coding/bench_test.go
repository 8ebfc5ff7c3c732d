package coding

import (
	"context"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"dyad/internal/code"
	"dyad/internal/shareddata"
)

// BenchmarkCodeBBC measures the default coder (gates included), as `dyad
// code` runs it, on real sentences: the first 300 BBC articles, one line
// each, on one core. Compare before and after a change in one run.
func BenchmarkCodeBBC(b *testing.B) {
	recs := shareddata.Records(b, "corpora/bbc-news.jsonl.gz", 300)
	c, err := New(context.Background(), code.Options{})
	if err != nil {
		b.Fatal(err)
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	sents := 0
	for _, r := range recs {
		sents += strings.Count(r.Text, ". ") + 1
	}
	ctx := context.Background()
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for _, r := range recs {
			c.Code(ctx, r.ID, r.Text, "2005-01-15")
		}
	}
	el := time.Since(start).Seconds()
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
	// CPU time, less sensitive than wall time to other work on the machine
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(recs)*b.N), "cpu-ms/doc")
	b.ReportMetric(float64(len(recs)*b.N)/el, "docs/s")
	b.ReportMetric(float64(sents*b.N)/el, "sentences/s")
}
