package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"dyad/internal/export"
	"dyad/internal/query"
)

func init() {
	register(&command{
		name:    "export",
		summary: "export canonical events: GDELT 2.0 event table (TSV), JSONL or Parquet",
		example: "dyad export --format gdelt -o events.tsv\ndyad export --format parquet -o events.parquet --dyad CHN-RUS",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			db := dbFlag(fs)
			format := fs.String("format", "", "gdelt|jsonl|parquet (required)")
			out := fs.String("o", "", "output file (required; - for stdout, not for parquet)")
			params := paramFlags(fs, "from", "to", "actor", "dyad", "root", "quad", "story", "group", "q")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usagef("export takes no arguments, only flags")
				}
				switch *format {
				case "gdelt", "jsonl", "parquet":
				default:
					return usagef("--format must be gdelt, jsonl or parquet")
				}
				if *out == "" || *out == "-" && *format == "parquet" {
					return usagef("-o FILE is required (parquet cannot go to stdout)")
				}
				f, err := query.Events(params())
				if err != nil {
					return badParam(err)
				}
				st, err := openStore(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				events, err := st.Events(ctx, f)
				if err != nil {
					return err
				}
				w := e.stdout
				if *out != "-" {
					file, err := os.Create(*out)
					if err != nil {
						return fmt.Errorf("create %s: %w", *out, err)
					}
					defer file.Close()
					w = file
				}
				switch *format {
				case "gdelt":
					urls := map[string]string{}
					err = export.GDELT(w, events, func(id string) string {
						if u, ok := urls[id]; ok {
							return u
						}
						u := id
						if d, err := st.Document(ctx, id); err == nil && d.URL != "" {
							u = d.URL
						}
						urls[id] = u
						return u
					})
				case "jsonl":
					err = export.JSONL(w, events)
				case "parquet":
					err = export.Parquet(w, events)
				}
				if err != nil {
					return err
				}
				if *out != "-" {
					fmt.Fprintf(e.stderr, "exported %d events to %s\n", len(events), *out)
				}
				return nil
			}
		},
	})
}
