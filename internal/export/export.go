// Package export writes canonical events for other tools: the GDELT 2.0
// event table (61 tab-separated columns in GDELT's order), a flat CSV with
// a header and labels, JSON lines, and Parquet (nulls for unknowns), plus a
// flat evidence table and lookup tables of the codes. Writers take one
// event at a time, so an export of any size streams (Stream pages through
// a store). Fields dyad does not know are left empty, never invented; the
// mapping is documented in docs/export.md.
package export

import (
	"fmt"
	"strconv"
	"strings"

	"dyad/internal/geo"
	"dyad/internal/news"
)

// GDELTColumns are the GDELT 2.0 event table's columns, in order.
var GDELTColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTRow maps one canonical event to the 61 GDELT columns.
func GDELTRow(ev news.Event, docs Docs) []string {
	row := make([]string, len(GDELTColumns))
	set := func(col, v string) {
		for i, c := range GDELTColumns {
			if c == col {
				row[i] = clean(v)
				return
			}
		}
		panic("export: no GDELT column " + col)
	}
	set("GlobalEventID", numericID(ev.ID))
	if day := strings.ReplaceAll(ev.Date, "-", ""); len(day) == 8 {
		set("Day", day)
		set("MonthYear", day[:6])
		set("Year", day[:4])
		if m, err := strconv.Atoi(day[4:6]); err == nil {
			d, _ := strconv.Atoi(day[6:8])
			y, _ := strconv.Atoi(day[:4])
			set("FractionDate", fmt.Sprintf("%.4f", float64(y)+(float64((m-1)*30+d))/365))
		}
	}
	for i, a := range []news.Actor{ev.Source, ev.Target} {
		p := fmt.Sprintf("Actor%d", i+1)
		set(p+"Code", a.Code)
		set(p+"Name", strings.ToUpper(a.Name))
		set(p+"CountryCode", a.Country)
		types := actorTypes(a)
		for j := 0; j < 3 && j < len(types); j++ {
			set(fmt.Sprintf("%sType%dCode", p, j+1), types[j])
		}
	}
	set("EventCode", ev.CAMEO)
	if len(ev.CAMEO) >= 3 {
		set("EventBaseCode", ev.CAMEO[:3])
	} else {
		set("EventBaseCode", ev.CAMEO)
	}
	set("EventRootCode", ev.Root)
	set("QuadClass", strconv.Itoa(ev.QuadClass))
	set("GoldsteinScale", strconv.FormatFloat(ev.Goldstein, 'f', 1, 64))
	set("NumMentions", strconv.Itoa(len(ev.Evidence)))
	set("NumSources", strconv.Itoa(ev.NumSources))
	set("NumArticles", strconv.Itoa(ev.NumArticles))
	info := summarize(ev, docs)
	if info.known {
		set("IsRootEvent", boolDigit(info.root))
	}
	if !info.added.IsZero() {
		set("DATEADDED", info.added.UTC().Format("20060102150405"))
	}
	set("SOURCEURL", info.url)
	for i, a := range []news.Actor{ev.Source, ev.Target} {
		if l := actorLocation(a); l != nil {
			setGeo(set, fmt.Sprintf("Actor%dGeo_", i+1), l)
		}
	}
	if ev.Location != nil {
		setGeo(set, "ActionGeo_", ev.Location)
	}
	return row
}

// setGeo fills one GDELT geo block. dyad's codes differ from GDELT's: the
// country is ISO alpha-3 (GDELT: FIPS 10-4), ADM1Code is that plus the
// GeoNames admin1 code (USATX), FeatureID the GeoNames id.
func setGeo(set func(col, v string), p string, l *news.Location) {
	set(p+"Type", strconv.Itoa(geoType(l)))
	set(p+"FullName", l.Name)
	set(p+"CountryCode", l.Country)
	if l.Admin1 != "" {
		set(p+"ADM1Code", l.Country+l.Admin1)
	}
	set(p+"Lat", strconv.FormatFloat(l.Lat, 'f', 4, 64))
	set(p+"Long", strconv.FormatFloat(l.Lon, 'f', 4, 64))
	if l.GeonamesID != 0 {
		set(p+"FeatureID", strconv.FormatInt(l.GeonamesID, 10))
	}
}

// geoType is GDELT's Geo_Type: 1 country, 2 U.S. state, 3 U.S. city,
// 4 world city, 5 world state.
func geoType(l *news.Location) int {
	switch {
	case l.Feature == "PCLI" || l.Feature == "PCLD" || l.Feature == "CONT" || l.Feature == "":
		return 1
	case l.Feature == "ADM1" && l.Country == "USA":
		return 2
	case l.Feature == "ADM1":
		return 5
	case l.Country == "USA":
		return 3
	}
	return 4
}

// actorLocation is an actor's place for Actor1Geo/Actor2Geo: its country
// (dyad does not yet place actors more precisely), or nil.
func actorLocation(a news.Actor) *news.Location {
	if len(a.Country) != 3 {
		return nil
	}
	g, err := geo.Builtin()
	if err != nil {
		return nil
	}
	c := g.Country(a.Country)
	if c == nil {
		return nil
	}
	return &news.Location{Name: c.Name, Lat: c.Lat, Lon: c.Lon, Country: c.Country, Feature: c.Feature, How: "actor-country"}
}

// actorTypes are the role codes after the country code (CHNGOV → GOV).
func actorTypes(a news.Actor) []string {
	rest := strings.TrimPrefix(a.Code, a.Country)
	if a.Country == "" && len(a.Code) > 3 {
		rest = ""
	}
	var out []string
	for len(rest) >= 3 {
		out = append(out, rest[:3])
		rest = rest[3:]
	}
	return out
}

// numericID turns dyad's hex event id into GDELT's integer id.
func numericID(id string) string {
	h := strings.TrimPrefix(id, "e")
	if len(h) > 15 {
		h = h[:15]
	}
	n, err := strconv.ParseUint(h, 16, 64)
	if err != nil {
		return ""
	}
	return strconv.FormatUint(n, 10)
}

func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func boolDigit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
