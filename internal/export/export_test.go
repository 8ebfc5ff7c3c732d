package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"dyad/internal/news"
	"dyad/internal/store"
)

var events = []news.Event{
	{ID: "e0123456789abcdef", Date: "2021-12-15", Source: news.Actor{Code: "CHNGOV", Country: "CHN", Name: "Xi Jinping"},
		Target: news.Actor{Code: "RUSGOV", Country: "RUS", Name: "Vladimir Putin"}, CAMEO: "040", Root: "04", Goldstein: 1,
		QuadClass: 1, PLOVER: "CONSULT", StoryID: "s1", NumArticles: 2, NumSources: 2, Coder: "dyad/test",
		Evidence: []news.Evidence{{DocID: "d1", Source: "CGTN", Sentence: "Xi met\tPutin.", Start: 0, End: 13}, {DocID: "d2", Source: "China Today", Sentence: "They met.", Start: 5, End: 14}}},
	{ID: "efedcba9876543210", Date: "2021-12-07", Source: news.Actor{Code: "CHNGOV", Country: "CHN"}, Target: news.Actor{Code: "USA", Country: "USA"},
		CAMEO: "112", Root: "11", Goldstein: -2, QuadClass: 3, Evidence: []news.Evidence{{DocID: "d2", Sentence: "x", Start: 40, End: 41}},
		Issues: []string{"TRADE", "ENERGY"}, Flags: []string{news.FlagDateFromText}},
	{ID: "e00000000000000aa", Source: news.Actor{Code: "IGOUNO"}, Target: news.Actor{Code: "SDN", Country: "SDN"},
		CAMEO: "0233", Root: "02", Goldstein: 3, QuadClass: 1, Evidence: []news.Evidence{{DocID: "dx", Sentence: "y"}}},
}

var added = time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)

// testDocs knows d1 (a URL, a 20-character lead) and d2 (a file path);
// dx is unknown.
func testDocs(id string) (DocInfo, bool) {
	switch id {
	case "d1":
		return Info(news.Document{URL: "https://example.org/d1", Text: "Xi met Putin today.\n\nMore.", IngestedAt: added}), true
	case "d2":
		return Info(news.Document{URL: "corpus/d2.txt", Text: "Short lead.\n\n" + strings.Repeat("x", 50), IngestedAt: added.Add(-time.Hour)}), true
	}
	return DocInfo{}, false
}

