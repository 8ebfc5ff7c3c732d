package web

import (
	"fmt"
	"math"
	"strings"

	"dyad/internal/cameo"
	"dyad/internal/news"
)

// chart is the dyad page's SVG: bars of events per period stacked by
// QuadClass or by the reporting outlets' group, a y-axis with gridlines,
// and the mean Goldstein score as a line on its own axis (−10…10).
type chart struct {
	W, H                  float64
	Left, Right, Top, Bot float64 // plot area
	PlotH                 float64
	YTicks                []tick
	GTicks                []tick // Goldstein axis, right
	Bars                  []bar
	XLabels               []tick
	Goldstein             string // polyline points
	GoldDots              []dot
	Keys                  []key
	YTitle                string
}

type tick struct {
	Pos   float64
	Label string
}

type dot struct {
	X, Y  float64
	Title string
}

type key struct{ Class, Label string }

// bar is one period of the chart.
type bar struct {
	Period   string
	X, Width float64
	Segments []segment
	Events   int
	Title    string
}

type segment struct {
	Class           string
	X, Y, W, Height float64
	Title           string
}

var groupOrder = []string{"state", "state-affiliated", "independent", "unknown"}

// niceStep is a 1-2-5 step giving about n ticks up to max.
func niceStep(max float64, n int) float64 {
	raw := max / float64(n)
	if raw <= 1 {
		return 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*mag >= raw {
			return m * mag
		}
	}
	return 10 * mag
}

// newChart lays out the points; stack is "quad" or "group".
func newChart(pts []news.SeriesPoint, stack string) chart {
	c := chart{W: 760, H: 300, Left: 48, Right: 712, Top: 16, Bot: 270, PlotH: 254, YTitle: "events"}
	maxN := 1
	for _, p := range pts {
		n := p.Events
		if stack == "group" {
			n = 0
			for _, v := range p.ByGroup {
				n += v
			}
		}
		maxN = max(maxN, n)
	}
	step := niceStep(float64(maxN), 5)
	top := math.Ceil(float64(maxN)/step) * step
	h := c.Bot - c.Top
	y := func(v float64) float64 { return c.Bot - v/top*h }
	for v := 0.0; v <= top+step/2; v += step {
		c.YTicks = append(c.YTicks, tick{Pos: y(v), Label: fmt.Sprint(v)})
	}
	gy := func(g float64) float64 { return c.Top + (10-g)/20*h }
	for _, g := range []float64{-10, -5, 0, 5, 10} {
		l := fmt.Sprintf("%+.0f", g)
		if g == 0 {
			l = "0"
		}
		c.GTicks = append(c.GTicks, tick{Pos: gy(g), Label: l})
	}
	if len(pts) == 0 {
		return c
	}
	slot := (c.Right - c.Left) / float64(len(pts))
	gap := math.Min(slot*0.2, 6)
	every := int(math.Ceil(float64(len(pts)) / 10)) // at most ~10 x labels
	var line []string
	for i, p := range pts {
		x := c.Left + float64(i)*slot
		b := bar{Period: p.Period, X: x + gap/2, Width: math.Max(slot-gap, 1), Events: p.Events}
		b.Title = fmt.Sprintf("%s: %d events", p.Period, p.Events)
		if p.Events > 0 {
			b.Title += fmt.Sprintf(", mean Goldstein %.2f", p.GoldsteinMean)
		}
		if len(p.ByDirection) > 0 {
			b.Title += fmt.Sprintf(" (A→B %d, B→A %d)", p.ByDirection["ab"], p.ByDirection["ba"])
		}
		base := c.Bot
		add := func(class, label string, n int) {
			if n == 0 {
				return
			}
			hh := float64(n) / top * h
			base -= hh
			b.Segments = append(b.Segments, segment{Class: class, X: b.X, Y: base, W: b.Width, Height: hh,
				Title: fmt.Sprintf("%s · %s: %d", p.Period, label, n)})
		}
		if stack == "group" {
			for _, g := range groupOrder {
				add("g-"+g, g, p.ByGroup[g])
			}
		} else {
			for q := 1; q <= 4; q++ {
				add(fmt.Sprintf("q%d", q), cameo.QuadName(q), p.ByQuad[fmt.Sprint(q)])
			}
		}
		c.Bars = append(c.Bars, b)
		if i%every == 0 {
			c.XLabels = append(c.XLabels, tick{Pos: x + slot/2, Label: p.Period})
		}
		if p.Events > 0 {
			gx, gyv := x+slot/2, gy(p.GoldsteinMean)
			line = append(line, fmt.Sprintf("%.1f,%.1f", gx, gyv))
			c.GoldDots = append(c.GoldDots, dot{X: gx, Y: gyv, Title: fmt.Sprintf("%s: mean Goldstein %.2f over %d events", p.Period, p.GoldsteinMean, p.Events)})
		}
	}
	c.Goldstein = strings.Join(line, " ")
	if stack == "group" {
		for _, g := range groupOrder {
			c.Keys = append(c.Keys, key{"g-" + g, g})
		}
	} else {
		for q := 1; q <= 4; q++ {
			c.Keys = append(c.Keys, key{fmt.Sprintf("q%d", q), cameo.QuadName(q)})
		}
	}
	return c
}
