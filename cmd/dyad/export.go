package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"dyad/internal/export"
	"dyad/internal/query"
)

func init() {
	register(&command{
		name:    "export",
		summary: "export canonical events: CSV with labels, GDELT 2.0 event table (TSV), JSONL or Parquet; a flat evidence table; lookup tables",
		example: "dyad export --format csv -o events.csv --evidence evidence.csv --lookups lookups/\n" +
			"dyad export --format gdelt -o events.tsv\ndyad export --format parquet -o events.parquet --dyad CHN-RUS",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			db := dbFlag(fs)
			format := fs.String("format", "", "csv|gdelt|jsonl|parquet (default: from -o's extension: .csv, .tsv, .jsonl, .parquet)")
			out := fs.String("o", "", "output file (required; - for stdout, not for parquet)")
			evidence := fs.String("evidence", "", "also write the flat evidence table (one row per evidence sentence, key event_id) to this file, in --format (csv, jsonl or parquet)")
			lookups := fs.String("lookups", "", "also write the lookup tables (cameo_codes.csv, quad_classes.csv, actor_codes.csv) into this directory")
			params := paramFlags(fs, "from", "to", "actor", "dyad", "root", "quad", "story", "group", "issue", "q", "limit")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usagef("export takes no arguments, only flags")
				}
				if *format == "" {
					*format = map[string]string{".csv": "csv", ".tsv": "gdelt", ".jsonl": "jsonl", ".parquet": "parquet"}[filepath.Ext(*out)]
				}
				if !slices.Contains(export.Formats, *format) {
					return usagef("--format must be %s", strings.Join(export.Formats, ", "))
				}
				switch {
				case *out == "-" && *format == "parquet":
					return usagef("-o FILE is required: parquet cannot go to stdout")
				case *out == "":
					return usagef("-o FILE is required (-o - writes %s to stdout)", *format)
				}
				if *evidence != "" && *format == "gdelt" {
					return usagef("--evidence is written in csv, jsonl or parquet, not gdelt")
				}
				f, err := query.Events(params())
				if err != nil {
					return badParam(err)
				}
				st, err := openExisting(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				docs := export.CachedDocs(ctx, st.Document)
				var closers []io.Closer
				defer func() {
					for _, c := range closers {
						c.Close()
					}
				}()
				open := func(path string) (io.Writer, error) {
					if path == "-" {
						return e.stdout, nil
					}
					file, err := os.Create(path)
					if err != nil {
						return nil, fmt.Errorf("create %s: %w", path, err)
					}
					closers = append(closers, file)
					return file, nil
				}
				w, err := open(*out)
				if err != nil {
					return err
				}
				ew, err := export.NewWriter(*format, w, docs)
				if err != nil {
					return err
				}
				writers := []export.Writer{ew}
				if *evidence != "" {
					w, err := open(*evidence)
					if err != nil {
						return err
					}
					vw, err := export.NewEvidenceWriter(*format, w, docs)
					if err != nil {
						return err
					}
					writers = append(writers, vw)
				}
				n, err := export.Stream(ctx, st, f, writers...)
				if err != nil {
					return err
				}
				for _, w := range writers {
					if err := w.Close(); err != nil {
						return err
					}
				}
				for _, c := range closers {
					if err := c.Close(); err != nil {
						return err
					}
				}
				closers = nil
				if *lookups != "" {
					if err := os.MkdirAll(*lookups, 0o755); err != nil {
						return err
					}
					if err := export.Lookups(func(name string) (io.WriteCloser, error) {
						return os.Create(filepath.Join(*lookups, name))
					}); err != nil {
						return err
					}
				}
				if *out != "-" {
					fmt.Fprintf(e.stderr, "exported %d events to %s\n", n, *out)
				}
				return nil
			}
		},
	})
}
