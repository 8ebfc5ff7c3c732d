// Package query parses and validates the filters of the listing commands
// and of the JSON API in one place, so that `dyad events --dyad CHN-RUS`
// and GET /api/v1/events?dyad=CHN-RUS mean the same and fail the same way.
// Parameters are given as url.Values; the CLI maps its flags to the same
// names.
package query

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"dyad/internal/store"
)

// ErrBadParam is wrapped by every validation error; the API maps it to
// 400 and the CLI to exit code 2.
var ErrBadParam = errors.New("bad parameter")

func bad(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrBadParam, fmt.Sprintf(format, a...))
}

// MaxLimit bounds one page.
const MaxLimit = 10000

var (
	codeRe  = regexp.MustCompile(`^[A-Za-z0-9]{1,24}$`)
	rootRe  = regexp.MustCompile(`^(0[1-9]|1[0-9]|20)$`)
	idRe    = regexp.MustCompile(`^[A-Za-z0-9._:/#@-]{1,200}$`)
	groupRe = regexp.MustCompile(`^(state|state-affiliated|independent|unknown)$`)
)

// known names the parameters each listing accepts.
var known = map[string][]string{
	"events":  {"from", "to", "actor", "dyad", "root", "quad", "story", "doc", "group", "issue", "q", "limit", "after", "country", "admin1", "bbox"},
	"quotes":  {"speaker", "doc", "story", "from", "to", "q", "limit", "after"},
	"stories": {"from", "to", "limit", "after"},
	"docs":    {"status", "story", "source", "from", "to", "limit", "after"},
	"series":  {"dyad", "actor", "direction", "by", "split", "from", "to", "root", "quad", "fill"},
}

// Params returns the parameter names a listing accepts ("events",
// "quotes", "stories", "docs", "series").
func Params(kind string) []string { return append([]string(nil), known[kind]...) }

func check(kind string, v url.Values) error {
	ok := map[string]bool{}
	for _, k := range known[kind] {
		ok[k] = true
	}
	for k, vals := range v {
		if !ok[k] {
			return bad("unknown parameter %q (known: %s)", k, strings.Join(known[kind], ", "))
		}
		if len(vals) > 1 {
			return bad("parameter %q given %d times", k, len(vals))
		}
	}
	return nil
}

func date(v url.Values, key string) (string, error) {
	s := strings.TrimSpace(v.Get(key))
	if s == "" {
		return "", nil
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return "", bad("%s must be a date YYYY-MM-DD, not %q", key, s)
	}
	return s, nil
}

func page(v url.Values) (store.Page, error) {
	var p store.Page
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > MaxLimit {
			return p, bad("limit must be a whole number from 0 to %d, not %q", MaxLimit, s)
		}
		p.Limit = n
	}
	if s := v.Get("after"); s != "" {
		if !idRe.MatchString(s) {
			return p, bad("after must be an id from a previous page, not %q", s)
		}
		p.After = s
	}
	return p, nil
}

func ident(v url.Values, key string) (string, error) {
	s := strings.TrimSpace(v.Get(key))
	if s != "" && !idRe.MatchString(s) {
		return "", bad("%s: %q is not an id", key, s)
	}
	return s, nil
}

func code(s, what string) (string, error) {
	if !codeRe.MatchString(s) {
		return "", bad("%s: %q is not a CAMEO actor or country code", what, s)
	}
	return strings.ToUpper(s), nil
}

// Dyad parses "A-B" into its two sides.
func Dyad(s string) (string, string, error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return "", "", bad("dyad must be two codes joined by a dash, like CHN-RUS, not %q", s)
	}
	a, err := code(a, "dyad")
	if err != nil {
		return "", "", err
	}
	b, err = code(b, "dyad")
	return a, b, err
}

func dateRange(v url.Values) (string, string, error) {
	from, err := date(v, "from")
	if err != nil {
		return "", "", err
	}
	to, err := date(v, "to")
	if err != nil {
		return "", "", err
	}
	if from != "" && to != "" && from > to {
		return "", "", bad("from %s is after to %s", from, to)
	}
	return from, to, nil
}

