package clean

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"dyad/internal/news"
	"dyad/internal/shareddata"
)

// The ScrapingHub article-extraction benchmark's metric: Unicode word
// tokens, multisets of 4-gram shingles, per-document precision and recall
// averaged over documents, F1 of the two means.
var tokenRe = regexp.MustCompile(`[\p{L}\p{N}_]+`)

func shingles(s string) map[string]int {
	toks := tokenRe.FindAllString(s, -1)
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	if len(toks) < 4 {
		out[strings.Join(toks, " ")]++
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[strings.Join(toks[i:i+4], " ")]++
	}
	return out
}

func prf(pred, gold string) (p, r float64, hasP, hasR bool) {
	ps, gs := shingles(pred), shingles(gold)
	var tp, fp, fn int
	for k, n := range ps {
		m := gs[k]
		tp += min(n, m)
		fp += max(n-m, 0)
	}
	for k, m := range gs {
		fn += max(m-ps[k], 0)
	}
	if fp == 0 && fn == 0 {
		return 1, 1, true, true
	}
	if tp+fp > 0 {
		p, hasP = float64(tp)/float64(tp+fp), true
	}
	if tp+fn > 0 {
		r, hasR = float64(tp)/float64(tp+fn), true
	}
	return
}

// TestExtractionBenchmark runs every page of the benchmark through the path
// `dyad extract` uses and keeps the score in testdata/metrics.txt.
func TestExtractionBenchmark(t *testing.T) {
	dir := shareddata.Path(t, "corpora/scrapinghub-aeb")
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]struct {
		Body string `json:"articleBody"`
		URL  string `json:"url"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	type score struct {
		p, r, rawP, rawR             float64
		hasP, hasR, rawHasP, rawHasR bool
		failed                       bool
	}
	scores := make([]score, len(ids))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, id := range ids {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			html, err := readGz(filepath.Join(dir, "html", id+".html.gz"))
			if err != nil {
				t.Error(err)
				return
			}
			var extracted string
			doc := extract(ctx, news.RawDoc{Body: html, URL: gold[id].URL}, Options{}, &extracted)
			s := score{failed: !doc.OK()}
			s.p, s.r, s.hasP, s.hasR = prf(doc.Text, gold[id].Body)
			s.rawP, s.rawR, s.rawHasP, s.rawHasR = prf(extracted, gold[id].Body)
			scores[i] = s
		}()
	}
	wg.Wait()
	var sp, sr, rp, rr float64
	var np, nr, nrp, nrr, failed int
	for _, s := range scores {
		if s.hasP {
			sp += s.p
			np++
		}
		if s.hasR {
			sr += s.r
			nr++
		}
		if s.rawHasP {
			rp += s.rawP
			nrp++
		}
		if s.rawHasR {
			rr += s.rawR
			nrr++
		}
		if s.failed {
			failed++
		}
	}
	p, r := sp/float64(np), sr/float64(nr)
	f1 := 2 * p * r / (p + r)
	p0, r0 := rp/float64(nrp), rr/float64(nrr)
	f10 := 2 * p0 * r0 / (p0 + r0)
	metrics := fmt.Sprintf("# ScrapingHub article-extraction benchmark (shared data corpora/scrapinghub-aeb),\n"+
		"# every page through clean.Extract (the path of `dyad extract`); the benchmark's metric:\n"+
		"# 4-gram shingle multisets of \\w+ tokens, per-document P/R averaged, F1 of the means.\n"+
		"# Published: go_trafilatura 0.960, readability.js 0.947. \"extractor\" is the HTML step\n"+
		"# (go-trafilatura's block and the sibling parts dyad adds) before the text-level cleanup.\n"+
		"pages %d\nfailed %d\nprecision %.3f\nrecall %.3f\nf1 %.3f\nextractor precision %.3f\nextractor recall %.3f\nextractor f1 %.3f\n",
		len(ids), failed, p, r, f1, p0, r0, f10)
	writeMetrics(t, "extraction", metrics)
	t.Logf("\n%s", metrics)
	if f1 < 0.970 {
		t.Errorf("extraction F1 %.3f below the floor 0.970", f1)
	}
	if f1 < f10-0.002 {
		t.Errorf("the text-level cleanup lowers extraction F1 from %.3f to %.3f", f10, f1)
	}
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
