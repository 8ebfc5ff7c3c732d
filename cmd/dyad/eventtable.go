package main

import (
	"fmt"
	"io"
	"strings"

	"dyad/internal/news"
)

// writeEvents writes events as a table (one row per canonical event with
// its first evidence sentence) or as JSON/JSONL.
func writeEvents(w io.Writer, format string, events []news.Event) error {
	return writeList(w, format, events,
		"DATE\tSOURCE\tTARGET\tCAMEO\tGOLDSTEIN\tQUAD\tARTICLES\tSOURCES\tEVIDENCE",
		func(ev news.Event) string {
			sentence := ""
			if len(ev.Evidence) > 0 {
				sentence = ev.Evidence[0].Sentence
			}
			return strings.Join([]string{ev.Date, actorCell(ev.Source), actorCell(ev.Target), ev.CAMEO,
				fmt.Sprintf("%.1f", ev.Goldstein), fmt.Sprint(ev.QuadClass), fmt.Sprint(ev.NumArticles),
				fmt.Sprint(ev.NumSources), truncate(strings.Join(strings.Fields(sentence), " "), 70)}, "\t")
		})
}

func actorCell(a news.Actor) string {
	if a.Name != "" && a.Name != a.Code {
		return a.Code + " (" + truncate(a.Name, 24) + ")"
	}
	return a.Code
}
