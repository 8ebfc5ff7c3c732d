package sqlstore

import (
	"strings"
	"testing"

	"dyad/internal/store"
)

// The builder writes one query for both backends; these are the places
// where the dialects must differ.
func TestEventsQueryDialects(t *testing.T) {
	tests := []struct {
		name     string
		d        Dialect
		f        store.EventFilter
		has, not []string
		args     int
	}{
		{"sqlite text uses the trigram index", SQLite, store.EventFilter{Text: "video"},
			[]string{"evidence_text", "v.sentence LIKE ? ESCAPE"}, []string{"ILIKE"}, 2},
		{"sqlite short text is a scan", SQLite, store.EventFilter{Text: "xi"},
			[]string{"v.sentence LIKE ?"}, []string{"evidence_text"}, 1},
		{"sqlite wildcard text is a scan", SQLite, store.EventFilter{Text: "5_000"},
			nil, []string{"evidence_text"}, 1},
		{"postgres text", Postgres, store.EventFilter{Text: "video"},
			[]string{"v.sentence ILIKE ? ESCAPE"}, []string{"evidence_text"}, 1},
		{"group walks its index", SQLite, store.EventFilter{Group: "state", From: "2021-01-01", Page: store.Page{After: "e1"}},
			[]string{"FROM event_groups g JOIN events e", "g.date >= ?", "(g.date, g.event_id) >", "ORDER BY g.date, g.event_id"}, nil, 3},
		{"sqlite code prefix keeps off the date index", SQLite, store.EventFilter{Actor: "CHNGOV", From: "2021-01-01"},
			[]string{"+e.date >= ?"}, nil, 5},
		{"postgres needs no hint", Postgres, store.EventFilter{Actor: "CHNGOV", From: "2021-01-01"},
			[]string{" e.date >= ?"}, []string{"+e.date"}, 5},
		{"country filter", SQLite, store.EventFilter{DyadA: "chn", DyadB: "RUS"},
			[]string{"substr(e.src_code, 1, 3) = ?"}, []string{"+e.date"}, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, args, err := EventsQuery(tc.d, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.has {
				if !strings.Contains(q, s) {
					t.Errorf("query lacks %q:\n%s", s, q)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(q, s) {
					t.Errorf("query has %q:\n%s", s, q)
				}
			}
			if len(args) != tc.args || strings.Count(q, "?") != len(args) {
				t.Errorf("%d args, %d placeholders, want %d", len(args), strings.Count(q, "?"), tc.args)
			}
		})
	}
	if _, _, err := EventsQuery(SQLite, store.EventFilter{DyadA: "CHN"}); err == nil {
		t.Error("half a dyad: no error")
	}
}

func TestInList(t *testing.T) {
	q, args := SQLite.InList("id", []string{"a", `b"c`})
	if q != "id IN (SELECT value FROM json_each(?))" || len(args) != 1 || args[0] != `["a","b\"c"]` {
		t.Errorf("sqlite: %s %v", q, args)
	}
	q, args = Postgres.InList("id", []string{"a", "b"})
	if q != "id IN (?,?)" || len(args) != 2 {
		t.Errorf("postgres: %s %v", q, args)
	}
}
