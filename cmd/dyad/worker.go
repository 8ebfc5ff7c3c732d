package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"dyad/internal/ingest"
	"dyad/internal/news"
	"dyad/internal/pipeline"
	"dyad/internal/queue"
	"dyad/internal/store"
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
			batch := fs.Int("batch", 64, "documents per batch (acknowledged after they are prepared and handed on)")
			workers := fs.Int("workers", 0, "parallel workers inside this process (default: number of CPUs)")
			once := fs.Bool("once", false, "stop when the queue is empty and everything taken from it is stored, instead of waiting for more")
			ackWait := fs.Duration("ack-wait", 30*time.Second, "how long a batch a worker took may stay unacknowledged before another worker redoes it (set by the first worker)")
			leaseTTL := fs.Duration("lease-ttl", 15*time.Second, "how long the store's sequencer lease lasts unrenewed (a killed holder's delay)")
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
				p, err := pipeline.New(ctx, st, pipeline.Options{Workers: *workers, Log: e.log, LeaseTTL: *leaseTTL})
				if err != nil {
					return err
				}
				q, err := queue.Connect(ctx, *url)
				if err != nil {
					return err
				}
				defer q.Close()
				total, err := work(ctx, e, p, q, workOptions{batch: *batch, once: *once, ackWait: *ackWait})
				fmt.Fprintf(e.stdout, "%s (prepared %d here)\n", total.String(), total.prepared)
				if errors.Is(err, context.Canceled) {
					return nil
				}
				return err
			}
		},
	})
}

type workOptions struct {
	batch   int
	once    bool
	ackWait time.Duration
}

// workTotal is what one worker did: the documents its sequencer runs
// stored, and how many it prepared.
type workTotal struct {
	pipeline.Summary
	prepared int64
}

// work runs a worker's two loops. The first takes raw documents from the
// queue, runs the parallel stages on them and publishes the prepared
// documents, tagged with their raw sequence numbers. The second waits for
// the store's sequencer lease whenever prepared documents wait, and while
// it holds it stores them in raw sequence order (queue.Sequenced) — so any
// number of workers give the single-process result.
func work(ctx context.Context, e *env, p *pipeline.Pipeline, q *queue.Queue, o workOptions) (workTotal, error) {
	var total workTotal
	var mu sync.Mutex
	g, gctx := errgroup.WithContext(ctx)
	prepDone := make(chan struct{})
	g.Go(func() error {
		defer close(prepDone)
		return q.ConsumeSeq(gctx, queue.ConsumeOptions{Batch: o.batch, StopWhenIdle: o.once, AckWait: o.ackWait},
			func(ctx context.Context, batch []queue.Msg) error {
				raws := make([]news.RawDoc, len(batch))
				for i, m := range batch {
					raws[i] = m.Raw
				}
				items, err := p.Prepare(ctx, raws)
				if err != nil {
					return err
				}
				for i, it := range items {
					data, err := pipeline.EncodeItem(it)
					if err != nil {
						return err
					}
					if err := q.PublishPrepared(ctx, batch[i].Seq, data); err != nil {
						return err
					}
				}
				mu.Lock()
				total.prepared += int64(len(items))
				mu.Unlock()
				return nil
			})
	})
	g.Go(func() error {
		for gctx.Err() == nil {
			n, err := q.PreparedPending(gctx)
			if err != nil {
				return err
			}
			if n == 0 {
				if o.once {
					select {
					case <-prepDone:
						if raw, err := q.Pending(gctx); err == nil && raw == 0 {
							return nil
						}
					default:
					}
				}
				select {
				case <-gctx.Done():
				case <-time.After(250 * time.Millisecond):
				}
				continue
			}
			src := &itemSource{q: q, p: p}
			sum, err := p.IngestItems(gctx, src, func(n int) error { return src.seq.Committed(gctx, n) })
			if src.seq != nil {
				if cerr := src.seq.Close(context.WithoutCancel(gctx)); err == nil {
					err = cerr
				}
			}
			if errors.Is(err, store.ErrLeaseLost) {
				// Another worker took over (this one stalled past the
				// lease's expiry); what was stored stays, the rest is
				// the new holder's.
				e.log.Warn("sequencer lease lost; another worker goes on", "err", err)
				continue
			}
			if err != nil {
				return err
			}
			for _, fl := range sum.Failures {
				fmt.Fprintf(e.stderr, "dyad worker: %s: %s\n", fl.Path, fl.Reason)
			}
			mu.Lock()
			total.New += sum.New
			total.Duplicate += sum.Duplicate
			total.Failed += sum.Failed
			total.Updated += sum.Updated
			mu.Unlock()
			if len(sum.DocIDs) > 0 {
				e.log.Info("stored in order", "docs", len(sum.DocIDs), "new", sum.New, "failed", sum.Failed)
			}
		}
		return nil
	})
	err := g.Wait()
	return total, err
}

// itemSource reads prepared documents in raw order from the cursor the
// store's lease holds; it starts reading when the run has the lease.
type itemSource struct {
	q   *queue.Queue
	p   *pipeline.Pipeline
	seq *queue.Sequenced
}

func (s *itemSource) Next(ctx context.Context) (pipeline.Item, error) {
	if s.seq == nil {
		seq, err := s.q.Sequenced(ctx, queue.SequencedOptions{
			Next:      uint64(s.p.LeaseCursor()),
			SetCursor: func(ctx context.Context, next uint64) error { return s.p.SetLeaseCursor(ctx, int64(next)) },
		})
		if err != nil {
			return pipeline.Item{}, err
		}
		s.seq = seq
	}
	data, err := s.seq.Next(ctx)
	if err != nil {
		return pipeline.Item{}, err
	}
	return pipeline.DecodeItem(data)
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
