package storetest

import (
	"testing"

	"dyad/internal/news"
	"dyad/internal/store"
)

// testPlaces checks that documents keep their places, events their
// location, that a later report's venue replaces an earlier document-level
// place, and the location filters (country, admin1, box).
func testPlaces(t *testing.T, open Opener) {
	st, _ := open(t)
	defer st.Close()
	a := doc("a", "2021-12-15", "CGTN", "state")
	a.Places = []news.Place{{Start: 0, End: 7, Text: "Beijing", Name: "Beijing", GeonamesID: 1816670, Lat: 39.9075, Lon: 116.3972, Country: "CHN", Admin1: "22", Feature: "PPLC"}}
	put(t, st, a, store.New)
	put(t, st, doc("b", "2022-01-10", "Reuters", "independent"), store.New)
	got, err := st.Document(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Places) != 1 || got.Places[0] != a.Places[0] {
		t.Errorf("places %+v, want %+v", got.Places, a.Places)
	}
	china := &news.Location{Name: "China", Lat: 36.6, Lon: 103.8, Country: "CHN", Feature: "PCLI", How: "document"}
	beijing := &news.Location{Name: "Beijing", GeonamesID: 1816670, Lat: 39.9075, Lon: 116.3972, Country: "CHN", Admin1: "22", Feature: "PPLC", How: "venue"}
	kharkiv := &news.Location{Name: "Kharkiv", GeonamesID: 706483, Lat: 49.98, Lon: 36.25, Country: "UKR", Admin1: "07", Feature: "PPLA", How: "venue"}
	first := event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("b", "Reuters", "Xi met Putin in a video call."))
	first.Location = china
	again := event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("a", "CGTN", "Xi met Putin by video in Beijing."))
	again.Location = beijing
	war := event("s2", "RUS", "UKR", "190", "2022-01-11", evidence("b", "Reuters", "Russian forces shelled Kharkiv."))
	war.Location = kharkiv
	none := event("s2", "USAGOV", "RUSGOV", "112", "2022-01-11", evidence("b", "Reuters", "Washington accused Moscow."))
	for _, batch := range [][]news.Event{{first, war, none}, {again}} {
		if err := st.AddEvents(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	evs, err := st.Events(ctx, store.EventFilter{StoryID: "s1"})
	if err != nil || len(evs) != 1 {
		t.Fatalf("story s1: %d events, %v", len(evs), err)
	}
	if l := evs[0].Location; l == nil || *l != *beijing {
		t.Errorf("meeting location %+v, want the later report's venue %+v", l, beijing)
	}
	tests := []struct {
		name string
		f    store.EventFilter
		want int
	}{
		{"country", store.EventFilter{LocCountry: "UKR"}, 1},
		{"country and admin1", store.EventFilter{LocCountry: "CHN", LocAdmin1: "22"}, 1},
		{"admin1 elsewhere", store.EventFilter{LocCountry: "CHN", LocAdmin1: "07"}, 0},
		{"box around Beijing", store.EventFilter{BBox: &store.BBox{West: 115, South: 39, East: 117.5, North: 41}}, 1},
		{"box over Europe", store.EventFilter{BBox: &store.BBox{West: -10, South: 35, East: 45, North: 60}}, 1},
		{"box across the antimeridian", store.EventFilter{BBox: &store.BBox{West: 170, South: -90, East: 110, North: 90}}, 1},
		{"no filter", store.EventFilter{}, 3},
	}
	for _, tc := range tests {
		evs, err := st.Events(ctx, tc.f)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if len(evs) != tc.want {
			t.Errorf("%s: %d events, want %d", tc.name, len(evs), tc.want)
		}
	}
}
