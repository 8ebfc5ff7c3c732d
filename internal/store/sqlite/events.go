package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"dyad/internal/news"
	"dyad/internal/store"
)

type eventExtra struct {
	Issues  []string          `json:"issues,omitempty"`
	Explain *news.Explanation `json:"explain,omitempty"`
}

type evidenceSpans struct {
	Source *news.Span `json:"s,omitempty"`
	Target *news.Span `json:"t,omitempty"`
	Verb   *news.Span `json:"v,omitempty"`
}

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
		extra, err := json.Marshal(eventExtra{Issues: ev.Issues, Explain: ev.Explain})
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO events (id, story_id, date, date_text, src_code, src_country,
			src_name, tgt_code, tgt_country, tgt_name, cameo, root, goldstein, quad_class, plover, coder, extra)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			id, ev.StoryID, ev.Date, ev.DateText, ev.Source.Code, ev.Source.Country, ev.Source.Name,
			ev.Target.Code, ev.Target.Country, ev.Target.Name, ev.CAMEO, ev.Root, ev.Goldstein, ev.QuadClass,
			ev.PLOVER, ev.Coder, string(extra)); err != nil {
			return err
		}
		for _, e := range ev.Evidence {
			spans, err := json.Marshal(evidenceSpans{e.SourceSpan, e.TargetSpan, e.VerbSpan})
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO evidence (event_id, doc_id, source, sentence, start, "end", spans, seq)
				VALUES (?,?,?,?,?,?,?,0)`,
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

// recount recomputes an event's counts from its evidence, deleting it
// when no evidence is left. A document with no known outlet counts as an
// outlet of its own.
func recount(ctx context.Context, tx *wtx, eventID string) error {
	var articles, sources int
	if err := tx.queryRow(ctx, `SELECT COUNT(DISTINCT doc_id), COUNT(DISTINCT CASE WHEN source != '' THEN 's:' || lower(source) ELSE 'd:' || doc_id END)
		FROM evidence WHERE event_id = ?`, eventID).Scan(&articles, &sources); err != nil {
		return err
	}
	if articles == 0 {
		_, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?`, eventID)
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE events SET num_articles = ?, num_sources = ? WHERE id = ?`, articles, sources, eventID)
	return err
}

const eventColumns = `e.id, e.story_id, e.date, e.date_text, e.src_code, e.src_country, e.src_name, e.tgt_code,
	e.tgt_country, e.tgt_name, e.cameo, e.root, e.goldstein, e.quad_class, e.plover, e.coder, e.extra,
	e.num_articles, e.num_sources`

// Event returns one canonical event with its evidence.
func (s *Store) Event(ctx context.Context, id string) (news.Event, error) {
	evs, err := s.queryEvents(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.id = ?`, id)
	if err != nil {
		return news.Event{}, fmt.Errorf("event %s: %w", id, err)
	}
	if len(evs) == 0 {
		return news.Event{}, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	return evs[0], nil
}

