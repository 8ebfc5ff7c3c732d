// Shapes: TopoJSON country and US county outlines, their areas and centroids, and the world map.

package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// topology is the part of TopoJSON this generator reads.
type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string          `json:"type"`
			Arcs       json.RawMessage `json:"arcs"`
			ID         string          `json:"id"`
			Properties struct {
				Name string `json:"name"`
			} `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

func readTopology(path string) (*topology, [][][2]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	// Decode the quantised, delta-encoded arcs to longitude/latitude.
	arcs := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		var x, y float64
		pts := make([][2]float64, len(a))
		for j, p := range a {
			x += p[0]
			y += p[1]
			pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
		}
		arcs[i] = pts
	}
	return &t, arcs, nil
}

// rings turns a geometry's arc indexes into polygons of rings of points.
func rings(raw json.RawMessage, typ string, arcs [][][2]float64) ([][][][2]float64, error) {
	ring := func(idx []int) [][2]float64 {
		var out [][2]float64
		for _, i := range idx {
			var a [][2]float64
			if i >= 0 {
				a = arcs[i]
			} else {
				src := arcs[^i]
				a = make([][2]float64, len(src))
				for k := range src {
					a[k] = src[len(src)-1-k]
				}
			}
			if len(out) > 0 && len(a) > 0 {
				a = a[1:]
			}
			out = append(out, a...)
		}
		return out
	}
	var polys [][][][2]float64
	switch typ {
	case "Polygon":
		var p [][]int
		if err := json.Unmarshal(raw, &p); err != nil {
			return nil, err
		}
		var poly [][][2]float64
		for _, r := range p {
			poly = append(poly, ring(r))
		}
		polys = append(polys, poly)
	case "MultiPolygon":
		var mp [][][]int
		if err := json.Unmarshal(raw, &mp); err != nil {
			return nil, err
		}
		for _, p := range mp {
			var poly [][][2]float64
			for _, r := range p {
				poly = append(poly, ring(r))
			}
			polys = append(polys, poly)
		}
	}
	return polys, nil
}

type shape struct{ lat, lon, area float64 }

// mainTerritory is how far (km) a country's other landmasses may lie from
// its largest one and still count for its point: New Zealand's North and
// South Islands, not the United States' Alaska and Hawaii nor France's
// Guiana.
const mainTerritory = 1000

// countryShapes returns, by alpha-3 code, each country's point — the
// area-weighted centre of its main territory: its largest landmass and the
// land within mainTerritory km of it — and its largest landmass's area
// (square degrees).
func countryShapes(path string, numeric map[string]string) (map[string]shape, error) {
	t, arcs, err := readTopology(path)
	if err != nil {
		return nil, err
	}
	out := map[string]shape{}
	skip := map[string]bool{}
	for _, g := range t.Objects["countries"].Geometries {
		cc := numeric[g.ID]
		if cc == "" {
			continue
		}
		polys, err := rings(g.Arcs, g.Type, arcs)
		if err != nil {
			return nil, err
		}
		var best shape
		var parts []shape // the landmasses that do not cross the antimeridian
		for _, p := range polys {
			a := math.Abs(ringArea(p[0]))
			minX, maxX := 1e9, -1e9
			for _, pt := range p[0] {
				minX, maxX = math.Min(minX, pt[0]), math.Max(maxX, pt[0])
			}
			lat, lon := centroid([][][][2]float64{p})
			across := maxX-minX > 180 || maxX > 180
			if !across && a > 0 {
				parts = append(parts, shape{lat, lon, a})
			}
			if a > best.area {
				best = shape{lat, lon, a}
				if across {
					best.lat = math.NaN() // across the antimeridian (Russia): the listed point is used
				}
			}
		}
		if math.IsNaN(best.lat) {
			delete(out, cc)
			skip[cc] = true
			continue
		}
		// the main territory's centre, each landmass weighted by its
		// area on the sphere (square degrees shrink towards the poles)
		var w, lat, lon float64
		for _, q := range parts {
			if distanceKm(best.lat, best.lon, q.lat, q.lon) > mainTerritory {
				continue
			}
			qw := q.area * math.Cos(q.lat*math.Pi/180)
			w += qw
			lat += q.lat * qw
			lon += q.lon * qw
		}
		main := best
		if w > 0 {
			main.lat, main.lon = lat/w, lon/w
		}
		if best.area > out[cc].area && !skip[cc] { // dependencies share their country's code
			out[cc] = main
		}
	}
	return out, nil
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Min(1, math.Sqrt(a)))
}

func ringArea(r [][2]float64) float64 {
	var a float64
	for i := 0; i+1 < len(r); i++ {
		a += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return a / 2
}

// centroid is the area-weighted centroid of the outer rings.
func centroid(polys [][][][2]float64) (lat, lon float64) {
	var a, cx, cy float64
	for _, p := range polys {
		if len(p) == 0 {
			continue
		}
		r := p[0]
		for i := 0; i+1 < len(r); i++ {
			f := r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
			a += f
			cx += (r[i][0] + r[i+1][0]) * f
			cy += (r[i][1] + r[i+1][1]) * f
		}
	}
	if a == 0 {
		return 0, 0
	}
	return cy / (3 * a), cx / (3 * a)
}

type county struct {
	name, state string
	lat, lon    float64
}

// readUSAtlas returns the states' centroids by name and the counties.
func readUSAtlas(path string) (map[string][2]float64, []county, error) {
	t, arcs, err := readTopology(path)
	if err != nil {
		return nil, nil, err
	}
	states := map[string][2]float64{}
	stateByFIPS := map[string]string{}
	for _, g := range t.Objects["states"].Geometries {
		polys, err := rings(g.Arcs, g.Type, arcs)
		if err != nil {
			return nil, nil, err
		}
		lat, lon := centroid(polys)
		states[g.Properties.Name] = [2]float64{lat, lon}
		stateByFIPS[g.ID] = g.Properties.Name
	}
	var cs []county
	for _, g := range t.Objects["counties"].Geometries {
		polys, err := rings(g.Arcs, g.Type, arcs)
		if err != nil {
			return nil, nil, err
		}
		if len(g.ID) < 2 {
			continue
		}
		lat, lon := centroid(polys)
		cs = append(cs, county{name: g.Properties.Name, state: stateByFIPS[g.ID[:2]], lat: lat, lon: lon})
	}
	log.Printf("us-atlas: %d states, %d counties", len(states), len(cs))
	return states, cs, nil
}

// writeWorld writes each country's outline as an SVG path in an
// equirectangular projection (x = lon+180, y = 90-lat, one decimal), for the
// UI's map: "alpha-3\tname\tpath".
func writeWorld(path string, numeric map[string]string, out string) error {
	t, arcs, err := readTopology(path)
	if err != nil {
		return err
	}
	type row struct{ cc3, name, d string }
	var rows []row
	for _, g := range t.Objects["countries"].Geometries {
		polys, err := rings(g.Arcs, g.Type, arcs)
		if err != nil {
			return err
		}
		var sb strings.Builder
		for _, p := range polys {
			for _, r := range p {
				lastX, lastY := math.NaN(), math.NaN()
				n := 0
				for _, pt := range r {
					x := math.Round((pt[0]+180)*10) / 10
					y := math.Round((90-pt[1])*10) / 10
					if x == lastX && y == lastY {
						continue
					}
					if n == 0 || math.Abs(x-lastX) > 180 {
						sb.WriteString("M") // a ring cut at the antimeridian: no line across the map
					} else {
						sb.WriteString("L")
					}
					sb.WriteString(strconv.FormatFloat(x, 'f', -1, 64))
					sb.WriteString(",")
					sb.WriteString(strconv.FormatFloat(y, 'f', -1, 64))
					lastX, lastY = x, y
					n++
				}
				sb.WriteString("Z")
			}
		}
		cc := numeric[g.ID]
		if cc == "" {
			cc = "-"
		}
		rows = append(rows, row{cc, g.Properties.Name, sb.String()})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].cc3 < rows[j].cc3 })
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	fmt.Fprintln(zw, "# dyad world map, generated by internal/geo/gen from npm world-atlas 2.0.2 countries-110m (ISC; Natural Earth, public domain).")
	fmt.Fprintln(zw, "# country (ISO alpha-3)\tname\tSVG path, x = lon+180, y = 90-lat")
	for _, r := range rows {
		fmt.Fprintf(zw, "%s\t%s\t%s\n", r.cc3, clean(r.name), r.d)
	}
	if err := zw.Close(); err != nil {
		return err
	}
	log.Printf("%s: %d countries, %d bytes", out, len(rows), buf.Len())
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
