package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"dyad/internal/pipeline"
	"dyad/internal/store"
)

// ingestFlags are the flags shared by ingest and run.
type ingestFlags struct {
	db       *string
	source   *string
	workers  *int
	maxBytes *int64
	nats     *string
	commit   *time.Duration
}

func addIngestFlags(fs *flag.FlagSet) ingestFlags {
	return ingestFlags{
		db:       dbFlag(fs),
		source:   fs.String("source", "", "outlet name for inputs that do not name one"),
		workers:  fs.Int("workers", 0, "parallel workers (default: number of CPUs)"),
		maxBytes: fs.Int64("max-bytes", 10<<20, "size limit per document in bytes; larger inputs are failed rows"),
		nats:     fs.String("nats", "", "publish the documents to this NATS JetStream server for 'dyad worker' instead of processing them here"),
		commit:   fs.Duration("commit-every", 250*time.Millisecond, "when input trickles in (a feed, a pipe), commit what arrived at most this often instead of per document, so readers of the store keep their caches (0: per document)"),
	}
}

func init() {
	register(&command{
		name:    "ingest",
		args:    "INPUT...",
		summary: "read files, directories, stdin (-), URLs, JSONL, feeds or WARC; clean, dedupe, code and store them",
		example: "dyad ingest examples/\ndyad ingest --source Reuters corpus.jsonl.gz\ncat article.html | dyad ingest -",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			f := addIngestFlags(fs)
			return func(ctx context.Context, args []string) error {
				if *f.nats != "" {
					if len(args) == 0 {
						return usagef("no INPUT given (a file, a directory, - for stdin, or a URL)")
					}
					return publish(ctx, e, *f.nats, f, args)
				}
				sum, err := runIngest(ctx, e, f, args)
				if err != nil && ctx.Err() == nil {
					return err
				}
				// Stopped by a signal: what was done is committed and
				// counted.
				fmt.Fprintln(e.stdout, sum.String())
				if err == nil && sum.Failed > 0 {
					return failedErr(sum.Failed)
				}
				return err
			}
		},
	})
}

// runIngest runs the pipeline over the inputs and reports failures on stderr,
// one line each.
func runIngest(ctx context.Context, e *env, f ingestFlags, args []string) (pipeline.Summary, error) {
	if len(args) == 0 {
		return pipeline.Summary{}, usagef("no INPUT given (a file, a directory, - for stdin, or a URL)")
	}
	st, err := openStore(ctx, *f.db)
	if err != nil {
		return pipeline.Summary{}, err
	}
	defer st.Close()
	prog := newProgress(e.stderr, args)
	opts := pipeline.Options{
		Workers:     *f.workers,
		MaxBytes:    *f.maxBytes,
		SourceName:  *f.source,
		CommitEvery: *f.commit,
		Log:         e.log,
		OnWait: func(l store.Lease) {
			fmt.Fprintf(e.stderr, "dyad ingest: another writer (%s, since %s) holds this store's sequencer: waiting for it to finish (documents are prepared meanwhile)\n",
				l.Holder, l.Acquired.Format("15:04:05"))
		},
	}
	if prog != nil { // a nil *progress must not become a non-nil interface
		opts.Progress = prog
		opts.Open = prog.open(*f.maxBytes, *f.source)
	}
	if err := stagesFromEnv(&opts); err != nil {
		return pipeline.Summary{}, err
	}
	p, err := pipeline.New(ctx, st, opts)
	if err != nil {
		return pipeline.Summary{}, err
	}
	start := time.Now()
	sum, err := p.Ingest(ctx, args)
	printFailures(e.stderr, "dyad ingest", sum.Failures)
	e.log.Info("ingest done", "new", sum.New, "duplicate", sum.Duplicate, "failed", sum.Failed,
		"events", sum.Events, "quotes", sum.Quotes, "elapsed", time.Since(start))
	return sum, err
}

// stagesFromEnv reads $DYAD_STAGES, a comma-separated list of the optional
// stages to run (clean is always on): dedupe, stories, facts, events,
// places. It exists for scripts/bench.sh, which measures what each stage
// costs; unset, every stage runs.
func stagesFromEnv(o *pipeline.Options) error {
	v, ok := os.LookupEnv("DYAD_STAGES")
	if !ok || v == "" {
		return nil
	}
	on := map[string]bool{}
	for _, s := range strings.Split(v, ",") {
		switch s = strings.TrimSpace(s); s {
		case "clean", "dedupe", "stories", "facts", "events", "places":
			on[s] = true
		default:
			return usagef("DYAD_STAGES: unknown stage %q (clean, dedupe, stories, facts, events, places)", s)
		}
	}
	o.NoDedupe, o.NoStories, o.NoFacts, o.NoEvents = !on["dedupe"], !on["stories"], !on["facts"], !on["events"]
	o.NoPlaces = !on["places"]
	return nil
}

// maxFailureLines is how many failed inputs are named on stderr, one line
// each; the rest are summed up in one more line (all are stored rows).
const maxFailureLines = 50

// printFailures names the failed inputs on w, one line each, up to
// maxFailureLines.
func printFailures(w io.Writer, prefix string, failures []pipeline.Failure) {
	for i, fl := range failures {
		if i == maxFailureLines {
			fmt.Fprintf(w, "%s: … and %d more failed inputs (stored as failed rows: dyad docs --status failed)\n", prefix, len(failures)-i)
			break
		}
		fmt.Fprintf(w, "%s: %s: %s\n", prefix, quoteName(fl.Path), fl.Reason)
	}
}

// failedErr is the error of an ingest that stored n failed rows: exit
// code 3.
func failedErr(n int) error {
	if n == 1 {
		return fmt.Errorf("1 input failed (named above): %w", errSomeFailed)
	}
	return fmt.Errorf("%d inputs failed (named above): %w", n, errSomeFailed)
}
