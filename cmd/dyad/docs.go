package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"

	"dyad/internal/news"
	"dyad/internal/store"
)

func init() {
	register(&command{
		name:    "docs",
		summary: "list stored documents (ok and failed)",
		example: "dyad docs --format json\ndyad docs --status failed",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			db := dbFlag(fs)
			format := listFormat(fs)
			status := fs.String("status", "", "only ok or failed documents")
			storyID := fs.String("story", "", "only documents of this story")
			src := fs.String("source", "", "only documents of this outlet")
			from := fs.String("from", "", "published on or after YYYY-MM-DD")
			to := fs.String("to", "", "published on or before YYYY-MM-DD")
			limit := fs.Int("limit", 0, "at most this many (0: all)")
			after := fs.String("after", "", "paging cursor: the id of the last document of the previous page")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usagef("docs takes no arguments (did you mean 'dyad doc %s'?)", args[0])
				}
				fm, err := resolveFormat(*format, e.stdout)
				if err != nil {
					return err
				}
				if *status != "" && *status != "ok" && *status != "failed" {
					return usagef("--status must be ok or failed")
				}
				for _, d := range []string{*from, *to} {
					if d != "" && !validDay(d) {
						return usagef("dates are YYYY-MM-DD, not %q", d)
					}
				}
				st, err := openExisting(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				docs, err := st.Documents(ctx, store.DocFilter{
					Page: store.Page{Limit: *limit, After: *after}, Status: *status,
					StoryID: *storyID, Source: *src, From: *from, To: *to,
				})
				if err != nil {
					return err
				}
				return writeList(e.stdout, fm, docs, "ID\tPUBLISHED\tSOURCE\tORIGIN\tAFFILIATION\tLANG\tSTATUS\tTITLE",
					func(d news.Document) string {
						return strings.Join([]string{d.ID, d.Published, d.Source.Name, d.Source.Origin,
							d.Source.Affiliation, d.Lang, truncate(d.Status, 40), truncate(d.Title, 60)}, "\t")
					})
			}
		},
	})
	register(&command{
		name:    "doc",
		args:    "ID",
		summary: "show one stored document as JSON, or its cleaned text with --text",
		example: "dyad doc d3f1c2a9b8e7d6c5\ndyad doc --text d3f1c2a9b8e7d6c5",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			db := dbFlag(fs)
			text := fs.Bool("text", false, "print the cleaned body alone")
			return func(ctx context.Context, args []string) error {
				if len(args) != 1 {
					return usagef("doc takes one document ID")
				}
				st, err := openExisting(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				d, err := st.Document(ctx, args[0])
				if errors.Is(err, store.ErrNotFound) {
					return fmt.Errorf("no document %q in the store", args[0])
				}
				if err != nil {
					return err
				}
				if *text {
					_, err := fmt.Fprintln(e.stdout, d.Text)
					return err
				}
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(d)
			}
		},
	})
}

// validDay reports whether s is a YYYY-MM-DD date.
func validDay(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
