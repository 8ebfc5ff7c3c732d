package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"dyad/internal/news"
	"dyad/internal/query"
	"dyad/internal/store"
)

// paramHelp describes the filter flags; they carry the same names as the
// API's query parameters and are validated by package query.
var paramHelp = map[string]string{
	"from":      "on or after this date, YYYY-MM-DD",
	"to":        "on or before this date, YYYY-MM-DD",
	"actor":     "source or target actor code prefix (CHN matches CHNGOV)",
	"dyad":      "two actor code prefixes A-B, either direction (CHN-RUS); series: several, comma-separated",
	"root":      "CAMEO root code 01-20",
	"quad":      "QuadClass 1-4",
	"story":     "story id",
	"doc":       "document id",
	"group":     "affiliation of a reporting outlet: state|state-affiliated|independent|unknown",
	"q":         "text search",
	"issue":     "issue code of the event (TRADE, ENERGY…; see the issues field)",
	"country":   "where the event happened: country, ISO alpha-3 (UKR)",
	"admin1":    "where the event happened: first-level region code, with --country (--country USA --admin1 TX)",
	"bbox":      "where the event happened: a box west,south,east,north in degrees (22,44,40.3,52.4)",
	"limit":     "at most this many (0: all)",
	"after":     "paging cursor: the id of the last item of the previous page",
	"speaker":   "speaker name contains this",
	"by":        "period: day|week|month|year",
	"direction": "with a dyad A-B: both (default), ab (A the source) or ba; with --actor: ab (the actor as source) or ba",
	"fill":      "1: include the periods without events (0 events) between the first and the last (or --from and --to)",
	"split":     "split counts by: group (source affiliation)",
}

// paramFlags registers the named filter flags and returns a function that
// collects the ones set as url.Values.
func paramFlags(fs *flag.FlagSet, names ...string) func() url.Values {
	vals := map[string]*string{}
	for _, n := range names {
		vals[n] = fs.String(n, "", paramHelp[n])
	}
	return func() url.Values {
		v := url.Values{}
		fs.Visit(func(f *flag.Flag) {
			if p, ok := vals[f.Name]; ok {
				v.Set(f.Name, *p)
			}
		})
		return v
	}
}

// badParam turns a query validation error into a usage error.
func badParam(err error) error {
	if errors.Is(err, query.ErrBadParam) {
		return usagef("%s", strings.TrimPrefix(err.Error(), query.ErrBadParam.Error()+": "))
	}
	return err
}

// listing registers a listing command.
func listing[F any, T any](name, summary, example string, names []string,
	parse func(url.Values) (F, error), list func(context.Context, store.Store, F) ([]T, error),
	header string, row func(T) string) {
	register(&command{
		name: name, summary: summary, example: example,
		flags: func(fs *flag.FlagSet, e *env) func(context.Context, []string) error {
			db := dbFlag(fs)
			format := listFormat(fs)
			params := paramFlags(fs, names...)
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usagef("%s takes no arguments, only flags", name)
				}
				fm, err := resolveFormat(*format, e.stdout)
				if err != nil {
					return err
				}
				f, err := parse(params())
				if err != nil {
					return badParam(err)
				}
				st, err := openExisting(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				items, err := list(ctx, st, f)
				if err != nil {
					return err
				}
				if name == "events" {
					return writeEvents(e.stdout, fm, any(items).([]news.Event))
				}
				return writeList(e.stdout, fm, items, header, row)
			}
		},
	})
}

func init() {
	listing("events", "canonical events, one per real-world event per story, with evidence",
		"dyad events --dyad CHN-RUS --from 2021-12-01\ndyad events --root 03 --format json\ndyad events --country UKR --bbox 35,47,40.5,50.5",
		[]string{"from", "to", "actor", "dyad", "root", "quad", "story", "doc", "group", "issue", "q", "limit", "after", "country", "admin1", "bbox"},
		query.Events, func(ctx context.Context, st store.Store, f store.EventFilter) ([]news.Event, error) {
			return st.Events(ctx, f)
		}, "", nil)
	listing("quotes", "quotations with their speakers and the dates they were said",
		"dyad quotes --speaker Zhao\ndyad quotes --story s1234 --format json",
		[]string{"speaker", "doc", "story", "from", "to", "q", "limit", "after"},
		query.Quotes, func(ctx context.Context, st store.Store, f store.QuoteFilter) ([]news.Quote, error) {
			return st.Quotes(ctx, f)
		}, "DATE\tSPEAKER\tTITLE\tACTOR\tDOC\tQUOTE",
		func(q news.Quote) string {
			return strings.Join([]string{q.Date, q.Speaker.Name, truncate(q.Speaker.Title, 30), q.Speaker.Actor, q.DocID,
				truncate(strings.Join(strings.Fields(q.Text), " "), 70)}, "\t")
		})
	listing("stories", "story clusters: reports of one happening, with their documents and outlets",
		"dyad stories\ndyad stories --from 2021-12-01 --format json",
		[]string{"from", "to", "limit", "after"},
		query.Stories, func(ctx context.Context, st store.Store, f store.StoryFilter) ([]news.Story, error) {
			return st.Stories(ctx, f)
		}, "ID\tFIRST SEEN\tLAST SEEN\tDOCS\tSOURCES\tTITLE",
		func(s news.Story) string {
			return strings.Join([]string{s.ID, s.FirstSeen, s.LastSeen, fmt.Sprint(len(s.DocIDs)),
				truncate(strings.Join(s.Sources, ", "), 40), truncate(s.Title, 60)}, "\t")
		})
	listing("series", "time series of canonical events per period for dyads or a country's totals: counts, mean Goldstein, QuadClass mix, direction, by source group",
		"dyad series --dyad CHN-RUS --by month --split group --fill 1\ndyad series --dyad CHN-RUS,CHN-USA --by year --direction ab --quad 4\ndyad series --actor CHN --by year",
		[]string{"dyad", "actor", "direction", "by", "split", "from", "to", "root", "quad", "fill"},
		query.SeriesList, func(ctx context.Context, st store.Store, qs []store.SeriesQuery) ([]news.SeriesPoint, error) {
			var out []news.SeriesPoint
			for _, q := range qs {
				pts, err := st.Series(ctx, q)
				if err != nil {
					return nil, err
				}
				out = append(out, pts...)
			}
			return out, nil
		}, "PERIOD\tDYAD\tEVENTS\tGOLDSTEIN\tQUAD 1/2/3/4\tA→B/B→A\tBY GROUP",
		func(p news.SeriesPoint) string {
			var groups []string
			for g, n := range p.ByGroup {
				groups = append(groups, fmt.Sprintf("%s=%d", g, n))
			}
			sort.Strings(groups)
			return strings.Join([]string{p.Period, p.Dyad, fmt.Sprint(p.Events), fmt.Sprintf("%.2f", p.GoldsteinMean),
				fmt.Sprintf("%d/%d/%d/%d", p.ByQuad["1"], p.ByQuad["2"], p.ByQuad["3"], p.ByQuad["4"]),
				fmt.Sprintf("%d/%d", p.ByDirection["ab"], p.ByDirection["ba"]), strings.Join(groups, " ")}, "\t")
		})
}
