package watch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad/internal/news"
	"dyad/internal/pipeline"
	"dyad/internal/queue"
	"dyad/internal/store/sqlite"
)

// site is a local news site whose feed grows; it counts what is asked of it.
type site struct {
	mu       sync.Mutex
	items    int
	hits     map[string]int
	notMod   int
	agents   map[string]bool
	private  bool // the feed also links to a page robots.txt disallows
	failFeed bool
}

var countries = []string{"Norway", "Chile", "Kenya", "Japan", "Peru", "Ghana", "Canada", "Egypt", "Brazil", "Poland", "Nepal", "Fiji"}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	s.agents[r.UserAgent()] = true
	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	case r.URL.Path == "/feed.xml":
		if s.failFeed {
			http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
			return
		}
		etag := fmt.Sprintf(`"v%d"`, s.items)
		if r.Header.Get("If-None-Match") == etag {
			s.notMod++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>`)
		for i := s.items; i >= 1; i-- {
			fmt.Fprintf(&b, `<item><title>Talks %d</title><link>http://%s/a/%d.html</link><guid>a-%d</guid><pubDate>Mon, 0%d Jun 2025 10:00:00 GMT</pubDate><description>Summary %d.</description></item>`,
				i, r.Host, i, i, 1+i%9, i)
		}
		if s.private {
			fmt.Fprintf(&b, `<item><title>Closed</title><link>http://%s/private/1.html</link><guid>p-1</guid><description>The foreign minister of Iceland visited Malta on Friday to discuss fishing rights, officials said.</description></item>`, r.Host)
		}
		b.WriteString(`</channel></rss>`)
		fmt.Fprint(w, b.String())
	case strings.HasPrefix(r.URL.Path, "/a/"):
		var n int
		fmt.Sscanf(r.URL.Path, "/a/%d.html", &n)
		a, c := countries[n%len(countries)], countries[(n+5)%len(countries)]
		fmt.Fprintf(w, `<html><head><title>Talks %d</title></head><body><article><h1>%s and %s hold talks, round %d</h1>
<p>The prime minister of %s met the president of %s in the capital on Monday for the %d-th round of talks on trade, energy and fisheries, officials from both sides said.</p>
<p>%s pledged %d million dollars in aid to %s, and the two governments agreed to meet again within %d weeks to review the accord.</p></article></body></html>`,
			n, a, c, n, a, c, n, a, n*7, c, n+2)
	default:
		http.NotFound(w, r)
	}
}

func newSite() *site { return &site{hits: map[string]int{}, agents: map[string]bool{}} }

func newWatcher(t *testing.T, feeds []string) (*Watcher, *sqlite.Store) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, err := pipeline.New(ctx, st, pipeline.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	ingest := func(ctx context.Context, docs []news.RawDoc) (int, error) {
		sum, err := p.IngestSource(ctx, queue.NewSliceSource(docs))
		return sum.New, err
	}
	return New(st, ingest, feeds, Options{HostDelay: time.Millisecond, Interval: time.Minute}), st
}

// A feed that gains 10 items over 5 polls yields exactly 10 new documents;
// no article is fetched twice, an unchanged feed answers 304, and the
// health is stored.
func TestFeedGrows(t *testing.T) {
	ctx := context.Background()
	s := newSite()
	srv := httptest.NewServer(s)
	defer srv.Close()
	feed := srv.URL + "/feed.xml"
	w, st := newWatcher(t, []string{feed})
	for poll := 1; poll <= 6; poll++ {
		if poll <= 5 {
			s.mu.Lock()
			s.items += 2
			s.mu.Unlock()
		}
		if err := w.Poll(ctx, feed); err != nil {
			t.Fatal(err)
		}
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents["ok"] != 10 {
		t.Errorf("%d documents stored, want 10 (%v)", stats.Documents["ok"], stats.Documents)
	}
	for i := 1; i <= 10; i++ {
		if n := s.hits[fmt.Sprintf("/a/%d.html", i)]; n != 1 {
			t.Errorf("article %d fetched %d times, want once", i, n)
		}
	}
	if s.hits["/feed.xml"] != 6 || s.notMod != 1 {
		t.Errorf("feed fetched %d times with %d 304s, want 6 and 1", s.hits["/feed.xml"], s.notMod)
	}
	if s.hits["/robots.txt"] != 1 {
		t.Errorf("robots.txt fetched %d times, want once", s.hits["/robots.txt"])
	}
	for ua := range s.agents {
		if !strings.Contains(ua, "dyad") {
			t.Errorf("User-Agent %q does not name dyad", ua)
		}
	}
	feeds, err := st.Feeds(ctx)
	if err != nil || len(feeds) != 1 {
		t.Fatalf("feeds %+v, %v", feeds, err)
	}
	f := feeds[0]
	if f.NewDocs != 10 || f.ItemsSeen != 10 || f.Fetched != 10 || f.Title != "Test Wire" || f.LastSuccess.IsZero() || f.LastError != "" {
		t.Errorf("health %+v", f)
	}
	t.Logf("feed: %d polls, %d 304, %d articles fetched once each, %d new documents", s.hits["/feed.xml"], s.notMod, f.Fetched, f.NewDocs)
}

// robots.txt is obeyed (the item's own text is taken instead), and a
// failing feed backs off, doubling, with its error in the health.
func TestRobotsAndBackoff(t *testing.T) {
	ctx := context.Background()
	s := newSite()
	s.items, s.private = 1, true
	srv := httptest.NewServer(s)
	defer srv.Close()
	feed := srv.URL + "/feed.xml"
	w, st := newWatcher(t, []string{feed})
	now := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	w.opts.Now = func() time.Time { return now }
	if err := w.Poll(ctx, feed); err != nil {
		t.Fatal(err)
	}
	if s.hits["/private/1.html"] != 0 {
		t.Error("fetched a page robots.txt disallows")
	}
	if stats, _ := st.Stats(ctx); stats.Documents["ok"] != 2 {
		t.Errorf("documents %v, want 2 (the disallowed item from its own text)", stats.Documents)
	}
	s.failFeed = true
	s.items++
	next := func() time.Time {
		feeds, err := st.Feeds(ctx)
		if err != nil || len(feeds) != 1 {
			t.Fatalf("feeds %+v, %v", feeds, err)
		}
		return feeds[0].NextPoll
	}
	for i, want := range []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute} {
		now = next().Add(-time.Second)
		if err := w.PollDue(ctx); err != nil { // not due yet
			t.Fatal(err)
		}
		now = next()
		if err := w.PollDue(ctx); err != nil {
			t.Fatal(err)
		}
		feeds, _ := st.Feeds(ctx)
		f := feeds[0]
		if f.Failures != i+1 || !strings.Contains(f.LastError, "503") || f.NextPoll.Sub(now) != want {
			t.Errorf("failure %d: %+v, want next poll in %s", i+1, f, want)
		}
	}
	if n := s.hits["/feed.xml"]; n != 4 {
		t.Errorf("feed polled %d times, want 4 (one ok, three failed, none before due)", n)
	}
	s.failFeed = false
	now = next()
	if err := w.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	feeds, _ := st.Feeds(ctx)
	if f := feeds[0]; f.Failures != 0 || f.NewDocs != 3 || !f.LastSuccess.Equal(now) {
		t.Errorf("after recovery: %+v", f)
	}
}
