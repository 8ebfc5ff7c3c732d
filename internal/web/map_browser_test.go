package web_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserMap opens the map over the seed articles in headless Chromium:
// the world is drawn (no network: the page has no script and its outlines
// are inline SVG), China is shaded, and a click on it lists its events.
// Screenshot: testdata/artifacts/map.png.
func TestBrowserMap(t *testing.T) {
	exe := chromium(t)
	ts := seededServer(t)
	bctx := browser(t, exe)

	if err := chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/map"),
		chromedp.WaitVisible(chromedp.CSS(`#world-map a[data-country="CHN"] path`))); err != nil {
		t.Fatalf("open the map: %v", err)
	}
	paths, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll("#world-map path").length`))
	if err != nil {
		t.Fatal(err)
	}
	svg, err := chromedp.Run(bctx, chromedp.OuterHTML(chromedp.CSS(`#world-map`)))
	if err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	artifacts := filepath.Join("testdata", "artifacts")
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(artifacts, "map.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if paths < 150 {
		t.Errorf("%d country outlines, want the world's (~177)", paths)
	}
	if !strings.Contains(svg, "events</title>") || !strings.Contains(svg, "<circle") {
		t.Errorf("no event counts or circles on the map: %.300s", svg)
	}
	// A click on the circle over China lists the events located in its box.
	if err := chromedp.Do(bctx,
		chromedp.Click(chromedp.CSS(`#world-map a.map-point circle`)),
		chromedp.WaitVisible(chromedp.CSS(`#events a.event-link`))); err != nil {
		t.Fatalf("click a circle: %v", err)
	}
	url, err := chromedp.Run(bctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	rows, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(`#events tbody`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(url, "bbox=") || !strings.Contains(rows, "China") && !strings.Contains(rows, "Beijing") {
		t.Errorf("after the click: %s lists %.300s", url, rows)
	}
	// The country's own link filters by country.
	if err := chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/map"),
		chromedp.WaitVisible(chromedp.CSS(`#world-map a[data-country="CHN"] path`))); err != nil {
		t.Fatalf("reopen the map: %v", err)
	}
	href, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.querySelector('#world-map a[data-country="CHN"]').getAttribute("href")`))
	if err != nil || !strings.Contains(href, "country=CHN") {
		t.Errorf("China's link %q (%v)", href, err)
	}
	if err := chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+href),
		chromedp.WaitVisible(chromedp.CSS(`#events a.event-link`))); err != nil {
		t.Fatalf("follow China's link: %v", err)
	}
}
