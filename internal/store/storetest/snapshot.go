package storetest

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"dyad/internal/store"
)

// Snapshot is what must not depend on the number of writers: documents
// with their status, dup_of and story, events with their counts and
// evidence, stories with their documents and sources — one line each,
// sorted.
func Snapshot(ctx context.Context, st store.Store) ([]string, error) {
	var out []string
	docs, err := st.Documents(ctx, store.DocFilter{})
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		out = append(out, fmt.Sprintf("doc %s %q dup_of=%s story=%s", d.ID, d.Status, d.DupOf, d.StoryID))
	}
	evs, err := st.Events(ctx, store.EventFilter{})
	if err != nil {
		return nil, err
	}
	for _, e := range evs {
		var ev []string
		for _, x := range e.Evidence {
			ev = append(ev, fmt.Sprintf("%s:%d-%d:%s", x.DocID, x.Start, x.End, x.Source))
		}
		sort.Strings(ev)
		out = append(out, fmt.Sprintf("event %s %s %s-%s %s story=%s articles=%d sources=%d evidence=%s",
			e.ID, e.Date, e.Source.Code, e.Target.Code, e.CAMEO, e.StoryID, e.NumArticles, e.NumSources, strings.Join(ev, ",")))
	}
	stories, err := st.Stories(ctx, store.StoryFilter{})
	if err != nil {
		return nil, err
	}
	for _, s := range stories {
		ids := append([]string(nil), s.DocIDs...)
		sort.Strings(ids)
		out = append(out, fmt.Sprintf("story %s %s..%s docs=%s sources=%s", s.ID, s.FirstSeen, s.LastSeen,
			strings.Join(ids, ","), strings.Join(s.Sources, ",")))
	}
	sort.Strings(out)
	return out, nil
}

// Diff counts the lines only in a and only in b, with a few examples.
func Diff(a, b []string) (onlyA, onlyB int, examples []string) {
	in := map[string]int{}
	for _, s := range a {
		in[s]++
	}
	for _, s := range b {
		in[s]--
	}
	keys := make([]string, 0, len(in))
	for k := range in {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch n := in[k]; {
		case n > 0:
			onlyA += n
			if len(examples) < 6 {
				examples = append(examples, "- "+k)
			}
		case n < 0:
			onlyB -= n
			if len(examples) < 6 {
				examples = append(examples, "+ "+k)
			}
		}
	}
	return onlyA, onlyB, examples
}

// Counts summarises a snapshot for the log: documents, dup_of links,
// events, evidence rows, stories.
func Counts(snap []string) string {
	var docs, dups, events, stories int
	for _, l := range snap {
		switch {
		case strings.HasPrefix(l, "doc "):
			docs++
			if !strings.Contains(l, "dup_of= ") {
				dups++
			}
		case strings.HasPrefix(l, "event "):
			events++
		case strings.HasPrefix(l, "story "):
			stories++
		}
	}
	return fmt.Sprintf("%d documents (%d dup_of), %d events, %d stories", docs, dups, events, stories)
}
