package clean

import (
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"dyad/internal/news"
	"dyad/internal/shareddata"
)

// BenchmarkLangDetector reports the heap the language detector keeps
// (its preloaded models) and the time of one detection on a news sample.
func BenchmarkLangDetector(b *testing.B) {
	if detector != nil {
		b.Skip("the models are loaded already: run alone (go test -run '^$' -bench LangDetector) to measure their memory")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := newDetector()
	runtime.GC()
	runtime.ReadMemStats(&after)
	sample := "The two presidents met by video link on Wednesday and agreed to extend the treaty for another five years, officials said, as trade between the countries rose to a record in the first three quarters of the year."
	b.ResetTimer()
	for b.Loop() {
		d.DetectLanguageOf(sample)
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "model-MB")
	runtime.KeepAlive(d)
}

// BenchmarkClean measures cleaning (with language identification) of
// Reuters wire stories as plain text and of the extraction benchmark's
// HTML pages.
func BenchmarkClean(b *testing.B) {
	b.Run("text", func(b *testing.B) {
		recs := readJSONL(b, "corpora/reuters21578.jsonl.gz", 2000)
		raws := make([]news.RawDoc, len(recs))
		var bytes int64
		for i, r := range recs {
			raws[i] = news.RawDoc{Body: []byte(r.Text)}
			bytes += int64(len(r.Text))
		}
		detectLang("warm up the detector") // built once per process
		b.SetBytes(bytes / int64(len(raws)))
		b.ReportAllocs()
		b.ResetTimer()
		start := time.Now()
		for i := 0; b.Loop(); i++ {
			if _, err := Clean(ctx, raws[i%len(raws)], benchOpts); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
	})
	b.Run("html", func(b *testing.B) {
		dir := shareddata.Path(b, "corpora/scrapinghub-aeb")
		files, _ := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
		if len(files) > 40 {
			files = files[:40]
		}
		var raws []news.RawDoc
		var bytes int64
		for _, f := range files {
			body, err := readGz(f)
			if err != nil {
				b.Fatal(err)
			}
			raws = append(raws, news.RawDoc{Body: body})
			bytes += int64(len(body))
		}
		detectLang("warm up the detector")
		b.SetBytes(bytes / int64(len(raws)))
		b.ReportAllocs()
		b.ResetTimer()
		start := time.Now()
		for i := 0; b.Loop(); i++ {
			Clean(ctx, raws[i%len(raws)], Options{})
		}
		b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
	})
}

var benchOpts = Options{}
