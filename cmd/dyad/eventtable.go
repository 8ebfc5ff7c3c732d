package main

import (
	"fmt"
	"io"
	"strings"

	"dyad/internal/cameo"
	"dyad/internal/news"
)

// writeEvents writes events as a table (one row per canonical event with
// its first evidence sentence) or as JSON/JSONL.
func writeEvents(w io.Writer, format string, events []news.Event) error {
	return writeList(w, format, events,
		"DATE\tSOURCE\tTARGET\tCAMEO\tEVENT\tGOLDSTEIN\tQUAD\tARTICLES\tSOURCES\tEVIDENCE",
		func(ev news.Event) string {
			sentence := ""
			if len(ev.Evidence) > 0 {
				sentence = ev.Evidence[0].Sentence
			}
			return strings.Join([]string{ev.Date, actorCell(ev.Source), actorCell(ev.Target), ev.CAMEO,
				truncate(cameo.Name(ev.CAMEO), 28), fmt.Sprintf("%.1f", ev.Goldstein), quadCell(ev.QuadClass), fmt.Sprint(ev.NumArticles),
				fmt.Sprint(ev.NumSources), truncate(strings.Join(strings.Fields(sentence), " "), 70)}, "\t")
		})
}

// quadCell is a QuadClass with a short name: "3 verb.conflict".
func quadCell(q int) string {
	short := map[int]string{1: "verb.coop", 2: "mat.coop", 3: "verb.conf", 4: "mat.conf"}[q]
	if short == "" {
		return fmt.Sprint(q)
	}
	return fmt.Sprintf("%d %s", q, short)
}

func actorCell(a news.Actor) string {
	if a.Name != "" && a.Name != a.Code {
		return a.Code + " (" + truncate(a.Name, 24) + ")"
	}
	return a.Code
}