func write(t *testing.T, format string, evs []news.Event, evidence bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	var w Writer
	var err error
	if evidence {
		w, err = NewEvidenceWriter(format, &buf, testDocs)
	} else {
		w, err = NewWriter(format, &buf, testDocs)
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if err := w.Write(ev); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGDELT(t *testing.T) {
	if len(GDELTColumns) != 61 {
		t.Fatalf("%d GDELT columns, want 61", len(GDELTColumns))
	}
	r := csv.NewReader(bytes.NewReader(write(t, "gdelt", events, false)))
	r.Comma = '\t'
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows", len(rows))
	}
	col := func(row []string, name string) string {
		for i, c := range GDELTColumns {
			if c == name {
				return row[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	for _, row := range rows {
		if len(row) != 61 {
			t.Errorf("row of %d columns", len(row))
		}
	}
	for i, want := range []map[string]string{
		{"Day": "20211215", "MonthYear": "202112", "Year": "2021", "Actor1Code": "CHNGOV",
			"Actor1CountryCode": "CHN", "Actor1Type1Code": "GOV", "Actor2Name": "VLADIMIR PUTIN", "EventCode": "040", "EventBaseCode": "040",
			"EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "1.0", "NumMentions": "2", "NumSources": "2", "NumArticles": "2",
			"AvgTone": "", "ActionGeo_Lat": "", "SOURCEURL": "https://example.org/d1", "IsRootEvent": "1", "DATEADDED": "20240506060809"},
		// d2 has no web URL (a path is not one), and the sentence is past its lead
		{"SOURCEURL": "", "IsRootEvent": "0", "DATEADDED": "20240506060809"},
		// unknown document: nothing invented
		{"SOURCEURL": "", "IsRootEvent": "", "DATEADDED": "", "Day": ""},
	} {
		for name, w := range want {
			if got := col(rows[i], name); got != w {
				t.Errorf("row %d: %s = %q, want %q", i, name, got, w)
			}
		}
	}
	if id := col(rows[0], "GlobalEventID"); id == "" || strings.ContainsAny(id, "abcdef") {
		t.Errorf("GlobalEventID %q is not a number", id)
	}
}

func TestCSV(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(write(t, "csv", events, false))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || strings.Join(rows[0], ",") != strings.Join(FlatColumns(), ",") {
		t.Fatalf("header or row count wrong: %d rows, header %v", len(rows), rows[0])
	}
	get := func(i int, name string) string {
		for j, c := range rows[0] {
			if c == name {
				return rows[i][j]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	for _, c := range []struct {
		row       int
		col, want string
	}{
		{1, "cameo_name", "Consult"},
		{2, "cameo_name", "Accuse"},
		{1, "root_name", "Consult"},
		{1, "quad_name", "Verbal cooperation"},
		{1, "source_label", "China: government"},
		{1, "source_url", "https://example.org/d1"},
		{1, "is_root_event", "1"},
		{1, "date_added", "2024-05-06T06:08:09Z"},
		{1, "sentence", "Xi met\tPutin."},
		{2, "issues", "TRADE;ENERGY"},
		{2, "flags", "date-from-text"},
		{2, "quad_name", "Verbal conflict"},
		{3, "date", ""},
		{3, "source_label", "intergovernmental organisation, United Nations"},
		{3, "confidence", ""},
	} {
		if got := get(c.row, c.col); got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row, c.col, got, c.want)
		}
	}
}

func TestParquetNulls(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.parquet")
	if err := os.WriteFile(path, write(t, "parquet", events, false), 0o644); err != nil {
		t.Fatal(err)
	}
	rows, err := parquet.ReadFile[Flat](path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(events) {
		t.Fatalf("%d rows read back, want %d", len(rows), len(events))
	}
	if rows[0].ID != events[0].ID || rows[0].CAMEOName == "" || str(rows[0].SourceURL) != "https://example.org/d1" || rows[0].NumMentions != 2 {
		t.Errorf("row 0: %+v", rows[0])
	}
	if rows[2].Date != nil || rows[2].SourceURL != nil || rows[2].IsRootEvent != nil || rows[2].SourceCountry != nil || rows[2].Confidence != nil {
		t.Errorf("unknowns are not null: %+v", rows[2])
	}
	if str(rows[1].Issues) != "TRADE;ENERGY" {
		t.Errorf("issues %v", rows[1].Issues)
	}
}

func TestEvidenceTable(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(write(t, "csv", events, true))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 { // header + 2 + 1 + 1
		t.Fatalf("%d rows", len(rows))
	}
	if rows[1][0] != events[0].ID || rows[1][3] != "https://example.org/d1" || rows[2][2] != "China Today" || rows[2][3] != "" {
		t.Errorf("rows %v", rows[1:3])
	}
	path := filepath.Join(t.TempDir(), "evidence.parquet")
	if err := os.WriteFile(path, write(t, "parquet", events, true), 0o644); err != nil {
		t.Fatal(err)
	}
	prow, err := parquet.ReadFile[EvidenceFlat](path)
	if err != nil || len(prow) != 4 || prow[3].Outlet != nil {
		t.Errorf("parquet evidence: %v %+v", err, prow)
	}
}

func TestJSONL(t *testing.T) {
	if n := strings.Count(string(write(t, "jsonl", events, false)), "\n"); n != 3 {
		t.Errorf("%d lines", n)
	}
}

type pages []news.Event

func (p pages) Events(ctx context.Context, f store.EventFilter) ([]news.Event, error) {
	var out []news.Event
	started := f.After == ""
	for _, ev := range p {
		if started && (f.Limit == 0 || len(out) < f.Limit) {
			out = append(out, ev)
		}
		if ev.ID == f.After {
			started = true
		}
	}
	return out, nil
}

func TestStream(t *testing.T) {
	var all pages
	for i := range 2500 {
		all = append(all, news.Event{ID: fmt.Sprintf("e%05d", i), CAMEO: "040"})
	}
	var buf bytes.Buffer
	w, _ := NewWriter("jsonl", &buf, nil)
	n, err := Stream(context.Background(), all, store.EventFilter{}, w)
	w.Close()
	if err != nil || n != 2500 || strings.Count(buf.String(), "\n") != 2500 {
		t.Errorf("streamed %d, %v", n, err)
	}
	n, err = Stream(context.Background(), all, store.EventFilter{Page: store.Page{Limit: 1200}})
	if err != nil || n != 1200 {
		t.Errorf("limited stream: %d, %v", n, err)
	}
}

func TestLookups(t *testing.T) {
	files := map[string]*bytes.Buffer{}
	err := Lookups(func(name string) (io.WriteCloser, error) {
		files[name] = &bytes.Buffer{}
		return nopCloser{files[name]}, nil
	})
	if err != nil || len(files) != len(LookupFiles) {
		t.Fatalf("%v, %d files", err, len(files))
	}
	if !strings.Contains(files["cameo_codes.csv"].String(), "036,Express intent to meet or negotiate,4,1,Verbal cooperation,AGREE") {
		t.Errorf("cameo_codes.csv lacks 036:\n%.300s", files["cameo_codes.csv"])
	}
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }
