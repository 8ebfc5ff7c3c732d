package main

import (
	"context"
	"flag"
	"fmt"
	"sort"

	"dyad/internal/news"
	"dyad/internal/store"
)

func init() {
	register(&command{
		name:    "run",
		args:    "INPUT...",
		summary: "ingest, then print the events found in what was just ingested (the one-command demo)",
		example: "dyad run examples/\ndyad run --db /tmp/demo.db ../shared/data/seeds",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			f := addIngestFlags(fs)
			format := fs.String("format", "table", "output format: table|json|jsonl")
			return func(ctx context.Context, args []string) error {
				fm, err := resolveFormat(*format, e.stdout)
				if err != nil {
					return err
				}
				sum, err := runIngest(ctx, e, f, args)
				if err != nil && ctx.Err() == nil {
					return err
				}
				fmt.Fprintln(e.stderr, sum.String())
				if err != nil {
					return err // stopped by a signal
				}
				st, err := openStore(ctx, *f.db)
				if err != nil {
					return err
				}
				defer st.Close()
				events, err := eventsOfDocs(ctx, st, sum.DocIDs)
				if err != nil {
					return err
				}
				if err := writeEvents(e.stdout, fm, events); err != nil {
					return err
				}
				if sum.Failed > 0 {
					return failedErr(sum.Failed)
				}
				return nil
			}
		},
	})
}

// eventsOfDocs returns the canonical events with evidence from any of the
// documents, once each, sorted by date.
func eventsOfDocs(ctx context.Context, st store.Store, docIDs []string) ([]news.Event, error) {
	seen := map[string]bool{}
	var out []news.Event
	for _, id := range docIDs {
		evs, err := st.Events(ctx, store.EventFilter{DocID: id})
		if err != nil {
			return nil, err
		}
		for _, ev := range evs {
			if !seen[ev.ID] {
				seen[ev.ID] = true
				out = append(out, ev)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}
