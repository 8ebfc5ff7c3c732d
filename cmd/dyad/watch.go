package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"dyad/internal/news"
	"dyad/internal/pipeline"
	"dyad/internal/queue"
	"dyad/internal/store"
	"dyad/internal/watch"
)

func init() {
	register(&command{
		name:    "watch",
		args:    "FEED...",
		summary: "follow RSS/Atom feeds: poll them on a schedule, fetch and ingest new articles; --status shows each feed's health",
		example: "dyad watch --interval 10m https://example.org/world/rss.xml feeds.txt   # feeds.txt: one URL a line\n" +
			"dyad watch --status",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			db := dbFlag(fs)
			interval := fs.Duration("interval", 5*time.Minute, "time between polls of a healthy feed (a failing one backs off, doubling, up to 6h)")
			hostDelay := fs.Duration("host-delay", time.Second, "least time between two requests to one host (a longer robots.txt Crawl-delay wins)")
			once := fs.Bool("once", false, "poll every feed once and stop (for cron)")
			status := fs.Bool("status", false, "print the followed feeds' health and stop")
			format := listFormat(fs)
			return func(ctx context.Context, args []string) error {
				if *status {
					return watchStatus(ctx, e, *db, *format)
				}
				feeds, err := feedList(args)
				if err != nil {
					return err
				}
				if len(feeds) == 0 {
					return usagef("no FEED given (a feed URL, or a file of feed URLs one a line)")
				}
				st, err := openStore(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				w, err := newWatcher(ctx, e, st, nil, feeds, watch.Options{Interval: *interval, HostDelay: *hostDelay, Log: e.log})
				if err != nil {
					return err
				}
				if *once {
					for _, f := range feeds {
						if err := w.Poll(ctx, f); err != nil {
							return err
						}
					}
					return watchStatus(ctx, e, *db, *format)
				}
				fmt.Fprintf(e.stderr, "dyad watch: following %d feeds every %s (dyad watch --status shows their health)\n", len(feeds), *interval)
				return w.Run(ctx)
			}
		},
	})
}

// feedList reads the feed arguments: URLs, or files of URLs one a line
// (blank lines and # comments skipped).
func feedList(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if strings.HasPrefix(a, "http://") || strings.HasPrefix(a, "https://") {
			out = append(out, a)
			continue
		}
		f, err := os.Open(a)
		if err != nil {
			return nil, usagef("feed %s is neither an http(s) URL nor a readable file: %v", a, err)
		}
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			l := strings.TrimSpace(sc.Text())
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			if !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") {
				f.Close()
				return nil, usagef("%s:%d: not an http(s) URL: %q", a, n, l)
			}
			out = append(out, l)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read %s: %w", a, err)
		}
	}
	return out, nil
}

// newWatcher makes a watcher that ingests through p (a new pipeline over
// st when nil).
func newWatcher(ctx context.Context, e *env, st store.Store, p *pipeline.Pipeline, feeds []string, opts watch.Options) (*watch.Watcher, error) {
	fst, ok := st.(store.FeedStore)
	if !ok {
		return nil, fmt.Errorf("this store cannot keep feeds")
	}
	if p == nil {
		var err error
		if p, err = pipeline.New(ctx, st, pipeline.Options{Log: e.log}); err != nil {
			return nil, err
		}
	}
	ingest := func(ctx context.Context, docs []news.RawDoc) (int, error) {
		sum, err := p.IngestSource(ctx, queue.NewSliceSource(docs))
		for _, fl := range sum.Failures {
			fmt.Fprintf(e.stderr, "dyad watch: %s: %s\n", fl.Path, fl.Reason)
		}
		if sum.New > 0 {
			e.log.Info("feed items ingested", "new", sum.New, "duplicate", sum.Duplicate, "failed", sum.Failed)
		}
		return sum.New, err
	}
	return watch.New(fst, ingest, feeds, opts), nil
}

// watchStatus prints the followed feeds' health.
func watchStatus(ctx context.Context, e *env, db, format string) error {
	f, err := resolveFormat(format, e.stdout)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	fst, ok := st.(store.FeedStore)
	if !ok {
		return fmt.Errorf("this store cannot keep feeds")
	}
	feeds, err := fst.Feeds(ctx)
	if err != nil {
		return err
	}
	when := func(t time.Time) string {
		if t.IsZero() {
			return "never"
		}
		return t.UTC().Format("2006-01-02 15:04:05")
	}
	return writeList(e.stdout, f, feeds, "FEED\tTITLE\tLAST SUCCESS\tLAST ERROR\tFAILURES\tNEXT POLL\tITEMS\tFETCHED\tNEW DOCS",
		func(x store.Feed) string {
			errText := "-"
			if x.LastError != "" {
				errText = when(x.LastErrorAt) + " " + truncate(x.LastError, 50)
			}
			return fmt.Sprintf("%s\t%s\t%s\t%s\t%d\t%s\t%d\t%d\t%d", truncate(x.URL, 50), truncate(x.Title, 30), when(x.LastSuccess),
				errText, x.Failures, when(x.NextPoll), x.ItemsSeen, x.Fetched, x.NewDocs)
		})
}
