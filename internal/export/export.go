// Package export writes canonical events for other tools: the GDELT 2.0
// event table (61 tab-separated columns in GDELT's order), JSON lines, and
// Parquet. Fields dyad does not know are left empty, never invented; the
// mapping is documented in docs/export.md.
package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"

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

// URLOf returns the URL (or, lacking one, the id) of a reporting document.
type URLOf func(docID string) string

// GDELTRow maps one canonical event to the 61 GDELT columns.
func GDELTRow(ev news.Event, urlOf URLOf) []string {
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
	if len(ev.Evidence) > 0 && urlOf != nil {
		set("SOURCEURL", urlOf(ev.Evidence[0].DocID))
	}
	return row
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

// GDELT writes the events as a GDELT 2.0 event table (no header line, as
// GDELT's own files).
func GDELT(w io.Writer, events []news.Event, urlOf URLOf) error {
	bw := bufio.NewWriter(w)
	for _, ev := range events {
		if _, err := bw.WriteString(strings.Join(GDELTRow(ev, urlOf), "\t") + "\n"); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// JSONL writes one Event JSON a line.
func JSONL(w io.Writer, events []news.Event) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for _, ev := range events {
		if err := enc.Encode(ev); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Row is the Parquet schema: one row per canonical event, evidence as a
// repeated group.
type Row struct {
	ID            string        `parquet:"id"`
	Date          string        `parquet:"date"`
	DateText      string        `parquet:"date_text"`
	SourceCode    string        `parquet:"source_code"`
	SourceCountry string        `parquet:"source_country"`
	SourceName    string        `parquet:"source_name"`
	TargetCode    string        `parquet:"target_code"`
	TargetCountry string        `parquet:"target_country"`
	TargetName    string        `parquet:"target_name"`
	CAMEO         string        `parquet:"cameo"`
	Root          string        `parquet:"root"`
	Goldstein     float64       `parquet:"goldstein"`
	QuadClass     int32         `parquet:"quad_class"`
	PLOVER        string        `parquet:"plover"`
	StoryID       string        `parquet:"story_id"`
	NumArticles   int32         `parquet:"num_articles"`
	NumSources    int32         `parquet:"num_sources"`
	Coder         string        `parquet:"coder"`
	Evidence      []EvidenceRow `parquet:"evidence,list"`
}

// EvidenceRow is one evidence sentence in Parquet.
type EvidenceRow struct {
	DocID    string `parquet:"doc_id"`
	Source   string `parquet:"source"`
	Sentence string `parquet:"sentence"`
	Start    int32  `parquet:"start"`
	End      int32  `parquet:"end"`
}

// ToRow maps an event to the Parquet row.
func ToRow(ev news.Event) Row {
	r := Row{ID: ev.ID, Date: ev.Date, DateText: ev.DateText, SourceCode: ev.Source.Code, SourceCountry: ev.Source.Country,
		SourceName: ev.Source.Name, TargetCode: ev.Target.Code, TargetCountry: ev.Target.Country, TargetName: ev.Target.Name,
		CAMEO: ev.CAMEO, Root: ev.Root, Goldstein: ev.Goldstein, QuadClass: int32(ev.QuadClass), PLOVER: ev.PLOVER,
		StoryID: ev.StoryID, NumArticles: int32(ev.NumArticles), NumSources: int32(ev.NumSources), Coder: ev.Coder}
	for _, e := range ev.Evidence {
		r.Evidence = append(r.Evidence, EvidenceRow{DocID: e.DocID, Source: e.Source, Sentence: e.Sentence, Start: int32(e.Start), End: int32(e.End)})
	}
	return r
}

// Parquet writes the events as a Parquet file.
func Parquet(w io.Writer, events []news.Event) error {
	pw := parquet.NewGenericWriter[Row](w)
	rows := make([]Row, 0, len(events))
	for _, ev := range events {
		rows = append(rows, ToRow(ev))
	}
	if _, err := pw.Write(rows); err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	if err := pw.Close(); err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	return nil
}