// Events lists canonical events sorted by (date, id).
func (s *Store) Events(ctx context.Context, f store.EventFilter) ([]news.Event, error) {
	w, err := eventWhere(f)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	q := `SELECT ` + eventColumns + ` FROM events e` + w.sql() + ` ORDER BY e.date, e.id` + limit(f.Limit)
	evs, err := s.queryEvents(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return evs, nil
}

func eventWhere(f store.EventFilter) (where, error) {
	var w where
	// With an actor or dyad filter, the code indexes are the selective
	// ones: "+" keeps SQLite from walking the date index instead (a
	// country filter's index holds the date itself).
	date := "e.date"
	if f.Actor != "" && len(f.Actor) != 3 || f.DyadA != "" && (len(f.DyadA) != 3 || len(f.DyadB) != 3) {
		date = "+e.date"
	}
	if f.From != "" {
		w.add(date+` >= ?`, f.From)
	}
	if f.To != "" {
		w.add(date+` <= ?`, f.To)
	}
	if f.Actor != "" {
		src, srcArgs := codeCond("e.src_code", f.Actor)
		tgt, tgtArgs := codeCond("e.tgt_code", f.Actor)
		w.add(`(`+src+` OR `+tgt+`)`, append(srcArgs, tgtArgs...)...)
	}
	if (f.DyadA == "") != (f.DyadB == "") {
		return w, fmt.Errorf("%w: a dyad needs both sides", store.ErrInvalid)
	}
	if f.DyadA != "" {
		sa, saArgs := codeCond("e.src_code", f.DyadA)
		tb, tbArgs := codeCond("e.tgt_code", f.DyadB)
		sb, sbArgs := codeCond("e.src_code", f.DyadB)
		ta, taArgs := codeCond("e.tgt_code", f.DyadA)
		args := append(append(append(saArgs, tbArgs...), sbArgs...), taArgs...)
		w.add(`((`+sa+` AND `+tb+`) OR (`+sb+` AND `+ta+`))`, args...)
	}
	if f.Root != "" {
		w.add(`e.root = ?`, f.Root)
	}
	if f.QuadClass != 0 {
		w.add(`e.quad_class = ?`, f.QuadClass)
	}
	if f.StoryID != "" {
		w.add(`e.story_id = ?`, f.StoryID)
	}
	if f.DocID != "" {
		w.add(`e.id IN (SELECT v.event_id FROM evidence v WHERE v.doc_id = ?)`, f.DocID)
	}
	if f.Group != "" {
		w.add(`EXISTS (SELECT 1 FROM evidence v JOIN documents d ON d.id = v.doc_id WHERE v.event_id = e.id AND d.source_affiliation = ?)`, f.Group)
	}
	if f.Text != "" {
		w.add(`EXISTS (SELECT 1 FROM evidence v WHERE v.event_id = e.id AND v.sentence LIKE ? ESCAPE '\')`, "%"+escapeLike(f.Text)+"%")
	}
	if f.After != "" {
		w.add(`(e.date, e.id) > (SELECT date, id FROM events WHERE id = ?)`, f.After)
	}
	return w, nil
}

// codeCond matches codes that start with p: a country (three letters) by
// the indexed first three letters of the code, anything else as an index
// range.
func codeCond(col, p string) (string, []any) {
	p = strings.ToUpper(p)
	if len(p) == 3 {
		return `substr(` + col + `, 1, 3) = ?`, []any{p}
	}
	lo, hi := prefixRange(p)
	return `(` + col + ` >= ? AND ` + col + ` < ?)`, []any{lo, hi}
}

// prefixRange gives the bounds [lo, hi) of the codes that start with p,
// so that an index on the code column serves prefix filters.
func prefixRange(p string) (string, string) {
	lo := strings.ToUpper(p)
	return lo, lo + "\U0010FFFF"
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func (s *Store) queryEvents(ctx context.Context, q string, args ...any) ([]news.Event, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var out []news.Event
	index := map[string]int{}
	for rows.Next() {
		var ev news.Event
		var extra string
		if err := rows.Scan(&ev.ID, &ev.StoryID, &ev.Date, &ev.DateText, &ev.Source.Code, &ev.Source.Country,
			&ev.Source.Name, &ev.Target.Code, &ev.Target.Country, &ev.Target.Name, &ev.CAMEO, &ev.Root,
			&ev.Goldstein, &ev.QuadClass, &ev.PLOVER, &ev.Coder, &extra, &ev.NumArticles, &ev.NumSources); err != nil {
			rows.Close()
			return nil, err
		}
		var x eventExtra
		if err := json.Unmarshal([]byte(extra), &x); err == nil {
			ev.Issues, ev.Explain = x.Issues, x.Explain
		}
		index[ev.ID] = len(out)
		ev.Evidence = []news.Evidence{}
		out = append(out, ev)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	// Evidence of the page's events, in the order it was added.
	ids := make([]string, 0, len(out))
	for _, ev := range out {
		ids = append(ids, ev.ID)
	}
	for len(ids) > 0 {
		chunk := ids
		if len(chunk) > 500 {
			chunk = chunk[:500]
		}
		ids = ids[len(chunk):]
		rows, err := s.r.QueryContext(ctx, `SELECT event_id, doc_id, source, sentence, start, "end", spans FROM evidence
			WHERE event_id IN (`+placeholders(len(chunk))+`) ORDER BY event_id, rowid`, anys(chunk)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, spans string
			var e news.Evidence
			if err := rows.Scan(&id, &e.DocID, &e.Source, &e.Sentence, &e.Start, &e.End, &spans); err != nil {
				rows.Close()
				return nil, err
			}
			var sp evidenceSpans
			if json.Unmarshal([]byte(spans), &sp) == nil {
				e.SourceSpan, e.TargetSpan, e.VerbSpan = sp.Source, sp.Target, sp.Verb
			}
			i := index[id]
			out[i].Evidence = append(out[i].Evidence, e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Series counts canonical events between two actors per period.
func (s *Store) Series(ctx context.Context, q store.SeriesQuery) ([]news.SeriesPoint, error) {
	if q.DyadA == "" || q.DyadB == "" {
		return nil, fmt.Errorf("series: %w: a dyad needs both sides", store.ErrInvalid)
	}
	if _, err := store.Period("2000-01-01", q.By); err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	w, err := eventWhere(store.EventFilter{DyadA: q.DyadA, DyadB: q.DyadB, From: q.From, To: q.To})
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT e.date, e.goldstein, e.quad_class,
		(SELECT group_concat(DISTINCT d.source_affiliation) FROM evidence v JOIN documents d ON d.id = v.doc_id WHERE v.event_id = e.id)
		FROM events e`+w.sql()+` ORDER BY e.date, e.id`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	defer rows.Close()
	var evs []store.SeriesEvent
	for rows.Next() {
		var ev store.SeriesEvent
		var groups sql.NullString
		if err := rows.Scan(&ev.Date, &ev.Goldstein, &ev.QuadClass, &groups); err != nil {
			return nil, fmt.Errorf("series: %w", err)
		}
		for _, g := range strings.Split(groups.String, ",") {
			if g = strings.TrimSpace(g); g != "" {
				ev.Groups = append(ev.Groups, g)
			}
		}
		evs = append(evs, ev)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	return store.AggregateSeries(q, evs)
}