// Events parses event filters.
func Events(v url.Values) (store.EventFilter, error) {
	var f store.EventFilter
	var err error
	if f.Page, f.From, f.To, err = common("events", v); err != nil {
		return f, err
	}
	if s := v.Get("actor"); s != "" {
		if f.Actor, err = code(s, "actor"); err != nil {
			return f, err
		}
	}
	if s := v.Get("dyad"); s != "" {
		if f.DyadA, f.DyadB, err = Dyad(s); err != nil {
			return f, err
		}
	}
	if f.Root, f.QuadClass, err = rootQuad(v); err != nil {
		return f, err
	}
	if f.StoryID, err = ident(v, "story"); err != nil {
		return f, err
	}
	if f.DocID, err = ident(v, "doc"); err != nil {
		return f, err
	}
	if s := v.Get("issue"); s != "" {
		if f.Issue, err = code(s, "issue"); err != nil {
			return f, err
		}
	}
	if s := v.Get("group"); s != "" {
		if !groupRe.MatchString(s) {
			return f, bad("group must be state, state-affiliated, independent or unknown, not %q", s)
		}
		f.Group = s
	}
	f.Text = strings.TrimSpace(v.Get("q"))
	if len(f.Text) > 200 {
		return f, bad("q is longer than 200 characters")
	}
	if err := location(v, &f); err != nil {
		return f, err
	}
	return f, nil
}

// location parses the filters on where an event happened: country
// (alpha-3), admin1 (a GeoNames first-level code, with country) and bbox
// (west,south,east,north in degrees).
func location(v url.Values, f *store.EventFilter) error {
	if s := strings.ToUpper(strings.TrimSpace(v.Get("country"))); s != "" {
		if !countryRe.MatchString(s) {
			return bad("country must be an ISO alpha-3 code (UKR), not %q", v.Get("country"))
		}
		f.LocCountry = s
	}
	if s := strings.TrimSpace(v.Get("admin1")); s != "" {
		if !admin1Re.MatchString(s) {
			return bad("admin1 must be a first-level region code (TX, 07), not %q", s)
		}
		if f.LocCountry == "" {
			return bad("admin1 needs country (admin1 codes are per country)")
		}
		f.LocAdmin1 = s
	}
	if s := strings.TrimSpace(v.Get("bbox")); s != "" {
		parts := strings.Split(s, ",")
		var n [4]float64
		ok := len(parts) == 4
		for i := 0; ok && i < 4; i++ {
			x, err := strconv.ParseFloat(strings.TrimSpace(parts[i]), 64)
			ok = err == nil && !math.IsNaN(x)
			n[i] = x
		}
		if !ok || n[1] > n[3] || n[1] < -90 || n[3] > 90 || n[0] < -180 || n[0] > 180 || n[2] < -180 || n[2] > 180 {
			return bad("bbox must be west,south,east,north in degrees (22,44,40.3,52.4), not %q", s)
		}
		f.BBox = &store.BBox{West: n[0], South: n[1], East: n[2], North: n[3]}
	}
	return nil
}

var (
	countryRe = regexp.MustCompile(`^[A-Z]{3}$`)
	admin1Re  = regexp.MustCompile(`^[A-Za-z0-9]{1,8}$`)
)

// common checks the parameter names of a listing and parses the paging
// and date range every listing shares.
func common(kind string, v url.Values) (p store.Page, from, to string, err error) {
	if err = check(kind, v); err != nil {
		return
	}
	if p, err = page(v); err != nil {
		return
	}
	from, to, err = dateRange(v)
	return
}

// Quotes parses quote filters.
func Quotes(v url.Values) (store.QuoteFilter, error) {
	var f store.QuoteFilter
	var err error
	if f.Page, f.From, f.To, err = common("quotes", v); err != nil {
		return f, err
	}
	if f.DocID, err = ident(v, "doc"); err != nil {
		return f, err
	}
	if f.StoryID, err = ident(v, "story"); err != nil {
		return f, err
	}
	f.Speaker = strings.TrimSpace(v.Get("speaker"))
	f.Text = strings.TrimSpace(v.Get("q"))
	if len(f.Speaker) > 200 || len(f.Text) > 200 {
		return f, bad("speaker and q are at most 200 characters")
	}
	return f, nil
}

