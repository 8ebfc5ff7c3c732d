package main

import (
	"encoding/json"
	"strings"
	"testing"

	"dyad/internal/news"
	"dyad/internal/pipeline"
)

func TestGeoCommand(t *testing.T) {
	out, errs, code := dyad(t, `{"id":"a","text":"Talks resumed in Geneva, Switzerland, while shelling continued near Kharkiv."}`+"\nnot a place here\n{\"id\":3}\n", "geo")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), out)
	}
	var first struct {
		ID     string       `json:"id"`
		Places []news.Place `json:"places"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range first.Places {
		got[p.Text] = p.Country
		if r := []rune("Talks resumed in Geneva, Switzerland, while shelling continued near Kharkiv."); string(r[p.Start:p.End]) != p.Text {
			t.Errorf("offsets %d-%d do not give %q", p.Start, p.End, p.Text)
		}
	}
	if got["Kharkiv"] != "UKR" || got["Switzerland"] != "CHE" {
		t.Errorf("places %v", got)
	}
	if !strings.Contains(lines[2], `"error"`) {
		t.Errorf("a record without text: %s", lines[2])
	}
}

// TestStagesPlaces checks that $DYAD_STAGES switches the places stage like
// the others: off unless listed, on when the variable is unset.
func TestStagesPlaces(t *testing.T) {
	cases := []struct {
		env      string
		set      bool
		noPlaces bool
	}{
		{"", false, false},
		{"clean,dedupe,stories,facts,events", true, true},
		{"clean,events,places", true, false},
	}
	for _, c := range cases {
		if c.set {
			t.Setenv("DYAD_STAGES", c.env)
		} else {
			t.Setenv("DYAD_STAGES", "")
		}
		var o pipeline.Options
		if err := stagesFromEnv(&o); err != nil {
			t.Fatalf("%q: %v", c.env, err)
		}
		if o.NoPlaces != c.noPlaces {
			t.Errorf("DYAD_STAGES=%q: NoPlaces %v, want %v", c.env, o.NoPlaces, c.noPlaces)
		}
	}
}
