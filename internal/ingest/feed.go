package ingest

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/mmcdole/gofeed"

	"dyad/internal/news"
)

// feedReader yields the items of an RSS or Atom feed: the item's full
// content (content:encoded) or description as HTML.
type feedReader struct {
	ctx   context.Context
	opts  Options
	items []news.RawDoc
	fetch []bool // fetch the item's link when it is taken
}

func newFeed(ctx context.Context, r io.Reader, path, url string, opts Options, c io.Closer) *feedReader {
	defer c.Close()
	fr := &feedReader{ctx: ctx, opts: opts}
	feed, err := gofeed.NewParser().Parse(io.LimitReader(r, 8*opts.MaxBytes))
	if err != nil {
		fr.items = []news.RawDoc{{Path: path, URL: url, Err: fmt.Errorf("malformed feed: %s", describe(err))}}
		return fr
	}
	for i, it := range feed.Items {
		p := fmt.Sprintf("%s#item%d", path, i+1)
		body := it.Content
		fetch := opts.FetchArticles && strings.TrimSpace(body) == "" && strings.HasPrefix(it.Link, "http")
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		raw := news.RawDoc{ID: "", URL: it.Link, Path: p, Title: it.Title, Source: feed.Title, Format: news.FormatHTML}
		if it.PublishedParsed != nil {
			raw.Published = it.PublishedParsed.UTC().Format("2006-01-02T15:04:05Z07:00")
		} else if it.UpdatedParsed != nil {
			raw.Published = it.UpdatedParsed.UTC().Format("2006-01-02T15:04:05Z07:00")
		}
		if strings.TrimSpace(body) == "" {
			raw.Err = fmt.Errorf("feed item %d has no content (link %s)", i+1, it.Link)
		} else if int64(len(body)) > opts.MaxBytes {
			raw.Err = fmt.Errorf("feed item %d: %v", i+1, tooLarge(int64(len(body)), opts.MaxBytes))
		} else {
			raw.Body = []byte("<html><head><title>" + htmlEscape(it.Title) + "</title></head><body><article>" + body + "</article></body></html>")
		}
		fr.items = append(fr.items, raw)
		fr.fetch = append(fr.fetch, fetch)
	}
	if len(fr.items) == 0 {
		fr.items = []news.RawDoc{{Path: path, URL: url, Err: fmt.Errorf("feed has no items")}}
	}
	return fr
}

func (f *feedReader) next() (news.RawDoc, bool) {
	if len(f.items) == 0 {
		return news.RawDoc{}, false
	}
	d := f.items[0]
	f.items = f.items[1:]
	fetch := len(f.fetch) > 0 && f.fetch[0]
	if len(f.fetch) > 0 {
		f.fetch = f.fetch[1:]
	}
	if fetch {
		if body, err := fetchPage(f.ctx, f.opts, d.URL); err == nil {
			d.Body, d.Format, d.Err = body, news.FormatHTML, nil
		} else if d.Err != nil {
			d.Err = fmt.Errorf("%v; fetching the link: %v", d.Err, err)
		}
	}
	return d, true
}

// fetchPage gets one article page, at most opts.MaxBytes of it.
func fetchPage(ctx context.Context, opts Options, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	req.Header.Set("User-Agent", userAgent)
	resp, err := opts.HTTPClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch failed: %s", describe(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch failed: HTTP %s", resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch failed: %s", describe(err))
	}
	if int64(len(body)) > opts.MaxBytes {
		return nil, tooLarge(-1, opts.MaxBytes)
	}
	return body, nil
}

func (f *feedReader) close() error { return nil }

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
