package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"dyad/internal/code"
	"dyad/internal/coding"
	"dyad/internal/news"
	"dyad/internal/sources"
)

func init() {
	register(&command{
		name:    "code",
		summary: "code events from JSONL {id,text,date,source} or plain text lines on stdin (stateless)",
		example: `echo '{"id":"a","text":"Russian President Vladimir Putin met Chinese President Xi Jinping.","date":"2021-12-15"}' | dyad code --explain
dyad code --verbs CAMEO.2.0.txt --actors Phoenix.Countries.actors.txt,Phoenix.International.actors.txt < sentences.txt`,
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			verbs := fs.String("verbs", "", "verb dictionary file (PETRARCH2, TABARI or dyad format) replacing the built-in one")
			actors := fs.String("actors", "", "comma-separated actor dictionary files replacing the built-in ones")
			agents := fs.String("agents", "", "agent dictionary file")
			discards := fs.String("discards", "", "discard dictionary file")
			issues := fs.String("issues", "", "issue dictionary file")
			options := fs.String("options", "", "comma-separated TABARI .options files: code under TABARI's options (comma clauses, CODE BY, DEFAULT, …)")
			explain := fs.Bool("explain", false, "add to each event the dictionary entries (file:line) that made it, and list what the gates (relevance, …) dropped and why under \"gated\"")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usagef("code reads stdin and takes no arguments")
				}
				opts := code.Options{
					Verbs: splitList(*verbs), Actors: splitList(*actors), Agents: splitList(*agents),
					Discards: splitList(*discards), Issues: splitList(*issues), OptionFiles: splitList(*options), Explain: *explain,
					Warn: func(err error) { e.log.Debug("dictionary entry skipped", "err", err) },
				}
				c, err := coding.New(ctx, opts)
				if err != nil {
					return fmt.Errorf("dictionary: %w", err)
				}
				return codeStream(ctx, c, e.stdin, e.stdout, *explain)
			}
		},
	})
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// codeLine is one output line of dyad code.
type codeLine struct {
	ID     string       `json:"id"`
	Events []news.Event `json:"events"`
	// Gated (with --explain): what the gates dropped and why, with the
	// events they held back.
	Gated []code.Gated `json:"gated,omitempty"`
	Error string       `json:"error,omitempty"`
}

// codeStream codes every input line and writes one JSON line for each, in
// order. A bad line gets an error field, never a crash.
func codeStream(ctx context.Context, c *code.Coder, r io.Reader, w io.Writer, explain bool) error {
	return lineStream(ctx, r, w, func(line string, n int) (any, bool) {
		out := codeOneLine(ctx, c, line, n, explain)
		return out, out != nil
	})
}

func codeOneLine(ctx context.Context, c *code.Coder, line string, n int, explain bool) (out *codeLine) {
	out = &codeLine{ID: fmt.Sprint(n), Events: []news.Event{}}
	defer func() {
		if r := recover(); r != nil {
			out.Events = []news.Event{}
			out.Error = fmt.Sprintf("internal error: %v", r)
		}
	}()
	in, bad := parseInputLine(line, n)
	out.ID = in.ID
	if bad != "" {
		out.Error = bad
		return out
	}
	text, date, country := in.Text, in.Date, in.Country
	if o, ok := sources.Lookup(in.Source); ok && country == "" {
		country = o.Country
	}
	var evs []news.Event
	if explain {
		var gated []code.Gated
		evs, gated = c.CodeExplainIn(ctx, out.ID, text, date, country)
		ix := news.NewRuneIndex(text)
		for i := range gated {
			news.ToRuneOffsets(text, gated[i].Events, nil, nil)
			gated[i].Start, gated[i].End = ix.Rune(gated[i].Start), ix.Rune(gated[i].End)
		}
		out.Gated = gated
	} else {
		evs = c.CodeIn(ctx, out.ID, text, date, country)
	}
	news.ToRuneOffsets(text, evs, nil, nil)
	if evs != nil {
		out.Events = evs
	}
	return out
}
