package storetest

import (
	"fmt"
	"reflect"
	"testing"

	"dyad/internal/news"
	"dyad/internal/store"
)

// testDocEvents: AddEvents of store.DocEvents of a document's events
// stores what AddEvents of all of them does (events, their evidence,
// counts and locations), whether the events are new or were stored from
// an earlier document, and DocEvents does leave events out.
func testDocEvents(t *testing.T, open Opener) {
	at := func(name, how string) *news.Location {
		return &news.Location{Name: name, Country: "CHN", Feature: "PPLA", How: how}
	}
	var locs = []*news.Location{nil, at("Shanghai", "document"), at("Beijing", "dateline"), at("Wuhan", "venue"),
		at("Harbin", "document"), at("Xian", "venue"), nil, at("Lhasa", "dateline")}
	// Document b reports two events over and over: the meeting with
	// locations of every rank in turn, the visit without any at first.
	var evs []news.Event
	for i := range 40 {
		s := fmt.Sprintf("Xi met Putin, report line %d.", i)
		e := news.Evidence{DocID: "b", Source: "Reuters", Sentence: s, Start: 100 * i, End: 100*i + len(s)}
		ev := event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", e)
		if i%3 == 0 {
			ev.CAMEO = "0361" // another code of the same root: the first one's is kept
		}
		ev.Location = locs[(i*5)%len(locs)]
		if i%2 == 1 {
			ev = event("s1", "CHNGOV", "RUSGOV", "042", "2021-12-15", e)
			if i > 25 {
				ev.Location = locs[(i/2)%len(locs)]
			}
		}
		evs = append(evs, ev)
	}
	kept := store.DocEvents(append([]news.Event(nil), evs...))
	if len(kept) >= len(evs) || len(kept) < 2*store.MaxEvidencePerDoc {
		t.Fatalf("DocEvents kept %d of %d events", len(kept), len(evs))
	}
	for _, earlier := range []bool{false, true} {
		stored := func(events []news.Event) []news.Event {
			st, _ := open(t)
			defer st.Close()
			put(t, st, doc("a", "2021-12-15", "CGTN", "state"), store.New)
			put(t, st, doc("b", "2021-12-15", "Reuters", "independent"), store.New)
			if earlier {
				first := event("s1", "CHNGOV", "RUSGOV", "036", "2021-12-15", evidence("a", "CGTN", "Xi met Putin."))
				first.Location = at("Chengdu", "dateline")
				if err := st.AddEvents(ctx, []news.Event{first}); err != nil {
					t.Fatal(err)
				}
			}
			if err := st.AddEvents(ctx, events); err != nil {
				t.Fatal(err)
			}
			got, err := st.Events(ctx, store.EventFilter{StoryID: "s1"})
			if err != nil {
				t.Fatal(err)
			}
			return got
		}
		all, some := stored(evs), stored(kept)
		if len(all) != 2 {
			t.Fatalf("earlier %v: %d events stored, want 2", earlier, len(all))
		}
		if !reflect.DeepEqual(all, some) {
			t.Errorf("earlier %v: the kept events store\n%+v\nall of them\n%+v", earlier, some, all)
		}
	}
}
