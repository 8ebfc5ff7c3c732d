package sqlstore

import (
	"encoding/json"
	"fmt"
	"testing"

	"dyad/internal/news"
)

// jsonArray gives json.Marshal's text for small and large slices alike,
// nil included, with characters json escapes.
func TestJSONArray(t *testing.T) {
	many := func(n int) []news.Place {
		ps := make([]news.Place, n)
		for i := range ps {
			ps[i] = news.Place{Start: i, End: i + 5, Text: fmt.Sprintf("Place <%d> & \"co\"", i), Name: "Zürich", Lat: 47.37 + float64(i)/7, Lon: 8.54, Country: "CHE", Feature: "PPLA", Demonym: i%2 == 0}
		}
		return ps
	}
	for _, tc := range []struct {
		name string
		in   []news.Place
	}{
		{"nil", nil},
		{"empty", []news.Place{}},
		{"one", many(1)},
		{"below the cut", many(smallArray - 1)},
		{"at the cut", many(smallArray)},
		{"large", many(5000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := json.Marshal(nonNil(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			got, err := jsonArray(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("jsonArray differs from json.Marshal:\n got %.200s\nwant %.200s", got, want)
			}
		})
	}
}
