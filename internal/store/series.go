package store

import (
	"fmt"
	"sort"
	"time"

	"dyad/internal/news"
)

// SeriesEvent is one canonical event as the series aggregation needs it;
// backends select these and call AggregateSeries, so every backend counts
// the same way.
type SeriesEvent struct {
	Date           string
	Goldstein      float64
	QuadClass      int
	Source, Target string // actor codes
	// Groups are the distinct affiliation groups of the outlets that
	// reported the event. With Split "group" an event reported by a state
	// outlet and an independent one counts once in each group (and once in
	// Events).
	Groups []string
}

// Period returns the period a YYYY-MM-DD date falls in: the date itself
// (day), the ISO week as YYYY-Www (week), YYYY-MM (month) or YYYY (year).
func Period(date, by string) (string, error) {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return "", fmt.Errorf("%w: date %q", ErrInvalid, date)
	}
	switch by {
	case "day":
		return date, nil
	case "week":
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w), nil
	case "", "month":
		return date[:7], nil
	case "year":
		return date[:4], nil
	}
	return "", fmt.Errorf("%w: period %q (day, week, month or year)", ErrInvalid, by)
}

// MaxFill bounds the periods Fill adds (about 55 years of days).
const MaxFill = 20000

// periods lists every period from the one of date a to the one of date b
// (day by day: at most MaxFill periods, a range of at most 200 years).
func periods(a, b, by string) ([]string, error) {
	ta, err := time.Parse("2006-01-02", a)
	if err != nil {
		return nil, fmt.Errorf("%w: date %q", ErrInvalid, a)
	}
	tb, err := time.Parse("2006-01-02", b)
	if err != nil {
		return nil, fmt.Errorf("%w: date %q", ErrInvalid, b)
	}
	if tb.Sub(ta) > 200*366*24*time.Hour {
		return nil, fmt.Errorf("%w: a range of more than 200 years to fill", ErrInvalid)
	}
	var out []string
	for t := ta; !t.After(tb); t = t.AddDate(0, 0, 1) {
		p, err := Period(t.Format("2006-01-02"), by)
		if err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1] != p {
			if len(out) == MaxFill {
				return nil, fmt.Errorf("%w: more than %d periods to fill; choose a longer period or a shorter range", ErrInvalid, MaxFill)
			}
			out = append(out, p)
		}
	}
	return out, nil
}

// hasPrefix reports whether an actor code matches a filter's code prefix.
func hasPrefix(code, prefix string) bool {
	return len(code) >= len(prefix) && code[:len(prefix)] == prefix
}

// Matches reports whether an event's actors fit the query's dyad or
// actor and direction; backends select by the dyad (or actor) in either
// direction and leave the direction to this.
func (q SeriesQuery) Matches(src, tgt string) (dir string, ok bool) {
	if q.Actor != "" {
		switch {
		case hasPrefix(src, q.Actor):
			dir = "ab"
		case hasPrefix(tgt, q.Actor):
			dir = "ba"
		default:
			return "", false
		}
	} else {
		switch {
		case hasPrefix(src, q.DyadA) && hasPrefix(tgt, q.DyadB):
			dir = "ab"
		case hasPrefix(src, q.DyadB) && hasPrefix(tgt, q.DyadA):
			dir = "ba"
		default:
			return "", false
		}
	}
	return dir, q.Direction == "" || q.Direction == "both" || q.Direction == dir
}

// AggregateSeries counts events per period, in period order.
func AggregateSeries(q SeriesQuery, events []SeriesEvent) ([]news.SeriesPoint, error) {
	dyad := q.Label()
	points := map[string]*news.SeriesPoint{}
	sums := map[string]float64{}
	point := func(p string) *news.SeriesPoint {
		pt := points[p]
		if pt == nil {
			pt = &news.SeriesPoint{Period: p, Dyad: dyad, ByQuad: map[string]int{}, ByGroup: map[string]int{}, ByDirection: map[string]int{}}
			points[p] = pt
		}
		return pt
	}
	first, last := "", ""
	for _, ev := range events {
		dir, ok := q.Matches(ev.Source, ev.Target)
		if !ok && (ev.Source != "" || ev.Target != "") {
			continue
		}
		p, err := Period(ev.Date, q.By)
		if err != nil {
			continue // an event without a valid date has no period
		}
		if first == "" || ev.Date < first {
			first = ev.Date
		}
		if ev.Date > last {
			last = ev.Date
		}
		pt := point(p)
		pt.Events++
		if dir != "" {
			pt.ByDirection[dir]++
		}
		sums[p] += ev.Goldstein
		pt.ByQuad[fmt.Sprint(ev.QuadClass)]++
		if q.Split == "group" {
			if len(ev.Groups) == 0 {
				pt.ByGroup["unknown"]++
			}
			for _, g := range ev.Groups {
				pt.ByGroup[g]++
			}
		}
	}
	if q.Fill && (first != "" || q.From != "" && q.To != "") {
		if q.From != "" {
			first = q.From
		}
		if q.To != "" {
			last = q.To
		}
		ps, err := periods(first, last, q.By)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			point(p)
		}
	}
	out := make([]news.SeriesPoint, 0, len(points))
	for p, pt := range points {
		if pt.Events > 0 {
			pt.GoldsteinMean = float64(int(sums[p]/float64(pt.Events)*1000+0.5*sign(sums[p]))) / 1000
		}
		out = append(out, *pt)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Period < out[j].Period })
	return out, nil
}

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

// EventID is the id of the canonical event with this key; every backend
// derives it the same way.
func EventID(storyID, srcCode, tgtCode, root, date string) string {
	return "e" + news.ContentHash([]byte(storyID + "\x00" + srcCode + "\x00" + tgtCode + "\x00" + root + "\x00" + date))[:16]
}
