package main

import (
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/news"
	"dyad/internal/shareddata"
)

// TestSeeds checks the canonical example end to end through the CLI: two
// reports of the Xi–Putin video meeting of 15 December 2021, one a spun
// republication of a CGTN release, one a scanned magazine page.
func TestSeeds(t *testing.T) {
	seeds := shareddata.Path(t, "seeds")
	db := filepath.Join(t.TempDir(), "seeds.db")
	if out := mustDyad(t, "ingest", "--db", db, seeds); !strings.Contains(out, "ingested 2 new, 0 duplicate, 0 failed") {
		t.Fatalf("first ingest: %s", out)
	}
	if out := mustDyad(t, "ingest", "--db", db, seeds); !strings.Contains(out, "ingested 0 new, 2 duplicate, 0 failed") {
		t.Fatalf("second ingest: %s", out)
	}

	docs := decodeJSON[[]news.Document](t, mustDyad(t, "docs", "--db", db, "--format", "json"))
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	var release, magazine news.Document
	for _, d := range docs {
		if d.Status != "ok" || d.Lang != "en" {
			t.Errorf("%s: status %q lang %q", d.Path, d.Status, d.Lang)
		}
		for _, junk := range []string{"View original content", "Source link", "Comments are closed", "?? ??",
			"Newspapers in English", "Newspapers from Australia", "China Today (English)", "the u.s.", "China-russia", "olympic Charter", "ai technologies"} {
			if strings.Contains(d.Text, junk) {
				t.Errorf("%s: text still contains %q", d.Path, junk)
			}
		}
		if strings.Contains(d.Text, "PRNewswire") || strings.HasPrefix(d.Title, "CGTN") {
			release = d
		} else {
			magazine = d
		}
	}
	if release.Published != "2021-12-15" || release.Source.Origin != "CGTN" {
		t.Errorf("release: published %q origin %q, want 2021-12-15 and CGTN", release.Published, release.Source.Origin)
	}
	if magazine.Source.Name != "China Today" {
		t.Errorf("magazine: source %q, want China Today", magazine.Source.Name)
	}
	if release.StoryID == "" || release.StoryID != magazine.StoryID {
		t.Errorf("the two reports are in stories %q and %q, want one", release.StoryID, magazine.StoryID)
	}
	for _, d := range docs {
		found := false
		for _, a := range d.Amounts {
			if a.Value == 1e11 && a.Currency == "USD" && strings.Contains(strings.ToLower(a.Context), "trade") {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no 1e11 USD amount tied to bilateral trade in %+v", d.Path, d.Amounts)
		}
	}

	// The meeting is one canonical event reported by both.
	events := decodeJSON[[]news.Event](t, mustDyad(t, "events", "--db", db, "--format", "json"))
	var meeting *news.Event
	for i, ev := range events {
		if len(ev.Evidence) == 0 {
			t.Errorf("event %s has no evidence", ev.ID)
		}
		for _, e := range ev.Evidence {
			for _, scare := range []string{"democracy", "rules", "multilateralism"} {
				if strings.EqualFold(strings.Trim(e.Sentence, "“”\" "), scare) {
					t.Errorf("event coded from a scare quote: %+v", ev)
				}
			}
		}
		pair := ev.Source.Country + "-" + ev.Target.Country
		if (pair == "CHN-RUS" || pair == "RUS-CHN") && ev.Root == "03" || ev.Root == "04" && (pair == "CHN-RUS" || pair == "RUS-CHN") {
			if ev.Date == "2021-12-15" && (meeting == nil || ev.NumArticles > meeting.NumArticles) {
				meeting = &events[i]
			}
		}
	}
	if meeting == nil {
		t.Fatalf("no China–Russia meeting event on 2021-12-15 among %d events", len(events))
	}
	if meeting.NumArticles != 2 || meeting.NumSources != 2 {
		t.Errorf("meeting event: num_articles %d num_sources %d, want 2 and 2", meeting.NumArticles, meeting.NumSources)
	}
	if meeting.Coder == "" {
		t.Errorf("meeting event has no coder version")
	}
	// A video call has two ends; the release says "in Beijing", where Xi
	// held it, and that venue is the event's location.
	if l := meeting.Location; l == nil || l.Name != "Beijing" || l.How != "venue" {
		t.Errorf("meeting location %+v, want Beijing (venue)", l)
	}
	for _, ev := range events {
		if l := ev.Location; l != nil && l.Country != "CHN" && l.Country != "RUS" {
			t.Errorf("event %s %s-%s located in %s (%s)", ev.CAMEO, ev.Source.Code, ev.Target.Code, l.Name, l.How)
		}
	}
	if located := decodeJSON[[]news.Event](t, mustDyad(t, "events", "--db", db, "--country", "CHN", "--bbox", "115,39,117.5,41", "--format", "json")); len(located) == 0 {
		t.Errorf("no event in a box around Beijing")
	}

	quotes := decodeJSON[[]news.Quote](t, mustDyad(t, "quotes", "--db", db, "--format", "json"))
	want := map[string]string{"Zhao Lijian": "2021-12-07", "Wang Wenbin": "2021-12-14"}
	for _, q := range quotes {
		if d, ok := want[q.Speaker.Name]; ok && q.Date == d {
			delete(want, q.Speaker.Name)
		}
		for _, scare := range []string{"democracy", "rules", "multilateralism", "human rights"} {
			if strings.EqualFold(strings.TrimSpace(q.Text), scare) {
				t.Errorf("scare quote stored as a quotation: %+v", q)
			}
		}
		if strings.Contains(q.Text, "Putting people first") && q.Speaker.Name != "Xi Jinping" {
			t.Errorf("governance quote attributed to %q, want Xi Jinping", q.Speaker.Name)
		}
	}
	for name, date := range want {
		t.Errorf("no quote by %s dated %s", name, date)
	}
}
