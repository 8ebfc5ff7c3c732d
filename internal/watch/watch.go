// Package watch follows live sources: it polls RSS/Atom feeds on a
// schedule with conditional GET (ETag, Last-Modified), fetches the
// articles of items it has not taken before — asking robots.txt first and
// keeping to a per-host rate limit, with a User-Agent that names dyad —
// ingests them through the pipeline, and keeps each feed's health (last
// success, last error, items seen, articles fetched, new documents) in the
// store. A feed that fails is polled again after a backoff that doubles
// with each failure in a row.
package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"

	"dyad/internal/news"
	"dyad/internal/store"
)

// UserAgent is what dyad says it is when it fetches.
const UserAgent = "dyad-watch/1 (+news event coder; follows robots.txt)"

// robotsAgent is the name dyad looks itself up by in robots.txt.
const robotsAgent = "dyad"

// Ingester stores raw documents (the pipeline's IngestSource over a
// slice) and says how many were new.
type Ingester func(ctx context.Context, docs []news.RawDoc) (newDocs int, err error)

// Options configure a Watcher. The zero value is usable.
type Options struct {
	// Interval is the time between polls of a healthy feed; 0 means 5m.
	Interval time.Duration
	// MaxBackoff caps the wait after failures; 0 means 6h.
	MaxBackoff time.Duration
	// HostDelay is the least time between two requests to one host; 0
	// means 1s. A robots.txt Crawl-delay that is longer wins.
	HostDelay time.Duration
	// MaxBytes limits a feed or an article; 0 means 10 MB.
	MaxBytes int64
	// Client makes the requests; nil means one with a 30s timeout.
	Client *http.Client
	Log    *slog.Logger
	// Now is the clock (tests).
	Now func() time.Time
}

// Watcher polls a set of feeds.
type Watcher struct {
	st     store.FeedStore
	ingest Ingester
	opts   Options
	feeds  []string

	mu     sync.Mutex
	state  map[string]*store.Feed
	hosts  map[string]*rate.Limiter
	robots map[string]robotsEntry
}

type robotsEntry struct {
	data    *robotstxt.RobotsData // nil: everything allowed
	fetched time.Time
}

