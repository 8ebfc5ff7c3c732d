// States: the regions of every country from @countrystatecity/countries, with their nearest cities.

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// state is a subdivision of @countrystatecity/countries (states.json).
type state struct {
	Name      string `json:"name"`
	ISO       string `json:"iso3166_2"`
	Type      string `json:"type"`
	Latitude  string `json:"latitude"`
	Longitude string `json:"longitude"`
}

// skipStateTypes are subdivisions below a region that read as towns or
// quarters.
var skipStateTypes = map[string]bool{"village": true, "quarter": true, "local council": true, "city": true,
	"london borough": true, "city with county rights": true, "commune": true, "metropolitan district": true}

// addStates adds the regions of every country from @countrystatecity/countries
// (ODbL 1.0): names and points of provinces, states, regions and counties. A
// region already read (from ISO 3166-2 joined to GeoNames) takes the point of
// this source, which is the region's conventional point rather than the box of
// its towns. Another gets the GeoNames admin1 code most of its nearest places
// have. A region named like its country's capital or a seat is left to the
// town, as above.
func addStates(dir string, rows []place, cities []city, cc3 map[string]string, cityNamed map[string]bool) ([]place, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return rows, err
	}
	byCC := map[string][]city{}
	bigCity := map[string]bool{} // cc2.lower name of places of 50,000+
	for _, c := range cities {
		byCC[c.cc2] = append(byCC[c.cc2], c)
		if c.pop >= 50000 {
			bigCity[c.cc2+"."+strings.ToLower(c.name)] = true
		}
	}
	have := map[string]int{} // cc3.lower name → row of a region
	for i, r := range rows {
		if r.feature == "ADM1" {
			have[r.cc3+"."+strings.ToLower(r.name)] = i
			for _, a := range r.alts {
				have[r.cc3+"."+strings.ToLower(a)] = i
			}
		}
	}
	// Single-word regions that are English words (in a dictionary and among
	// the 10,000 commonest words of English Wikipedia, and no town of
	// 10,000 people: "Gulf", "Capital", "Central", not "Kent"), regions
	// named like a country ("Luxembourg" of Belgium) and
	// the regions of countries with fewer than a million people in their
	// places (the parishes of the Isle of Man: "Michael") read as words
	// and names far more often than as places.
	nm := filepath.Join(dir, "..", "..", "..", "..")
	popular, err := popularWords(filepath.Join(nm, "popular-english-words", "words.js"), 10000)
	if err != nil {
		return rows, err
	}
	var dictionary []string
	if data, err := os.ReadFile(filepath.Join(nm, "an-array-of-english-words", "index.json")); err != nil {
		return rows, err
	} else if err := json.Unmarshal(data, &dictionary); err != nil {
		return rows, fmt.Errorf("an-array-of-english-words: %w", err)
	}
	townName := map[string]bool{} // names of places of 10,000+ people anywhere
	for _, c := range cities {
		if c.pop >= 10000 {
			townName[strings.ToLower(c.name)] = true
		}
	}
	words := map[string]bool{}
	for _, w := range dictionary {
		if popular[w] && !townName[w] {
			words[w] = true
		}
	}
	countryName := map[string]bool{}
	for _, r := range rows {
		if r.feature == "PCLI" || r.feature == "PCLD" {
			countryName[strings.ToLower(r.name)] = true
		}
	}
	popCC := map[string]int64{}
	for _, c := range cities {
		popCC[c.cc2] += c.pop
	}
	added, moved, dropped := 0, 0, 0
	for _, e := range entries {
		_, cc2, ok := strings.Cut(e.Name(), "-")
		for ok && strings.Contains(cc2, "-") {
			_, cc2, _ = strings.Cut(cc2, "-")
		}
		if !ok || cc3[cc2] == "" || cc2 == "US" {
			continue // U.S. states keep the Census centres
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name(), "states.json"))
		if errors.Is(err, os.ErrNotExist) {
			continue
		} else if err != nil {
			return rows, err
		}
		var states []state
		if err := json.Unmarshal(data, &states); err != nil {
			return rows, fmt.Errorf("%s: %w", e.Name(), err)
		}
		for _, st := range states {
			lat, err1 := strconv.ParseFloat(st.Latitude, 64)
			lon, err2 := strconv.ParseFloat(st.Longitude, 64)
			name := clean(strings.TrimSpace(st.Name))
			if err1 != nil || err2 != nil || name == "" || skipStateTypes[st.Type] {
				continue
			}
			low := strings.ToLower(name)
			if i, ok := have[cc3[cc2]+"."+low]; ok {
				rows[i].lat, rows[i].lon = lat, lon
				moved++
				continue
			}
			if cityNamed[cc2+"."+low] || bigCity[cc2+"."+low] {
				continue
			}
			if words[low] || countryName[low] || popCC[cc2] < 1000000 {
				dropped++
				if words[low] || countryName[low] {
					log.Printf("state %s (%s) dropped: a common word or a country's name", name, cc2)
				}
				continue
			}
			code, _ := nearestAdmin(byCC[cc2], lat, lon)
			if code == "" {
				continue
			}
			// its population: that of the places of its admin1 code
			// (shared by the provinces of one GeoNames region)
			var pop int64
			for _, c := range byCC[cc2] {
				if c.admin == code {
					pop += c.pop
				}
			}
			have[cc3[cc2]+"."+low] = len(rows)
			rows = append(rows, place{name: name, cc3: cc3[cc2], admin1: code, feature: "ADM1", pop: pop, lat: lat, lon: lon})
			added++
		}
	}
	log.Printf("states: %d regions added, %d given the source's point, %d dropped", added, moved, dropped)
	return rows, nil
}

// nearestAdmin returns the GeoNames admin1 code most of the 7 places nearest
// a point have (within 300 km), and their population.
func nearestAdmin(cs []city, lat, lon float64) (string, int64) {
	type nd struct {
		d float64
		c *city
	}
	var near []nd
	for i := range cs {
		c := &cs[i]
		if c.admin == "" {
			continue
		}
		dlat := c.lat - lat
		dlon := (c.lon - lon) * math.Cos(lat*math.Pi/180)
		d := math.Sqrt(dlat*dlat+dlon*dlon) * 111
		if d < 300 {
			near = append(near, nd{d, c})
		}
	}
	sort.Slice(near, func(i, j int) bool { return near[i].d < near[j].d })
	if len(near) > 7 {
		near = near[:7]
	}
	votes := map[string]int{}
	var pop int64
	best := ""
	for _, n := range near {
		votes[n.c.admin]++
		pop += n.c.pop
		if best == "" || votes[n.c.admin] > votes[best] {
			best = n.c.admin
		}
	}
	return best, pop
}
