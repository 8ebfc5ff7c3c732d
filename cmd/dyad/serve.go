package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"

	"dyad/internal/api"
	"dyad/internal/ingest"
	"dyad/internal/pipeline"
	"dyad/internal/watch"
	"dyad/internal/web"
)

func init() {
	register(&command{
		name:    "serve",
		summary: "serve the JSON API (/api/v1), /healthz, /metrics and the web UI",
		example: "dyad serve --addr 127.0.0.1:8080\nDYAD_INGEST_TOKEN=secret dyad serve   # enables POST /api/v1/ingest\ncurl -H 'Authorization: Bearer secret' --data-binary @article.html http://127.0.0.1:8080/api/v1/ingest   # 202 and a job; GET /api/v1/jobs/ID",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			db := dbFlag(fs)
			addr := fs.String("addr", "127.0.0.1:8080", "listen address")
			token := fs.String("ingest-token", os.Getenv("DYAD_INGEST_TOKEN"), "enable POST /api/v1/ingest for requests with this bearer token (env DYAD_INGEST_TOKEN)")
			maxBody := fs.Int64("max-body", 10<<20, "largest request body in bytes")
			queue := fs.Int("ingest-queue", 16, "POST /api/v1/ingest: how many jobs may wait for the ingest worker (more get 503)")
			spool := fs.String("spool-dir", "", "folder for the bodies of queued ingest jobs (default: the system's temporary folder)")
			cacheTTL := fs.Duration("cache-ttl", time.Second, "keep GET API responses this long (0: off); readers may see data this old")
			feedsFile := fs.String("feeds", "", "follow the feeds listed in this file (one URL a line) as dyad watch does; health at /feeds and /api/v1/feeds")
			feedEvery := fs.Duration("feed-interval", 5*time.Minute, "with --feeds: time between polls of a healthy feed")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usagef("serve takes no arguments")
				}
				st, err := openStore(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				opts := api.Options{IngestToken: *token, MaxBody: *maxBody, Log: e.log, CacheTTL: *cacheTTL,
					IngestQueue: *queue, SpoolDir: *spool}
				var srv *api.Server
				if *token != "" {
					p, err := pipeline.New(ctx, st, pipeline.Options{Log: e.log,
						Observe: func(stage string, d time.Duration) { srv.ObserveStage(stage, d) }})
					if err != nil {
						return err
					}
					opts.Ingester = bodyIngester{p}
				}
				srv = api.New(st, opts)
				defer srv.Close()
				go func() {
					// Stop the ingest queue with the server: the running job is
					// cancelled and recorded, waiting ones fail with a reason.
					<-ctx.Done()
					srv.Close()
				}()
				if *feedsFile != "" {
					feeds, err := feedList([]string{*feedsFile})
					if err != nil {
						return err
					}
					w, err := newWatcher(ctx, e, st, nil, feeds, watch.Options{Interval: *feedEvery, Log: e.log})
					if err != nil {
						return err
					}
					go func() {
						if err := w.Run(ctx); err != nil {
							e.log.Error("feed watcher stopped", "err", err)
						}
					}()
				}
				srv.Handle("/", web.New(st))
				ln, err := net.Listen("tcp", *addr)
				if err != nil {
					return fmt.Errorf("listen on %s: %w", *addr, err)
				}
				fmt.Fprintf(e.stderr, "dyad: serving http://%s (API under /api/v1)\n", ln.Addr())
				return serveUntilDone(ctx, ln, srv)
			}
		},
	})
}

// serveUntilDone serves until ctx is done, then shuts down gracefully.
func serveUntilDone(ctx context.Context, ln net.Listener, h http.Handler) error {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    1 << 20,
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// bodyIngester ingests a request body (text, HTML or JSONL) through the
// pipeline.
type bodyIngester struct{ p *pipeline.Pipeline }

func (b bodyIngester) IngestBody(ctx context.Context, body io.Reader, name string) (api.Summary, error) {
	src, err := ingest.Open(ctx, []string{"-"}, ingest.Options{Stdin: body})
	if err != nil {
		return api.Summary{}, err
	}
	defer src.Close()
	sum, err := b.p.IngestSource(ctx, src)
	return api.Summary{New: sum.New, Duplicate: sum.Duplicate, Failed: sum.Failed, Copies: sum.Copies, DocIDs: sum.DocIDs}, err
}
