package export

import (
	"testing"

	"dyad/internal/news"
)

func TestGDELTGeo(t *testing.T) {
	ev := news.Event{ID: "e1", Date: "2021-12-15", CAMEO: "040", Root: "04",
		Source: news.Actor{Code: "CHNGOV", Country: "CHN"}, Target: news.Actor{Code: "RUSGOV", Country: "RUS"},
		Location: &news.Location{Name: "Beijing", GeonamesID: 1816670, Lat: 39.9075, Lon: 116.3972, Country: "CHN", Admin1: "22", Feature: "PPLC", How: "venue"}}
	row := GDELTRow(ev, nil)
	got := map[string]string{}
	for i, c := range GDELTColumns {
		got[c] = row[i]
	}
	want := map[string]string{"ActionGeo_Type": "4", "ActionGeo_FullName": "Beijing", "ActionGeo_CountryCode": "CHN",
		"ActionGeo_ADM1Code": "CHN22", "ActionGeo_Lat": "39.9075", "ActionGeo_Long": "116.3972", "ActionGeo_FeatureID": "1816670",
		"Actor1Geo_Type": "1", "Actor1Geo_CountryCode": "CHN", "Actor2Geo_CountryCode": "RUS", "Actor2Geo_FullName": "Russia"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	if got["Actor1Geo_Lat"] == "" {
		t.Errorf("Actor1Geo_Lat empty")
	}
	f := ToFlat(ev, nil)
	if f.LocName == nil || *f.LocName != "Beijing" || f.LocHow == nil || *f.LocHow != "venue" || f.LocLat == nil {
		t.Errorf("flat location: %+v", f)
	}
	if len(f.strings()) != len(FlatColumns()) {
		t.Errorf("%d values for %d columns", len(f.strings()), len(FlatColumns()))
	}
	ev.Location = nil
	if f := ToFlat(ev, nil); f.LocName != nil || f.LocLat != nil {
		t.Errorf("no location, flat %+v", f)
	}
}
