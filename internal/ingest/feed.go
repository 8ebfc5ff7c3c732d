package ingest

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"

	"dyad/internal/news"
)

// feedReader yields the items of an RSS or Atom feed: the item's full
// content (content:encoded) or description as HTML.
type feedReader struct {
	items []news.RawDoc
}

func newFeed(ctx context.Context, r io.Reader, path, url string, opts Options, c io.Closer) *feedReader {
	defer c.Close()
	fr := &feedReader{}
	feed, err := gofeed.NewParser().Parse(io.LimitReader(r, 8*opts.MaxBytes))
	if err != nil {
		fr.items = []news.RawDoc{{Path: path, URL: url, Err: fmt.Errorf("malformed feed: %s", describe(err))}}
		return fr
	}
	for i, it := range feed.Items {
		p := fmt.Sprintf("%s#item%d", path, i+1)
		body := it.Content
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
	return d, true
}

func (f *feedReader) close() error { return nil }

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
