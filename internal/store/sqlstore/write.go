package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

// The write path both SQL backends share. Each function runs inside the
// backend's write transaction (Tx), which the backend serialises: SQLite's
// single writer connection, PostgreSQL's advisory lock. The SQL is written
// once for both: ? placeholders (the PostgreSQL Tx numbers them), upserts
// as INSERT … ON CONFLICT, which SQLite has understood since 3.24, and
// typed parameters through CAST where PostgreSQL cannot infer a type.

// PutBundles stores documents with their facts in tx; see
// store.Store.PutBundles.
func PutBundles(ctx context.Context, tx Tx, bundles []store.Bundle) ([]store.Outcome, error) {
	out := make([]store.Outcome, len(bundles))
	if err := CheckFence(ctx, tx); err != nil {
		return nil, err
	}
	for i, b := range bundles {
		o, err := PutDocument(ctx, tx, b.Doc)
		if err != nil {
			return nil, fmt.Errorf("document %s: %w", b.Doc.ID, err)
		}
		out[i] = o
		if o == store.Duplicate {
			continue
		}
		if b.Story != nil {
			if err := PutStory(ctx, tx, *b.Story); err != nil {
				return nil, err
			}
		}
		for _, sig := range b.Signatures {
			if err := PutSignature(ctx, tx, sig.Kind, b.Doc.ID, sig.Data); err != nil {
				return nil, err
			}
		}
		if err := AddEvents(ctx, tx, b.Events); err != nil {
			return nil, err
		}
		if err := AddQuotes(ctx, tx, b.Quotes); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// PutDocument stores a document in tx: Duplicate when a document with its
// content hash is stored, Updated (dropping what the older version
// contributed) when one with its id is, New otherwise.
func PutDocument(ctx context.Context, tx Tx, d *news.Document) (store.Outcome, error) {
	if d.ID == "" || d.ContentHash == "" {
		return 0, fmt.Errorf("%w: id and content hash are required", store.ErrInvalid)
	}
	amounts, err := jsonArray(d.Amounts)
	if err != nil {
		return 0, err
	}
	places, err := jsonArray(d.Places)
	if err != nil {
		return 0, err
	}
	outcome := store.New
	rows, err := tx.QueryContext(ctx, `SELECT id, content_hash FROM documents WHERE content_hash = ? OR id = ?`, d.ContentHash, d.ID)
	if err != nil {
		return 0, err
	}
	sameID := false
	for rows.Next() {
		var id, hash string
		if err := rows.Scan(&id, &hash); err != nil {
			rows.Close()
			return 0, err
		}
		if hash == d.ContentHash {
			outcome = store.Duplicate
		} else if id == d.ID {
			sameID = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if outcome == store.Duplicate {
		return store.Duplicate, nil
	}
	if sameID {
		outcome = store.Updated
		if err := dropDocFacts(ctx, tx, d.ID); err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, d.ID); err != nil {
			return 0, err
		}
	}
	ok := 0
	if d.OK() {
		ok = 1
	}
	ingested := ""
	if !d.IngestedAt.IsZero() {
		ingested = d.IngestedAt.UTC().Format(time.RFC3339Nano)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO documents (`+DocColumns+`, ok)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		d.ID, d.ContentHash, d.URL, d.Path, d.Title, d.Source.Name, d.Source.Domain, d.Source.Origin,
		d.Source.Affiliation, d.Source.Distributor, d.Source.Country, d.Published, d.PublishedConfidence,
		d.PublishedFrom, d.Lang, d.Status, d.DupOf, d.DupScore, d.StoryID, d.Text, amounts, ingested, places, ok)
	if err != nil {
		return 0, err
	}
	if err := LogChange(ctx, tx, store.ChangeDocument, d.ID); err != nil {
		return 0, err
	}
	// Events stored before their document (or with its older version's
	// affiliation) now have another reporting group.
	ids, err := Strings(ctx, tx, EventsOfDoc, d.ID)
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		if err := ExecEach(ctx, tx, RefreshGroups, id); err != nil {
			return 0, err
		}
	}
	return outcome, nil
}

// dropDocFacts removes what an older version of a document contributed:
// its evidence (recounting or deleting the events), quotes and signatures.
func dropDocFacts(ctx context.Context, tx Tx, docID string) error {
	ids, err := Strings(ctx, tx, EventsOfDoc, docID)
	if err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM evidence WHERE doc_id = ?`, `DELETE FROM quotes WHERE doc_id = ?`, `DELETE FROM signatures WHERE doc_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, docID); err != nil {
			return err
		}
	}
	for _, id := range ids {
		if err := recount(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

// SetDocStory sets a document's story and, when dupOf is not empty, its
// duplicate link; store.ErrNotFound when no such document is stored.
func SetDocStory(ctx context.Context, db Execer, docID, storyID, dupOf string, dupScore float64) error {
	res, err := db.ExecContext(ctx, `UPDATE documents SET story_id = ?,
		dup_of = CASE WHEN CAST(? AS TEXT) != '' THEN CAST(? AS TEXT) ELSE dup_of END,
		dup_score = CASE WHEN CAST(? AS TEXT) != '' THEN CAST(? AS DOUBLE PRECISION) ELSE dup_score END WHERE id = ?`,
		storyID, dupOf, dupOf, dupOf, dupScore, docID)
	if err != nil {
		return fmt.Errorf("set story of %s: %w", docID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("set story of %s: %w", docID, store.ErrNotFound)
	}
	return nil
}

// AddEvents merges events into their canonical events in tx: an event
// already stored (same story, dyad, root and date) gains the evidence and
// keeps the better location; the counts and reporting groups of every
// touched event are recomputed.
func AddEvents(ctx context.Context, tx Tx, events []news.Event) error {
	touched := map[string]bool{}
	perDoc := map[[2]string]int{} // evidence kept per (event, document): store.MaxEvidencePerDoc
	for _, ev := range events {
		if ev.Root == "" && len(ev.CAMEO) >= 2 {
			ev.Root = ev.CAMEO[:2]
		}
		id := store.EventID(ev.StoryID, ev.Source.Code, ev.Target.Code, ev.Root, ev.Date)
		if touched[id] {
			// A further report of an event this call already wrote: keep
			// only the evidence under the per-document cap, and skip the
			// event when none is left and it brings no location.
			kept := ev.Evidence[:0:0]
			for _, e := range ev.Evidence {
				if perDoc[[2]string{id, e.DocID}] < store.MaxEvidencePerDoc {
					kept = append(kept, e)
				}
			}
			if len(kept) == 0 && ev.Location == nil {
				continue
			}
			ev.Evidence = kept
		}
		extra, err := json.Marshal(EventExtra{Issues: ev.Issues, Explain: ev.Explain, Confidence: ev.Confidence, Flags: ev.Flags, Location: ev.Location})
		if err != nil {
			return err
		}
		geoCountry, geoAdmin1, geoLat, geoLon := GeoColumns(ev.Location)
		res, err := tx.ExecContext(ctx, `INSERT INTO events (id, story_id, date, date_text, src_code, src_country,
			src_name, tgt_code, tgt_country, tgt_name, cameo, root, goldstein, quad_class, plover, coder, extra,
			geo_country, geo_admin1, geo_lat, geo_lon)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING`,
			id, ev.StoryID, ev.Date, ev.DateText, ev.Source.Code, ev.Source.Country, ev.Source.Name,
			ev.Target.Code, ev.Target.Country, ev.Target.Name, ev.CAMEO, ev.Root, ev.Goldstein, ev.QuadClass,
			ev.PLOVER, ev.Coder, string(extra), geoCountry, geoAdmin1, geoLat, geoLon)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 && ev.Location != nil {
			// the event was stored from an earlier report: keep the better location
			olds, err := Strings(ctx, tx, `SELECT extra FROM events WHERE id = ?`, id)
			if err != nil {
				return err
			}
			if len(olds) == 0 {
				return fmt.Errorf("event %s: %w", id, store.ErrNotFound)
			}
			if x, ok := BetterLocation(olds[0], ev.Location); ok {
				if _, err := tx.ExecContext(ctx, UpdateLocation, x, geoCountry, geoAdmin1, geoLat, geoLon, id); err != nil {
					return err
				}
			}
		}
		for _, e := range ev.Evidence {
			key := [2]string{id, e.DocID}
			if perDoc[key] >= store.MaxEvidencePerDoc {
				continue
			}
			perDoc[key]++
			spans, err := json.Marshal(EvidenceSpans{Source: e.SourceSpan, Target: e.TargetSpan, Verb: e.VerbSpan})
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO evidence (event_id, doc_id, source, sentence, start, "end", spans)
				VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING`,
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
// deleting it when no evidence is left (Count).
func recount(ctx context.Context, tx Tx, eventID string) error {
	rows, err := tx.QueryContext(ctx, Count, eventID)
	if err != nil {
		return err
	}
	var articles, sources int
	if rows.Next() {
		err = rows.Scan(&articles, &sources)
	}
	rows.Close()
	if err != nil {
		return err
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := LogChange(ctx, tx, store.ChangeEvent, eventID); err != nil {
		return err
	}
	if articles == 0 {
		return ExecEach(ctx, tx, DeleteEvent, eventID)
	}
	if _, err := tx.ExecContext(ctx, SetCounts, articles, sources, NewRev(), eventID); err != nil {
		return err
	}
	return ExecEach(ctx, tx, RefreshGroups, eventID)
}

// AddQuotes stores quotes in tx, replacing any with the same id.
func AddQuotes(ctx context.Context, tx Tx, quotes []news.Quote) error {
	for _, q := range quotes {
		if q.ID == "" {
			return fmt.Errorf("%w: quote without id", store.ErrInvalid)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes (id, doc_id, story_id, text, speaker_name,
			speaker_title, speaker_actor, date, date_text, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?,?)
			ON CONFLICT (id) DO UPDATE SET doc_id = excluded.doc_id, story_id = excluded.story_id, text = excluded.text,
			speaker_name = excluded.speaker_name, speaker_title = excluded.speaker_title, speaker_actor = excluded.speaker_actor,
			date = excluded.date, date_text = excluded.date_text, start = excluded.start, "end" = excluded."end"`,
			q.ID, q.DocID, q.StoryID, q.Text, q.Speaker.Name, q.Speaker.Title, q.Speaker.Actor, q.Date,
			q.DateText, q.Start, q.End); err != nil {
			return err
		}
	}
	return nil
}

// PutStory inserts or replaces a story in tx.
func PutStory(ctx context.Context, tx Tx, st news.Story) error {
	docs, _ := json.Marshal(nonNil(st.DocIDs))
	srcs, _ := json.Marshal(nonNil(st.Sources))
	if _, err := tx.ExecContext(ctx, `INSERT INTO stories (id, title, first_seen, last_seen, doc_ids, sources)
		VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen,
		last_seen = excluded.last_seen, doc_ids = excluded.doc_ids, sources = excluded.sources`,
		st.ID, st.Title, st.FirstSeen, st.LastSeen, string(docs), string(srcs)); err != nil {
		return fmt.Errorf("put story %s: %w", st.ID, err)
	}
	return nil
}

// PutSignature keeps a document's index entry of a kind in tx.
func PutSignature(ctx context.Context, tx Tx, kind, docID string, data []byte) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO signatures (kind, doc_id, data) VALUES (?,?,?)
		ON CONFLICT (kind, doc_id) DO UPDATE SET data = excluded.data`, kind, docID, data); err != nil {
		return fmt.Errorf("put signature %s/%s: %w", kind, docID, err)
	}
	return nil
}

// nonNil is xs, or an empty slice for nil, so that JSON columns hold []
// rather than null.
func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
