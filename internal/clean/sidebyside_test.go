package clean

import (
	"bytes"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"dyad/internal/news"
)

// libraryText is go-trafilatura alone, as a user of the library calls it:
// its default options, the page's URL, its own parsing and its plain text.
func libraryText(p page) string {
	var o trafilatura.Options
	if u, err := url.Parse(p.url); err == nil && u.Host != "" {
		o.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(p.html), o)
	if err != nil || res == nil {
		return ""
	}
	return res.ContentText
}

// dyadText is the text of `dyad extract`.
func dyadText(p page) string {
	return Extract(ctx, news.RawDoc{Body: p.html, URL: p.url}, Options{}).Text
}

// setScore sums one extractor's results on a set. Pages with a gold text
// are scored by the ScrapingHub metric (shingle P/R per page, averaged,
// F1 of the means); pages with snippets by trafilatura's evaluation (over
// all snippets: a wanted one found is a true positive, an unwanted one
// found a false positive; F1 = 2tp / (2tp + fp + fn)), on text with white
// space collapsed.
type setScore struct {
	sumP, sumR     float64
	nP, nR         int
	tp, fp, fn, tn int
}

func (s *setScore) add(p page, text string) {
	if p.with != nil || p.witho != nil {
		norm := strings.Join(strings.Fields(text), " ")
		has := func(x string) bool { return text != "" && strings.Contains(norm, strings.Join(strings.Fields(x), " ")) }
		for _, x := range p.with {
			if has(x) {
				s.tp++
			} else {
				s.fn++
			}
		}
		for _, x := range p.witho {
			if has(x) {
				s.fp++
			} else {
				s.tn++
			}
		}
		return
	}
	pr, r, hasP, hasR := prf(text, p.gold)
	if hasP {
		s.sumP += pr
		s.nP++
	}
	if hasR {
		s.sumR += r
		s.nR++
	}
}

func (s setScore) prf1() (p, r, f1 float64) {
	if s.nP == 0 && s.nR == 0 {
		p = float64(s.tp) / float64(max(s.tp+s.fp, 1))
		r = float64(s.tp) / float64(max(s.tp+s.fn, 1))
		return p, r, 2 * float64(s.tp) / float64(max(2*s.tp+s.fp+s.fn, 1))
	}
	p, r = s.sumP/float64(max(s.nP, 1)), s.sumR/float64(max(s.nR, 1))
	return p, r, 2 * p * r / max(p+r, 1e-9)
}

// scoreSet runs extract on every page, in parallel.
func scoreSet(pages []page, extract func(page) string) setScore {
	texts := make([]string, len(pages))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, p := range pages {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			texts[i] = extract(p)
		}()
	}
	wg.Wait()
	var s setScore
	for i, p := range pages {
		s.add(p, texts[i])
	}
	return s
}

// TestSideBySide runs go-trafilatura alone and dyad's cleaner on the same
// pages of every set and fails when dyad is worse on a set as a whole: the
// cleanup dyad adds must not cost what the library underneath gets right.
// The figures of both go to testdata/metrics.txt.
func TestSideBySide(t *testing.T) {
	type set struct {
		name, about string
		pages       func(testing.TB) []page
		floor       float64 // dyad's F1 must reach it
	}
	sets := []set{
		{"scrapinghub", "shared corpora/scrapinghub-aeb, 181 news pages, shingle F1", scrapinghubPages, 0.970},
		{"trafilatura-eval", "go-trafilatura module's evaluation set, ~980 pages of many sites and languages, snippet F1", trafilaturaEvalPages, 0.900},
		{"generated", "generated_test.go, 72 pages of 9 site shapes written here, shingle F1", func(testing.TB) []page { return generatedPages() }, 0.978},
	}
	var report strings.Builder
	report.WriteString("# go-trafilatura alone (its defaults, its own parsing, ContentText) and dyad (clean.Extract,\n" +
		"# the path of `dyad extract`) on the same pages; the test fails when dyad's F1 is lower.\n" +
		"# set pages | dyad P R F1 | go-trafilatura P R F1\n")
	for _, s := range sets {
		if s.name == "trafilatura-eval" && testing.Short() {
			continue
		}
		pages := s.pages(t)
		d, l := scoreSet(pages, dyadText), scoreSet(pages, libraryText)
		dp, dr, df := d.prf1()
		lp, lr, lf := l.prf1()
		line := fmt.Sprintf("%s %d | dyad %.3f %.3f %.3f | go-trafilatura %.3f %.3f %.3f", s.name, len(pages), dp, dr, df, lp, lr, lf)
		fmt.Fprintf(&report, "# %s: %s\n%s\n", s.name, s.about, line)
		t.Log(line)
		if df < lf {
			t.Errorf("%s: dyad F1 %.4f below go-trafilatura alone %.4f", s.name, df, lf)
		}
		if df < s.floor {
			t.Errorf("%s: dyad F1 %.4f below the floor %.3f", s.name, df, s.floor)
		}
	}
	if !testing.Short() {
		writeMetrics(t, "side-by-side", report.String())
	}
}