// New returns a watcher of feeds (URLs) that stores through ingest and
// keeps state in st.
func New(st store.FeedStore, ingest Ingester, feeds []string, opts Options) *Watcher {
	if opts.Interval <= 0 {
		opts.Interval = 5 * time.Minute
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 6 * time.Hour
	}
	if opts.HostDelay <= 0 {
		opts.HostDelay = time.Second
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 10 << 20
	}
	if opts.Client == nil {
		opts.Client = &http.Client{Timeout: 30 * time.Second}
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Watcher{st: st, ingest: ingest, opts: opts, feeds: feeds,
		hosts: map[string]*rate.Limiter{}, robots: map[string]robotsEntry{}}
}

// load reads the stored state of the feeds once.
func (w *Watcher) load(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.state != nil {
		return nil
	}
	stored, err := w.st.Feeds(ctx)
	if err != nil {
		return err
	}
	w.state = map[string]*store.Feed{}
	for i := range stored {
		w.state[stored[i].URL] = &stored[i]
	}
	for _, u := range w.feeds {
		if w.state[u] == nil {
			w.state[u] = &store.Feed{URL: u}
		}
	}
	return nil
}

// Run polls each feed when it is due until ctx is done.
func (w *Watcher) Run(ctx context.Context) error {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		if err := w.PollDue(ctx); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// PollDue polls every feed whose next poll is due. A feed's failure is
// its health, not an error; the error is the store failing.
func (w *Watcher) PollDue(ctx context.Context) error {
	if err := w.load(ctx); err != nil {
		return err
	}
	now := w.opts.Now()
	for _, u := range w.feeds {
		w.mu.Lock()
		due := !w.state[u].NextPoll.After(now)
		w.mu.Unlock()
		if !due {
			continue
		}
		if err := w.Poll(ctx, u); err != nil {
			return err
		}
	}
	return nil
}

// Poll polls one feed now and records its health.
func (w *Watcher) Poll(ctx context.Context, feedURL string) error {
	if err := w.load(ctx); err != nil {
		return err
	}
	w.mu.Lock()
	f := *w.state[feedURL]
	w.mu.Unlock()
	now := w.opts.Now()
	f.LastPoll = now
	err := w.poll(ctx, &f)
	if ctx.Err() != nil {
		return nil
	}
	var storeErr *storeError
	if errors.As(err, &storeErr) {
		return storeErr.err
	}
	if err != nil {
		f.Failures++
		f.LastError, f.LastErrorAt = oneLine(err.Error()), now
		back := time.Duration(float64(w.opts.Interval) * math.Pow(2, float64(f.Failures-1)))
		f.NextPoll = now.Add(min(back, w.opts.MaxBackoff))
		w.opts.Log.Warn("feed failed", "feed", feedURL, "failures", f.Failures, "err", err, "next", f.NextPoll)
	} else {
		f.Failures = 0
		f.LastSuccess = now
		f.NextPoll = now.Add(w.opts.Interval)
	}
	w.mu.Lock()
	*w.state[feedURL] = f
	w.mu.Unlock()
	if err := w.st.PutFeed(ctx, f); err != nil {
		return fmt.Errorf("store feed state: %w", err)
	}
	return nil
}

// storeError marks an error of dyad's own store (fatal), not of the feed.
type storeError struct{ err error }

func (e *storeError) Error() string { return e.err.Error() }

func (w *Watcher) poll(ctx context.Context, f *store.Feed) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL, nil)
	if err != nil {
		return fmt.Errorf("bad feed URL: %w", err)
	}
	if f.ETag != "" {
		req.Header.Set("If-None-Match", f.ETag)
	}
	if f.LastModified != "" {
		req.Header.Set("If-Modified-Since", f.LastModified)
	}
	resp, err := w.do(ctx, req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return nil
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("feed: HTTP %s", resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, w.opts.MaxBytes+1))
	if err != nil {
		return fmt.Errorf("feed: %w", err)
	}
	if int64(len(body)) > w.opts.MaxBytes {
		return fmt.Errorf("feed larger than %d bytes", w.opts.MaxBytes)
	}
	feed, err := gofeed.NewParser().ParseString(string(body))
	if err != nil {
		return fmt.Errorf("malformed feed: %s", oneLine(err.Error()))
	}
	if feed.Title != "" {
		f.Title = feed.Title
	}
	// Items are taken once: by guid (or link), and again only when the
	// feed says the item was updated.
	keys := make([]string, len(feed.Items))
	for i, it := range feed.Items {
		keys[i] = itemKey(it)
	}
	seen, err := w.st.SeenItems(ctx, f.URL, keys)
	if err != nil {
		return &storeError{err}
	}
	var docs []news.RawDoc
	var taken []string
	for i, it := range feed.Items {
		if seen[keys[i]] || contains(taken, keys[i]) {
			continue
		}
		raw, fetched := w.article(ctx, feed, it)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if fetched {
			f.Fetched++
		}
		docs = append(docs, raw)
		taken = append(taken, keys[i])
	}
	if len(docs) > 0 {
		n, err := w.ingest(ctx, docs)
		if err != nil {
			return &storeError{fmt.Errorf("ingest feed items: %w", err)}
		}
		if err := w.st.MarkItems(ctx, f.URL, taken); err != nil {
			return &storeError{err}
		}
		f.ItemsSeen += len(taken)
		f.NewDocs += n
	}
	// The validators are kept only once the items are stored: a crash
	// before then polls the same feed again in full.
	f.ETag, f.LastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	return nil
}

func itemKey(it *gofeed.Item) string {
	k := it.GUID
	if k == "" {
		k = it.Link
	}
	if k == "" {
		k = it.Title
	}
	if it.UpdatedParsed != nil {
		k += "@" + it.UpdatedParsed.UTC().Format(time.RFC3339)
	}
	return k
}