// Stories parses story filters.
func Stories(v url.Values) (store.StoryFilter, error) {
	var f store.StoryFilter
	var err error
	f.Page, f.From, f.To, err = common("stories", v)
	return f, err
}

// Docs parses document filters.
func Docs(v url.Values) (store.DocFilter, error) {
	var f store.DocFilter
	var err error
	if f.Page, f.From, f.To, err = common("docs", v); err != nil {
		return f, err
	}
	switch s := v.Get("status"); s {
	case "", "ok", "failed":
		f.Status = s
	default:
		return f, bad("status must be ok or failed, not %q", s)
	}
	if f.StoryID, err = ident(v, "story"); err != nil {
		return f, err
	}
	f.Source = strings.TrimSpace(v.Get("source"))
	return f, nil
}

// MaxSeries bounds the dyads (or actors) of one series request.
const MaxSeries = 20

// Series parses a series query of one dyad or actor.
func Series(v url.Values) (store.SeriesQuery, error) {
	qs, err := SeriesList(v)
	if err != nil {
		return store.SeriesQuery{}, err
	}
	if len(qs) != 1 {
		return store.SeriesQuery{}, bad("give one dyad or actor here, not %d", len(qs))
	}
	return qs[0], nil
}

// SeriesList parses a series query of several dyads (dyad=CHN-RUS,CHN-USA)
// or actors' totals (actor=CHN,RUS): one SeriesQuery each, sharing the
// other parameters.
func SeriesList(v url.Values) ([]store.SeriesQuery, error) {
	var q store.SeriesQuery
	if err := check("series", v); err != nil {
		return nil, err
	}
	var err error
	if (v.Get("dyad") == "") == (v.Get("actor") == "") {
		return nil, bad("dyad is required, like CHN-RUS (or actor=CHN for a country's totals, not both)")
	}
	switch s := v.Get("by"); s {
	case "", "month":
		q.By = "month"
	case "day", "week", "year":
		q.By = s
	default:
		return nil, bad("by must be day, week, month or year, not %q", s)
	}
	switch s := v.Get("split"); s {
	case "", "group":
		q.Split = s
	default:
		return nil, bad("split must be group, not %q", s)
	}
	switch s := v.Get("direction"); s {
	case "", "both":
	case "ab", "ba":
		q.Direction = s
	default:
		return nil, bad("direction must be both, ab (A the source) or ba, not %q", s)
	}
	switch s := v.Get("fill"); s {
	case "", "0", "false":
	case "1", "true":
		q.Fill = true
	default:
		return nil, bad("fill must be 1 or 0, not %q", s)
	}
	if q.Root, q.QuadClass, err = rootQuad(v); err != nil {
		return nil, err
	}
	if q.From, q.To, err = dateRange(v); err != nil {
		return nil, err
	}
	var out []store.SeriesQuery
	if s := v.Get("dyad"); s != "" {
		for _, d := range strings.Split(s, ",") {
			one := q
			if one.DyadA, one.DyadB, err = Dyad(d); err != nil {
				return nil, err
			}
			out = append(out, one)
		}
	} else {
		for _, a := range strings.Split(v.Get("actor"), ",") {
			one := q
			if one.Actor, err = code(strings.TrimSpace(a), "actor"); err != nil {
				return nil, err
			}
			out = append(out, one)
		}
	}
	if len(out) > MaxSeries {
		return nil, bad("at most %d dyads or actors at once, not %d", MaxSeries, len(out))
	}
	return out, nil
}

// rootQuad reads the root (CAMEO root code, "4" meaning "04") and quad
// (QuadClass 1 to 4) parameters; absent ones are "" and 0.
func rootQuad(v url.Values) (root string, quad int, err error) {
	if s := v.Get("root"); s != "" {
		if len(s) == 1 {
			s = "0" + s
		}
		if !rootRe.MatchString(s) {
			return "", 0, bad("root must be a CAMEO root code 01 to 20, not %q", v.Get("root"))
		}
		root = s
	}
	if s := v.Get("quad"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 4 {
			return "", 0, bad("quad must be a QuadClass 1 to 4, not %q", s)
		}
		quad = n
	}
	return root, quad, nil
}
