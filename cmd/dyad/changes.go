package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"dyad/internal/store"
)

func init() {
	register(&command{
		name:    "changes",
		summary: "what changed since a cursor or a time: documents and events added, updated or deleted (for downstream jobs)",
		example: "dyad changes --since 0 --limit 1000 --format jsonl          # everything, from the beginning\n" +
			"dyad changes --cursor-file state/dyad.cursor --format jsonl   # only what is new since the last call\n" +
			"dyad changes --since 2025-06-01T12:00:00Z",
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			db := dbFlag(fs)
			since := fs.String("since", "", "a cursor from an earlier call, or a time (RFC 3339 or YYYY-MM-DD); default the beginning")
			cursorFile := fs.String("cursor-file", "", "read the cursor from this file (when it exists and --since is not given) and write the new one to it after printing")
			limit := fs.Int("limit", 1000, "most changes to print (the cursor then points after the last one printed)")
			format := listFormat(fs)
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usagef("changes takes no arguments")
				}
				if *limit < 1 {
					return usagef("--limit must be at least 1")
				}
				f, err := resolveFormat(*format, e.stdout)
				if err != nil {
					return err
				}
				from := *since
				if from == "" && *cursorFile != "" {
					b, err := os.ReadFile(*cursorFile)
					if err != nil && !errors.Is(err, os.ErrNotExist) {
						return fmt.Errorf("read cursor: %w", err)
					}
					from = strings.TrimSpace(string(b))
				}
				seq, t, err := store.ParseSince(from)
				if err != nil {
					return usagef("%s", strings.TrimPrefix(err.Error(), store.ErrInvalid.Error()+": "))
				}
				st, err := openExisting(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				cl, ok := st.(store.ChangeLog)
				if !ok {
					return fmt.Errorf("this store keeps no change log")
				}
				cs, err := cl.Changes(ctx, seq, t, *limit)
				if err != nil {
					return err
				}
				items, err := store.LoadChanges(ctx, st, cs)
				if err != nil {
					return err
				}
				if err := writeList(e.stdout, f, items, "SEQ\tKIND\tID\tCHANGE\tWHAT", func(c store.ChangeItem) string {
					what, change := "", "added or updated"
					switch {
					case c.Deleted:
						change = "deleted"
					case c.Event != nil:
						what = fmt.Sprintf("%s %s→%s %s (%d articles)", c.Event.Date, c.Event.Source.Code, c.Event.Target.Code, c.Event.CAMEO, c.Event.NumArticles)
					case c.Document != nil:
						what = truncate(c.Document.Title, 60)
					}
					return fmt.Sprintf("%d\t%s\t%s\t%s\t%s", c.Seq, c.Kind, c.ID, change, what)
				}); err != nil {
					return err
				}
				cursor := seq
				if len(cs) > 0 {
					cursor = cs[len(cs)-1].Seq
				}
				next := strconv.FormatInt(cursor, 10)
				if len(cs) == 0 && !t.IsZero() {
					next = from // nothing changed since that time: ask again from it
				}
				fmt.Fprintf(e.stderr, "dyad changes: %d changes; next: --since %s\n", len(cs), next)
				if *cursorFile != "" {
					if err := os.WriteFile(*cursorFile, []byte(next+"\n"), 0o644); err != nil {
						return fmt.Errorf("write cursor: %w", err)
					}
				}
				return nil
			}
		},
	})
}
