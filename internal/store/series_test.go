package store

import (
	"errors"
	"strings"
	"testing"
)

func TestAggregateSeriesFillDirectionYear(t *testing.T) {
	evs := []SeriesEvent{
		{Date: "2021-01-15", Goldstein: 4, QuadClass: 1, Source: "CHNGOV", Target: "RUSGOV"},
		{Date: "2021-04-02", Goldstein: -2, QuadClass: 3, Source: "RUS", Target: "CHN"},
		{Date: "2021-04-03", Goldstein: 1, QuadClass: 1, Source: "USA", Target: "CHN"}, // not the dyad
	}
	q := SeriesQuery{DyadA: "CHN", DyadB: "RUS", By: "month", Fill: true}
	pts, err := AggregateSeries(q, evs)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range pts {
		got = append(got, p.Period+":"+string(rune('0'+p.Events)))
	}
	if strings.Join(got, " ") != "2021-01:1 2021-02:0 2021-03:0 2021-04:1" {
		t.Errorf("filled months: %v", got)
	}
	if pts[0].ByDirection["ab"] != 1 || pts[3].ByDirection["ba"] != 1 || pts[1].GoldsteinMean != 0 {
		t.Errorf("directions: %+v", pts)
	}
	q = SeriesQuery{DyadA: "CHN", DyadB: "RUS", By: "year", Direction: "ba"}
	if pts, _ := AggregateSeries(q, evs); len(pts) != 1 || pts[0].Period != "2021" || pts[0].Events != 1 || pts[0].Dyad != "RUS→CHN" {
		t.Errorf("year, B→A: %+v", pts)
	}
	q = SeriesQuery{Actor: "CHN", By: "year"}
	if pts, _ := AggregateSeries(q, evs); len(pts) != 1 || pts[0].Events != 3 || pts[0].ByDirection["ba"] != 2 {
		t.Errorf("country totals: %+v", pts)
	}
	q = SeriesQuery{DyadA: "CHN", DyadB: "RUS", By: "week", Fill: true, From: "2020-12-28", To: "2021-01-17"}
	if pts, _ := AggregateSeries(q, evs[:1]); len(pts) != 3 || pts[0].Period != "2020-W53" || pts[2].Period != "2021-W02" {
		t.Errorf("weeks: %+v", pts)
	}
	q = SeriesQuery{DyadA: "CHN", DyadB: "RUS", By: "day", Fill: true, From: "1900-01-01", To: "2021-01-01"}
	if _, err := AggregateSeries(q, evs); !errors.Is(err, ErrInvalid) {
		t.Errorf("too many periods: %v", err)
	}
}
