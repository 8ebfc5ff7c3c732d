package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"dyad/internal/geo"
	"dyad/internal/news"
)

func init() {
	register(&command{
		name:    "geo",
		summary: "find and resolve the places of JSONL {id,text} or plain text lines on stdin (stateless)",
		example: `echo '{"id":"a","text":"Fighting flared near Kharkiv, and talks resumed in Geneva."}' | dyad geo
echo 'A fire broke out in Gainesville, Ga., on Friday.' | dyad geo --explain --country USA`,
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			explain := fs.Bool("explain", false, "add to each place the cue that made it one and why this place of its name (population, the text's other places, …)")
			country := fs.String("country", "", "the outlet's country (alpha-3), a hint for ambiguous names")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usagef("geo reads stdin and takes no arguments")
				}
				p, err := geo.New()
				if err != nil {
					return fmt.Errorf("gazetteer: %w", err)
				}
				return geoStream(ctx, p, e.stdin, e.stdout, geo.Options{Explain: *explain, Country: strings.ToUpper(*country)})
			}
		},
	})
}

// geoPlace is a place in dyad geo's output; with --explain, the reasons.
type geoPlace struct {
	news.Place
	Cue string   `json:"cue,omitempty"`
	Why []string `json:"why,omitempty"`
}

type geoLine struct {
	ID     string     `json:"id"`
	Places []geoPlace `json:"places"`
	Error  string     `json:"error,omitempty"`
}

// geoStream writes one JSON line per input line, in order; a bad line gets
// an error field.
func geoStream(ctx context.Context, p *geo.Parser, r io.Reader, w io.Writer, o geo.Options) error {
	return lineStream(ctx, r, w, func(line string, n int) (any, bool) {
		return geoOneLine(p, line, n, o), true
	})
}

func geoOneLine(p *geo.Parser, line string, n int, o geo.Options) (out *geoLine) {
	out = &geoLine{ID: fmt.Sprint(n), Places: []geoPlace{}}
	defer func() {
		if r := recover(); r != nil {
			out.Places = []geoPlace{}
			out.Error = fmt.Sprintf("internal error: %v", r)
		}
	}()
	in, bad := parseInputLine(line, n)
	out.ID = in.ID
	if bad != "" {
		out.Error = bad
		return out
	}
	text := in.Text
	ms := p.Parse(text, o)
	for i := range ms {
		gp := geoPlace{Place: ms[i].NewsPlace()}
		if o.Explain {
			gp.Cue, gp.Why = ms[i].Cue, ms[i].Why
		}
		out.Places = append(out.Places, gp)
	}
	return out
}
