package code

import (
	"context"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"dyad/internal/dict"
	"dyad/internal/shareddata"
)

// benchSentences are sentences from the seed articles and the TABARI
// suite's style, coded over and over.
func benchSentences(b *testing.B) []string {
	var out []string
	for _, f := range []string{"seeds/000_dcc6a6f30d44d16c.txt", "seeds/003_cd1f1532c6706737.txt"} {
		data, err := os.ReadFile(shareddata.Path(b, f))
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		for _, sp := range sentences(text) {
			out = append(out, text[sp.start:sp.end])
		}
	}
	return out
}

// BenchmarkCode measures sentences per second on one core with the full
// built-in dictionaries loaded.
func BenchmarkCode(b *testing.B) {
	c, err := New(context.Background(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	sents := benchSentences(b)
	text := strings.Join(sents, "\n")
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		c.Code(context.Background(), "bench", text, "2021-12-15")
	}
	el := time.Since(start).Seconds()
	b.ReportMetric(float64(len(sents)*b.N)/el, "sentences/s")
}

// BenchmarkLoad measures loading the built-in dictionaries (parsed once
// per process, then compiled per Coder) and reports the heap that the
// parsed dictionaries and one compiled Coder hold.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	for i := 0; i < b.N; i++ {
		dict.ResetBuiltin()
		runtime.GC()
		runtime.ReadMemStats(&before)
		c, err := New(context.Background(), Options{})
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(c)
	}
	b.ReportMetric(float64(after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc))/(1<<20), "MB-dictionaries")
}

// BenchmarkLoadCold measures a first load: reading the embedded files and
// compiling, as a fresh process does.
func BenchmarkLoadCold(b *testing.B) {
	for i := 0; i < b.N; i++ {
		dict.ResetBuiltin()
		if _, err := New(context.Background(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
