package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"dyad/internal/ingest"
	"dyad/internal/news"
	"dyad/internal/pipeline"
	"dyad/internal/queue"
)

func init() {
	register(&command{
		name:    "worker",
		summary: "scale-out worker: take documents from NATS JetStream, run the pipeline, write to the shared store",
		example: "dyad worker --nats nats://127.0.0.1:4222 --db postgres://dyad@127.0.0.1/dyad\n" +
			"dyad ingest --nats nats://127.0.0.1:4222 corpus.jsonl.gz   # publish instead of processing",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			db := dbFlag(fs)
			url := fs.String("nats", "", "NATS server URL (required)")
			batch := fs.Int("batch", 64, "documents per batch (acknowledged after they are stored)")
			workers := fs.Int("workers", 0, "parallel workers inside this process (default: number of CPUs)")
			once := fs.Bool("once", false, "stop when the queue is empty instead of waiting for more")
			return func(ctx context.Context, args []string) error {
				if *url == "" {
					return usagef("--nats URL is required")
				}
				if len(args) > 0 {
					return usagef("worker takes no arguments")
				}
				st, err := openStore(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				p, err := pipeline.New(ctx, st, pipeline.Options{Workers: *workers, Log: e.log})
				if err != nil {
					return err
				}
				q, err := queue.Connect(ctx, *url)
				if err != nil {
					return err
				}
				defer q.Close()
				var total pipeline.Summary
				err = q.Consume(ctx, queue.ConsumeOptions{Batch: *batch, StopWhenIdle: *once},
					func(ctx context.Context, docs []news.RawDoc) error {
						sum, err := p.IngestSource(ctx, queue.NewSliceSource(docs))
						if err != nil {
							return err
						}
						for _, fl := range sum.Failures {
							fmt.Fprintf(e.stderr, "dyad worker: %s: %s\n", fl.Path, fl.Reason)
						}
						total.New += sum.New
						total.Duplicate += sum.Duplicate
						total.Failed += sum.Failed
						total.Updated += sum.Updated
						e.log.Info("batch stored", "docs", len(docs), "new", sum.New, "failed", sum.Failed)
						return nil
					})
				fmt.Fprintln(e.stdout, total.String())
				if errors.Is(err, context.Canceled) {
					return nil
				}
				return err
			}
		},
	})
}

// publish sends every document the inputs yield to the work queue instead
// of processing it here.
func publish(ctx context.Context, e *env, url string, f ingestFlags, args []string) error {
	q, err := queue.Connect(ctx, url)
	if err != nil {
		return err
	}
	defer q.Close()
	src, err := ingest.Open(ctx, args, ingest.Options{MaxBytes: *f.maxBytes, SourceName: *f.source})
	if err != nil {
		return err
	}
	defer src.Close()
	n := 0
	start := time.Now()
	for {
		raw, err := src.Next(ctx)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		if err := q.Publish(ctx, raw); err != nil {
			return err
		}
		n++
	}
	fmt.Fprintf(e.stdout, "published %d documents to %s in %s\n", n, queue.Subject, time.Since(start).Round(time.Millisecond))
	return nil
}
