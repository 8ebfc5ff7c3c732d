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
	Date      string
	Goldstein float64
	QuadClass int
	// Groups are the distinct affiliation groups of the outlets that
	// reported the event. With Split "group" an event reported by a state
	// outlet and an independent one counts once in each group (and once in
	// Events).
	Groups []string
}

// Period returns the period a YYYY-MM-DD date falls in: the date itself
// (day), the ISO week as YYYY-Www (week), or YYYY-MM (month).
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
	}
	return "", fmt.Errorf("%w: period %q (day, week or month)", ErrInvalid, by)
}

// AggregateSeries counts events per period, in period order.
func AggregateSeries(q SeriesQuery, events []SeriesEvent) ([]news.SeriesPoint, error) {
	dyad := q.DyadA + "-" + q.DyadB
	points := map[string]*news.SeriesPoint{}
	sums := map[string]float64{}
	for _, ev := range events {
		p, err := Period(ev.Date, q.By)
		if err != nil {
			continue // an event without a valid date has no period
		}
		pt := points[p]
		if pt == nil {
			pt = &news.SeriesPoint{Period: p, Dyad: dyad, ByQuad: map[string]int{}, ByGroup: map[string]int{}}
			points[p] = pt
		}
		pt.Events++
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
	out := make([]news.SeriesPoint, 0, len(points))
	for p, pt := range points {
		pt.GoldsteinMean = float64(int(sums[p]/float64(pt.Events)*1000+0.5*sign(sums[p]))) / 1000
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
