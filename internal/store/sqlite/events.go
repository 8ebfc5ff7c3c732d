package sqlite

import (
	"context"
	"encoding/json"
	"fmt"

	"dyad/internal/news"
	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

// AddEvents merges events into their canonical events; see store.Store.
func (s *Store) AddEvents(ctx context.Context, events []news.Event) error {
	if err := s.withTx(ctx, func(tx *wtx) error { return addEvents(ctx, tx, events) }); err != nil {
		return fmt.Errorf("add events: %w", err)
	}
	return nil
}

// addEvents merges events inside a transaction.
func addEvents(ctx context.Context, tx *wtx, events []news.Event) error {
	touched := map[string]bool{}
	for _, ev := range events {
		if ev.Root == "" && len(ev.CAMEO) >= 2 {
			ev.Root = ev.CAMEO[:2]
		}
		id := store.EventID(ev.StoryID, ev.Source.Code, ev.Target.Code, ev.Root, ev.Date)
		extra, err := json.Marshal(sqlstore.EventExtra{Issues: ev.Issues, Explain: ev.Explain, Confidence: ev.Confidence, Flags: ev.Flags, Location: ev.Location})
		if err != nil {
			return err
		}
		geoCountry, geoAdmin1, geoLat, geoLon := sqlstore.GeoColumns(ev.Location)
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO events (id, story_id, date, date_text, src_code, src_country,
			src_name, tgt_code, tgt_country, tgt_name, cameo, root, goldstein, quad_class, plover, coder, extra,
			geo_country, geo_admin1, geo_lat, geo_lon)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			id, ev.StoryID, ev.Date, ev.DateText, ev.Source.Code, ev.Source.Country, ev.Source.Name,
			ev.Target.Code, ev.Target.Country, ev.Target.Name, ev.CAMEO, ev.Root, ev.Goldstein, ev.QuadClass,
			ev.PLOVER, ev.Coder, string(extra), geoCountry, geoAdmin1, geoLat, geoLon)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 && ev.Location != nil {
			// the event was stored from an earlier report: keep the better location
			var old string
			if err := tx.queryRow(ctx, `SELECT extra FROM events WHERE id = ?`, id).Scan(&old); err != nil {
				return err
			}
			if x, ok := sqlstore.BetterLocation(old, ev.Location); ok {
				if _, err := tx.ExecContext(ctx, sqlstore.UpdateLocation, x, geoCountry, geoAdmin1, geoLat, geoLon, id); err != nil {
					return err
				}
			}
		}
		for _, e := range ev.Evidence {
			spans, err := json.Marshal(sqlstore.EvidenceSpans{Source: e.SourceSpan, Target: e.TargetSpan, Verb: e.VerbSpan})
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO evidence (event_id, doc_id, source, sentence, start, "end", spans)
				VALUES (?,?,?,?,?,?,?)`,
				id, e.DocID, e.Source, e.Sentence, e.Start, e.End, string(spans)); err != nil {
				return err
			}
		}
		touched[id] = true
	}
	for id := range touched {
		if err := recount(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

// recount recomputes an event's counts and groups from its evidence,
// deleting it when no evidence is left (sqlstore.Count).
func recount(ctx context.Context, tx *wtx, eventID string) error {
	var articles, sources int
	if err := tx.queryRow(ctx, sqlstore.Count, eventID).Scan(&articles, &sources); err != nil {
		return err
	}
	if err := sqlstore.LogChange(ctx, tx, store.ChangeEvent, eventID); err != nil {
		return err
	}
	if articles == 0 {
		return tx.execEach(ctx, sqlstore.DeleteEvent, eventID)
	}
	if _, err := tx.ExecContext(ctx, sqlstore.SetCounts, articles, sources, sqlstore.NewRev(), eventID); err != nil {
		return err
	}
	return tx.execEach(ctx, sqlstore.RefreshGroups, eventID)
}

// Event returns one canonical event with its evidence.
func (s *Store) Event(ctx context.Context, id string) (news.Event, error) {
	return s.read.Event(ctx, id)
}

// Events lists canonical events sorted by (date, id).
func (s *Store) Events(ctx context.Context, f store.EventFilter) ([]news.Event, error) {
	return s.read.Events(ctx, f)
}

// CountEvents counts a filter's events (store.EventCounter).
func (s *Store) CountEvents(ctx context.Context, f store.EventFilter) (int, error) {
	return s.read.CountEvents(ctx, f)
}

// TopDyads ranks country-level dyads by events (store.DyadRanker).
func (s *Store) TopDyads(ctx context.Context, n int) ([]store.DyadCount, error) {
	return s.read.TopDyads(ctx, n)
}

// Series counts canonical events between two actors per period.
func (s *Store) Series(ctx context.Context, q store.SeriesQuery) ([]news.SeriesPoint, error) {
	return s.read.Series(ctx, q)
}
