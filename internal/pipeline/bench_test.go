package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
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

// overheadDocs is the slice of the Reuters corpus the overhead benchmark
// ingests: large enough for the indexes to hold thousands of documents,
// small enough to run both configurations several times.
const overheadDocs = 5000

// BenchmarkStoriesOverhead measures what near-duplicate detection and story
// clustering add to ingest time (issue 5 target: at most 30%), on the
// first 5,000 Reuters stories, against two baselines: "vs-clean", the
// path up to the store alone (clean+store, the strictest reading), and
// "vs-full", dyad ingest's whole pipeline (event coding and facts on)
// without the two stages.
func BenchmarkStoriesOverhead(b *testing.B) {
	b.Run("vs-clean", func(b *testing.B) {
		stageOverhead(b, Options{NoEvents: true, NoFacts: true, NoDedupe: true, NoStories: true}, Options{NoEvents: true, NoFacts: true})
	})
	b.Run("vs-full", func(b *testing.B) {
		stageOverhead(b, Options{NoDedupe: true, NoStories: true}, Options{})
	})
}

// BenchmarkFactsOverhead measures what quotes, amounts and dates add to
// ingest time (issue 6 target: at most 20%): dyad ingest's whole pipeline
// without and with the facts stage, on the first 5,000 Reuters stories.
func BenchmarkFactsOverhead(b *testing.B) {
	stageOverhead(b, Options{NoFacts: true}, Options{})
}

// BenchmarkPlacesOverhead measures what the places stage (toponyms of
// every document, event locations) adds to dyad ingest's whole pipeline
// (issue 18 target: at most 10%), on the first 5,000 Reuters stories.
func BenchmarkPlacesOverhead(b *testing.B) {
	stageOverhead(b, Options{NoPlaces: true}, Options{})
}

// stageOverhead ingests the first 5,000 Reuters stories into a fresh
// SQLite store twice per iteration, with the base options and with the
// stage under test, alternating which goes first so that drift in the
// load of a shared machine falls on both; the overhead is the ratio of
// the summed times.
func stageOverhead(b *testing.B, base, with Options) {
	path := firstRecords(b, "corpora/reuters21578.jsonl.gz", overheadDocs)
	ctx := context.Background()
	run := func(opts Options) (wall, cpu time.Duration) {
		st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		p, err := New(ctx, st, opts)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		start, cpu0 := time.Now(), cpuTime()
		sum, err := p.Ingest(ctx, []string{path})
		if err != nil {
			b.Fatal(err)
		}
		wall, cpu = time.Since(start), cpuTime()-cpu0
		if n := sum.New + sum.Failed; n != overheadDocs {
			b.Fatalf("ingested %d documents, want %d", n, overheadDocs)
		}
		return wall, cpu
	}
	var wBase, wWith, cBase, cWith time.Duration
	for i := 0; i < b.N; i++ {
		for k := 0; k < 2; k++ {
			if (i+k)%2 == 0 {
				w, c := run(base)
				wBase, cBase = wBase+w, cBase+c
			} else {
				w, c := run(with)
				wWith, cWith = wWith+w, cWith+c
			}
		}
	}
	docs := float64(b.N * overheadDocs)
	b.ReportMetric(100*(wWith.Seconds()-wBase.Seconds())/wBase.Seconds(), "overhead-%")
	// The processor time the process spent (all goroutines, GC included)
	// is less disturbed by other work on a shared machine than wall time.
	b.ReportMetric(100*(cWith.Seconds()-cBase.Seconds())/cBase.Seconds(), "cpu-overhead-%")
	b.ReportMetric(docs/wBase.Seconds(), "base-docs/s")
	b.ReportMetric(docs/wWith.Seconds(), "with-docs/s")
	b.ReportMetric(0, "ns/op")
}

// cpuTime is the user and system time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// firstRecords writes the first n lines of a shared gzipped JSONL corpus
// to a temporary file and returns its path.
func firstRecords(b *testing.B, rel string, n int) string {
	f, err := os.Open(shareddata.Path(b, rel))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 64<<20)
	var buf bytes.Buffer
	for i := 0; i < n && sc.Scan(); i++ {
		buf.Write(sc.Bytes())
		buf.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "slice.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}
