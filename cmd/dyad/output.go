package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"golang.org/x/term"
)

// listFormat registers --format for listing commands: table on a
// terminal, jsonl when piped; json is one array.
func listFormat(fs *flag.FlagSet) *string {
	return fs.String("format", "", "output format: table|json|jsonl (default table on a terminal, jsonl when piped)")
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// resolveFormat returns the effective format for w.
func resolveFormat(format string, w io.Writer) (string, error) {
	switch format {
	case "":
		if isTerminal(w) {
			return "table", nil
		}
		return "jsonl", nil
	case "table", "json", "jsonl":
		return format, nil
	}
	return "", usagef("--format must be table, json or jsonl, not %q", format)
}

// writeList writes items in the format; table writes the rows with a
// tabwriter whose header is given.
func writeList[T any](w io.Writer, format string, items []T, header string, row func(T) string) error {
	switch format {
	case "json":
		if items == nil {
			items = []T{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(items)
	case "jsonl":
		enc := json.NewEncoder(w)
		for _, it := range items {
			if err := enc.Encode(it); err != nil {
				return err
			}
		}
		return nil
	default:
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, header)
		for _, it := range items {
			fmt.Fprintln(tw, row(it))
		}
		return tw.Flush()
	}
}

// truncate shortens s to n runes for table cells.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
