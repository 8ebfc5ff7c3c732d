package web_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"dyad/internal/api"
	"dyad/internal/pipeline"
	"dyad/internal/shareddata"
	"dyad/internal/store/sqlite"
	"dyad/internal/web"
)

// chromium finds Debian's chromium; without it the test skips locally and
// fails under CI, which installs it.
func chromium(t *testing.T) string {
	for _, p := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium not found: CI must install it (apt-get install chromium)")
	}
	t.Skip("chromium not found: skipping browser tests (apt-get install chromium)")
	return ""
}

// seededServer serves `dyad serve`'s handler (API and web pages) over a
// fresh store with the seed articles ingested; it closes with the test.
func seededServer(t *testing.T) *httptest.Server {
	t.Helper()
	seeds := shareddata.Path(t, "seeds")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "web.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, err := pipeline.New(ctx, st, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Ingest(ctx, []string{seeds}); err != nil {
		t.Fatal(err)
	}
	srv := api.New(st, api.Options{})
	srv.Handle("/", web.New(st))
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts
}

// browser starts headless Chromium (exe) and returns its context, which
// times out after 90 s and ends with the test.
func browser(t *testing.T, exe string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	bctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	bctx, cancel = context.WithTimeout(bctx, 90*time.Second)
	t.Cleanup(cancel)
	return bctx
}

// TestBrowser drives a real headless Chromium over `dyad serve`'s handler
// with the seed articles ingested: from the events table to an event page
// with its evidence sentence, then the CHN–RUS series chart. Screenshots
// go to testdata/artifacts/.
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	ts := seededServer(t)
	artifacts := filepath.Join("testdata", "artifacts")
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}
	bctx := browser(t, exe)

	step := func(what string, err error) {
		t.Helper()
		if err != nil {
			if errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("%s: browser timed out: %v", what, err)
			}
			t.Fatalf("%s: %v", what, err)
		}
	}
	step("open the events table", chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/?dyad=CHN-RUS&root=04"),
		chromedp.WaitVisible(chromedp.CSS(`#events a.event-link`))))
	shot1, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	step("screenshot", err)
	step("click an event", chromedp.Do(bctx,
		chromedp.Click(chromedp.CSS(`#events a.event-link`)),
		chromedp.WaitVisible(chromedp.CSS(`.evidence-sentence`))))
	evidence, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(`.evidence-sentence`)))
	step("read the evidence", err)
	title, err := chromedp.Run(bctx, chromedp.Title())
	step("read the title", err)
	shot2, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	step("screenshot", err)
	step("open the series chart", chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/dyad?dyad=CHN-RUS&by=month&stack=group"),
		chromedp.WaitVisible(chromedp.CSS(`#series-chart rect`))))
	chart, err := chromedp.Run(bctx, chromedp.OuterHTML(chromedp.CSS(`#series-chart`)))
	step("read the chart", err)
	shot3, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	step("screenshot", err)
	// What a user sees on the chart: an axis with numbers, every day of
	// the range as a period (the empty ones as zero), the Goldstein line.
	step("open a daily chart with empty days", chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/dyad?dyad=CHN-RUS&by=day&from=2021-12-10&to=2021-12-20"),
		chromedp.WaitVisible(chromedp.CSS(`#series-chart .y-axis text`))))
	texts := func(js string) []string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](js))
		step("evaluate "+js, err)
		return v
	}
	periods := texts(`[...document.querySelectorAll('#series-chart .period')].map(g => g.dataset.period)`)
	empty := texts(`[...document.querySelectorAll('#series-chart .period[data-events="0"]')].map(g => g.dataset.period)`)
	yLabels := texts(`[...document.querySelectorAll('#series-chart .y-axis text')].map(t => t.textContent).filter(s => s !== "events")`)
	xLabels := texts(`[...document.querySelectorAll('#series-chart .x-labels text')].map(t => t.textContent)`)
	shot4, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	step("screenshot", err)
	if len(periods) != 11 || periods[0] != "2021-12-10" || periods[10] != "2021-12-20" || len(empty) == 0 || len(empty) == 11 {
		t.Errorf("daily chart periods %v, empty %v: want the 11 days of the range, some empty", periods, empty)
	}
	if len(yLabels) < 2 || yLabels[0] != "0" || !slices.Contains(xLabels, "2021-12-10") {
		t.Errorf("axis labels: y %v, x %v", yLabels, xLabels)
	}
	// The dyad index links the most active dyads.
	step("open the dyad index", chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/dyad"),
		chromedp.WaitVisible(chromedp.CSS(`#dyad-index`))))
	index := texts(`[...document.querySelectorAll('#dyad-index a')].map(a => a.textContent)`)
	if !slices.Contains(index, "CHN-RUS") {
		t.Errorf("dyad index %v lacks CHN-RUS", index)
	}
	// The events list tells how many there are and links a CSV.
	step("open the events list", chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/?dyad=CHN-RUS"),
		chromedp.WaitVisible(chromedp.CSS(`#event-count`))))
	count := strings.Join(texts(`[document.querySelector('#event-count').textContent]`), "")
	csv := strings.Join(texts(`[document.querySelector('#csv-link').getAttribute('href')]`), "")
	if !strings.Contains(count, "event(s)") || !strings.HasPrefix(csv, "/api/v1/export?format=csv") {
		t.Errorf("events count %q, CSV link %q", count, csv)
	}
	// A 390-pixel phone: no page wider than the screen.
	mobile := map[string][]byte{}
	for name, path := range map[string]string{"events-390.png": "/?dyad=CHN-RUS", "dyad-390.png": "/dyad?dyad=CHN-RUS&by=day&from=2021-12-10&to=2021-12-20", "story-390.png": "/stories"} {
		step("open "+path+" at 390 px", chromedp.Do(bctx,
			chromedp.EmulateViewport(390, 844),
			chromedp.Navigate(ts.URL+path),
			chromedp.WaitVisible(chromedp.CSS(`main`))))
		width, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
		step("page width", err)
		inner, err := chromedp.Run(bctx, chromedp.Evaluate[int](`window.innerWidth`))
		step("window width", err)
		if width > inner {
			t.Errorf("%s at 390 px: page is %d px wide, window %d", path, width, inner)
		}
		b, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		step("screenshot", err)
		mobile[name] = b
	}
	shots := map[string][]byte{"events.png": shot1, "event.png": shot2, "dyad-chn-rus.png": shot3, "dyad-daily.png": shot4}
	for k, v := range mobile {
		shots[k] = v
	}
	for name, b := range shots {
		if err := os.WriteFile(filepath.Join(artifacts, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.Contains(evidence, "Putin") || !strings.Contains(title, "Event") {
		t.Errorf("event page: title %q evidence %q", title, evidence)
	}
	if !strings.Contains(chart, "2021-12") || !strings.Contains(chart, "g-state") {
		t.Errorf("series chart lacks the period or the state group: %.300s", chart)
	}
	// The page is served with a Content-Security-Policy.
	resp, err := http.Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'none'") {
		t.Errorf("CSP header: %q", resp.Header.Get("Content-Security-Policy"))
	}
}
