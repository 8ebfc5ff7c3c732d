package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"dyad/internal/clean"
	"dyad/internal/news"
)

func init() {
	register(&command{
		name:    "extract",
		summary: "clean one HTML or text document from stdin and print it as JSON, without storing it",
		example: "curl -s https://example.org/article.html | dyad extract --url https://example.org/article.html\ndyad extract < article.txt",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			url := fs.String("url", "", "the page's URL (for metadata and the source's domain)")
			format := fs.String("format", "json", "output format: json")
			maxBytes := fs.Int64("max-bytes", 10<<20, "size limit in bytes")
			return func(ctx context.Context, args []string) error {
				if *format != "json" {
					return usagef("--format must be json")
				}
				if len(args) > 0 {
					return usagef("extract reads stdin and takes no arguments")
				}
				body, err := io.ReadAll(io.LimitReader(e.stdin, *maxBytes+1))
				if err != nil {
					return fmt.Errorf("read stdin: %w", err)
				}
				doc := clean.Extract(ctx, news.RawDoc{URL: *url, Path: "-", Body: body}, clean.Options{MaxBytes: *maxBytes})
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(doc)
			}
		},
	})
}
