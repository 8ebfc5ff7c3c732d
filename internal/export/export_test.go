package export

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"dyad/internal/news"
)

var events = []news.Event{
	{ID: "e0123456789abcdef", Date: "2021-12-15", Source: news.Actor{Code: "CHNGOV", Country: "CHN", Name: "Xi Jinping"},
		Target: news.Actor{Code: "RUSGOV", Country: "RUS", Name: "Vladimir Putin"}, CAMEO: "040", Root: "04", Goldstein: 1,
		QuadClass: 1, PLOVER: "CONSULT", StoryID: "s1", NumArticles: 2, NumSources: 2, Coder: "dyad/test",
		Evidence: []news.Evidence{{DocID: "d1", Source: "CGTN", Sentence: "Xi met\tPutin.", Start: 0, End: 13}, {DocID: "d2", Source: "China Today", Sentence: "They met.", Start: 5, End: 14}}},
	{ID: "efedcba9876543210", Date: "2021-12-07", Source: news.Actor{Code: "CHNGOV", Country: "CHN"}, Target: news.Actor{Code: "USA", Country: "USA"},
		CAMEO: "112", Root: "11", Goldstein: -2, QuadClass: 3, Evidence: []news.Evidence{{DocID: "d2", Sentence: "x"}}},
}

func TestGDELT(t *testing.T) {
	if len(GDELTColumns) != 61 {
		t.Fatalf("%d GDELT columns, want 61", len(GDELTColumns))
	}
	var buf bytes.Buffer
	if err := GDELT(&buf, events, func(id string) string { return "https://example.org/" + id }); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&buf)
	r.Comma = '\t'
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
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
	row := rows[0]
	for name, want := range map[string]string{"Day": "20211215", "MonthYear": "202112", "Year": "2021", "Actor1Code": "CHNGOV",
		"Actor1CountryCode": "CHN", "Actor1Type1Code": "GOV", "Actor2Name": "VLADIMIR PUTIN", "EventCode": "040", "EventBaseCode": "040",
		"EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "1.0", "NumMentions": "2", "NumSources": "2", "NumArticles": "2",
		"AvgTone": "", "ActionGeo_Lat": "", "SOURCEURL": "https://example.org/d1"} {
		if got := col(row, name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if id := col(row, "GlobalEventID"); id == "" || strings.ContainsAny(id, "abcdef") {
		t.Errorf("GlobalEventID %q is not a number", id)
	}
}

func TestParquetRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.parquet")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Parquet(f, events); err != nil {
		t.Fatal(err)
	}
	f.Close()
	rows, err := parquet.ReadFile[Row](path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(events) {
		t.Fatalf("%d rows read back, want %d", len(rows), len(events))
	}
	for i, ev := range events {
		want := ToRow(ev)
		got := rows[i]
		if got.ID != want.ID || got.CAMEO != want.CAMEO || got.Goldstein != want.Goldstein || len(got.Evidence) != len(want.Evidence) ||
			got.Evidence[0].Sentence != want.Evidence[0].Sentence || got.NumSources != want.NumSources {
			t.Errorf("row %d: got %+v\nwant %+v", i, got, want)
		}
	}
}

func TestJSONL(t *testing.T) {
	var buf bytes.Buffer
	if err := JSONL(&buf, events); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 2 {
		t.Errorf("%d lines", n)
	}
}
