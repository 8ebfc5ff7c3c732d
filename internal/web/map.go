package web

import (
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"sort"

	"dyad/internal/geo"
	"dyad/internal/query"
)

// mapLimit is how many events of a filter the map counts.
const mapLimit = 20000

// mapCountry is one country of the map with its events.
type mapCountry struct {
	Country, Name string
	Path          template.HTMLAttr // d="…" (from the embedded outlines, not user text)
	N             int
	Fill          string
	Href          string
}

// mapPoint is the events located in one 2°×2° cell.
type mapPoint struct {
	X, Y, R float64
	N       int
	Names   string
	Href    string
}

// worldMap draws the filter's located events on a world map (server-side
// SVG, no script, no network): countries shaded by their events, circles
// for the places, each linked to the event list filtered by country or box.
func (h *Handler) worldMap(w http.ResponseWriter, r *http.Request) {
	v := filterValues(r, "from", "to", "actor", "dyad", "root", "quad", "group", "q")
	f, err := query.Events(v)
	if err != nil {
		h.failErr(w, err)
		return
	}
	f.Limit = mapLimit
	evs, err := h.st.Events(r.Context(), f)
	if err != nil {
		h.failErr(w, err)
		return
	}
	shapes, err := geo.World()
	if err != nil {
		h.fail(w, http.StatusInternalServerError, "The world map is missing.")
		return
	}
	byCountry := map[string]int{}
	type cell struct {
		lat, lon float64
		n        int
		names    map[string]int
	}
	cells := map[[2]int]*cell{}
	located := 0
	for _, ev := range evs {
		l := ev.Location
		if l == nil {
			continue
		}
		located++
		byCountry[l.Country]++
		k := [2]int{int(math.Floor(l.Lat / 2)), int(math.Floor(l.Lon / 2))}
		c := cells[k]
		if c == nil {
			c = &cell{names: map[string]int{}}
			cells[k] = c
		}
		c.lat += l.Lat
		c.lon += l.Lon
		c.n++
		c.names[l.Name]++
	}
	maxN := 1
	for _, n := range byCountry {
		maxN = max(maxN, n)
	}
	link := func(extra url.Values) string {
		nv := url.Values{}
		for k := range v {
			nv.Set(k, v.Get(k))
		}
		for k := range extra {
			nv.Set(k, extra.Get(k))
		}
		return "/?" + nv.Encode()
	}
	var countries []mapCountry
	for _, s := range shapes {
		c := mapCountry{Country: s.Country, Name: s.Name, Path: template.HTMLAttr(fmt.Sprintf("d=%q", s.Path)), Fill: "#e8e8e4"}
		if n := byCountry[s.Country]; n > 0 && s.Country != "-" {
			c.N = n
			// light to dark blue by the share of the busiest country (log scale)
			t := math.Log1p(float64(n)) / math.Log1p(float64(maxN))
			c.Fill = fmt.Sprintf("#%02x%02x%02x", int(198-150*t), int(219-130*t), int(239-80*t))
			c.Href = link(url.Values{"country": {s.Country}})
		}
		countries = append(countries, c)
	}
	var points []mapPoint
	for k, c := range cells {
		lat, lon := c.lat/float64(c.n), c.lon/float64(c.n)
		names := make([]string, 0, len(c.names))
		for n := range c.names {
			names = append(names, n)
		}
		sort.Slice(names, func(i, j int) bool { return c.names[names[i]] > c.names[names[j]] })
		if len(names) > 3 {
			names = names[:3]
		}
		bbox := fmt.Sprintf("%d,%d,%d,%d", k[1]*2, k[0]*2, k[1]*2+2, k[0]*2+2)
		label := ""
		for i, n := range names {
			if i > 0 {
				label += ", "
			}
			label += n
		}
		points = append(points, mapPoint{X: lon + 180, Y: 90 - lat, R: 0.8 + 1.2*math.Sqrt(float64(c.n)), N: c.n, Names: label,
			Href: link(url.Values{"bbox": {bbox}})})
	}
	sort.Slice(points, func(i, j int) bool { return points[i].N > points[j].N }) // big circles first, small ones on top
	h.render(w, "map.html", map[string]any{"Countries": countries, "Points": points, "F": v, "Total": len(evs),
		"Located": located, "Capped": len(evs) == mapLimit})
}