// article makes the raw document of an item: its page when the link may
// be fetched, else the item's own content. fetched says a page was got.
func (w *Watcher) article(ctx context.Context, feed *gofeed.Feed, it *gofeed.Item) (news.RawDoc, bool) {
	raw := news.RawDoc{URL: it.Link, Path: it.Link, Title: it.Title, Source: feed.Title, Format: news.FormatHTML}
	if it.PublishedParsed != nil {
		raw.Published = it.PublishedParsed.UTC().Format(time.RFC3339)
	} else if it.UpdatedParsed != nil {
		raw.Published = it.UpdatedParsed.UTC().Format(time.RFC3339)
	}
	if raw.Path == "" {
		raw.Path = feed.Title + ": " + it.Title
	}
	content := it.Content
	if strings.TrimSpace(content) == "" {
		content = it.Description
	}
	var fetchErr error
	if strings.HasPrefix(it.Link, "http://") || strings.HasPrefix(it.Link, "https://") {
		body, err := w.fetch(ctx, it.Link)
		if err == nil {
			raw.Body = body
			return raw, true
		}
		fetchErr = err
	}
	if strings.TrimSpace(content) != "" {
		raw.Body = []byte("<html><head><title>" + htmlEscape(it.Title) + "</title></head><body><article>" + content + "</article></body></html>")
		return raw, false
	}
	if fetchErr == nil {
		fetchErr = errors.New("the item has neither a link nor content")
	}
	raw.Err = fmt.Errorf("feed item %q: %w", it.Title, fetchErr)
	return raw, false
}

// fetch gets an article page.
func (w *Watcher) fetch(ctx context.Context, link string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, link, nil)
	if err != nil {
		return nil, fmt.Errorf("bad link: %w", err)
	}
	resp, err := w.do(ctx, req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("article: HTTP %s", resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, w.opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("article: %w", err)
	}
	if int64(len(body)) > w.opts.MaxBytes {
		return nil, fmt.Errorf("article larger than %d bytes", w.opts.MaxBytes)
	}
	return body, nil
}

// errRobots says robots.txt disallows a URL.
var errRobots = errors.New("robots.txt disallows it")

// do sends a request after asking the host's robots.txt and waiting for
// the host's rate limit.
func (w *Watcher) do(ctx context.Context, req *http.Request) (*http.Response, error) {
	if ok, err := w.allowed(ctx, req.URL); err != nil {
		return nil, err
	} else if !ok {
		return nil, fmt.Errorf("%s: %w", req.URL, errRobots)
	}
	if err := w.limiter(req.URL.Host, 0).Wait(ctx); err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", UserAgent)
	resp, err := w.opts.Client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	return resp, nil
}

// limiter is the host's rate limit; delay, if longer than HostDelay,
// slows it (a robots.txt Crawl-delay).
func (w *Watcher) limiter(host string, delay time.Duration) *rate.Limiter {
	w.mu.Lock()
	defer w.mu.Unlock()
	d := max(w.opts.HostDelay, delay)
	l := w.hosts[host]
	if l == nil {
		l = rate.NewLimiter(rate.Every(d), 1)
		w.hosts[host] = l
	} else if delay > 0 && rate.Every(d) < l.Limit() {
		l.SetLimit(rate.Every(d))
	}
	return l
}

// allowed asks the host's robots.txt (fetched once a day; a missing one
// allows everything, a server error disallows for now).
func (w *Watcher) allowed(ctx context.Context, u *url.URL) (bool, error) {
	if u.Path == "/robots.txt" {
		return true, nil
	}
	host := u.Scheme + "://" + u.Host
	w.mu.Lock()
	e, ok := w.robots[host]
	w.mu.Unlock()
	if !ok || w.opts.Now().Sub(e.fetched) > 24*time.Hour {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, host+"/robots.txt", nil)
		if err != nil {
			return false, err
		}
		if err := w.limiter(u.Host, 0).Wait(ctx); err != nil {
			return false, err
		}
		req.Header.Set("User-Agent", UserAgent)
		resp, err := w.opts.Client.Do(req)
		if err != nil {
			return false, fmt.Errorf("robots.txt of %s: %w", u.Host, err)
		}
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 512<<10))
		resp.Body.Close()
		data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
		if err != nil {
			data = nil // unparseable: treated as none
		}
		e = robotsEntry{data: data, fetched: w.opts.Now()}
		w.mu.Lock()
		w.robots[host] = e
		w.mu.Unlock()
		if data != nil {
			if g := data.FindGroup(robotsAgent); g != nil && g.CrawlDelay > 0 {
				w.limiter(u.Host, g.CrawlDelay)
			}
		}
	}
	if e.data == nil {
		return true, nil
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return e.data.TestAgent(p, robotsAgent), nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
