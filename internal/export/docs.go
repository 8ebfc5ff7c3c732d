package export

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"dyad/internal/news"
)

// DocInfo is what the exports need of a reporting document.
type DocInfo struct {
	URL     string    // "" when the document came without one (a file, stdin)
	AddedAt time.Time // when dyad stored it; zero when unknown
	// LeadEnd is where the document's first paragraph ends, in code
	// points of its cleaned text (the unit of Evidence.Start).
	LeadEnd int
}

// Docs returns what the exports need of a document; ok is false when it
// is unknown. A nil Docs knows nothing.
type Docs func(docID string) (DocInfo, bool)

// DocGetter reads a stored document (store.Store's Document).
type DocGetter func(ctx context.Context, id string) (news.Document, error)

// CachedDocs turns a document getter into Docs that read each document
// once and keep only its DocInfo.
func CachedDocs(ctx context.Context, get DocGetter) Docs {
	cache := map[string]*DocInfo{}
	return func(id string) (DocInfo, bool) {
		if c, ok := cache[id]; ok {
			if c == nil {
				return DocInfo{}, false
			}
			return *c, true
		}
		d, err := get(ctx, id)
		if err != nil {
			cache[id] = nil
			return DocInfo{}, false
		}
		info := Info(d)
		cache[id] = &info
		return info, true
	}
}

// Info is a document's DocInfo. The first paragraph ends at the first
// blank line of the cleaned text (the whole text when it has none).
func Info(d news.Document) DocInfo {
	lead := d.Text
	if i := strings.Index(lead, "\n\n"); i >= 0 {
		lead = lead[:i]
	}
	return DocInfo{URL: webURL(d.URL), AddedAt: d.IngestedAt, LeadEnd: utf8.RuneCountInString(lead)}
}

// webURL keeps http(s) URLs only: a file path or an id is not a URL.
func webURL(u string) string {
	if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
		return u
	}
	return ""
}

// eventDocs is what an event's documents say about it.
type eventDocs struct {
	known bool      // at least one reporting document was found
	root  bool      // some evidence sentence starts in its document's first paragraph
	added time.Time // earliest AddedAt
	url   string    // the first evidence document's URL, else the first URL
	docID string    // the first evidence document
}

func summarize(ev news.Event, docs Docs) eventDocs {
	var s eventDocs
	if len(ev.Evidence) > 0 {
		s.docID = ev.Evidence[0].DocID
	}
	if docs == nil {
		return s
	}
	for _, e := range ev.Evidence {
		info, ok := docs(e.DocID)
		if !ok {
			continue
		}
		s.known = true
		if e.Start < info.LeadEnd {
			s.root = true
		}
		if !info.AddedAt.IsZero() && (s.added.IsZero() || info.AddedAt.Before(s.added)) {
			s.added = info.AddedAt
		}
		if s.url == "" {
			s.url = info.URL
		}
	}
	return s
}
