package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"

	"dyad/internal/news"
	"dyad/internal/store"
)

// EventExtra is the JSON kept in events.extra.
type EventExtra struct {
	Issues  []string          `json:"issues,omitempty"`
	Explain *news.Explanation `json:"explain,omitempty"`
	// Confidence and Flags are the event's (news.Event).
	Confidence *float64 `json:"confidence,omitempty"`
	Flags      []string `json:"flags,omitempty"`
	// Location is the event's (news.Event); its country, admin1 and
	// point are also in the geo_* columns the filters read.
	Location *news.Location `json:"location,omitempty"`
}

// BetterLocation returns the stored event's extra JSON with loc in place of
// its location when loc ranks higher (a venue over the document's place),
// and whether it does.
func BetterLocation(extra string, loc *news.Location) (string, bool) {
	var x EventExtra
	if extra != "" {
		if err := json.Unmarshal([]byte(extra), &x); err != nil {
			return "", false
		}
	}
	if store.LocationRank(loc) <= store.LocationRank(x.Location) {
		return "", false
	}
	x.Location = loc
	b, err := json.Marshal(x)
	if err != nil {
		return "", false
	}
	return string(b), true
}

// UpdateLocation is the statement that stores a better location.
const UpdateLocation = `UPDATE events SET extra = ?, geo_country = ?, geo_admin1 = ?, geo_lat = ?, geo_lon = ? WHERE id = ?`

// GeoColumns are the values of the events' geo_* columns for a location.
func GeoColumns(l *news.Location) (country, admin1 string, lat, lon any) {
	if l == nil {
		return "", "", nil, nil
	}
	return l.Country, l.Admin1, l.Lat, l.Lon
}

// EvidenceSpans is the JSON kept in evidence.spans.
type EvidenceSpans struct {
	Source *news.Span `json:"s,omitempty"`
	Target *news.Span `json:"t,omitempty"`
	Verb   *news.Span `json:"v,omitempty"`
}

// Recount is what a backend runs, in the write transaction, after an
// event's evidence changed: the counts (distinct documents; distinct
// outlets, a document with no known outlet counting as one of its own),
// then RefreshGroups. When Count finds no document, the event goes
// (DeleteEvent).
const (
	Count = `SELECT COUNT(DISTINCT doc_id), COUNT(DISTINCT CASE WHEN source != '' THEN 's:' || lower(source) ELSE 'd:' || doc_id END)
		FROM evidence WHERE event_id = ?`
	SetCounts = `UPDATE events SET num_articles = ?, num_sources = ?, rev = ? WHERE id = ?`
)

// NewRev is a new revision for SetCounts: random, so that writers in
// several processes need not agree on a counter.
func NewRev() int64 { return rand.Int64() }

// DeleteEvent removes an event left without evidence, with its groups.
var DeleteEvent = []string{`DELETE FROM event_groups WHERE event_id = ?`, `DELETE FROM events WHERE id = ?`}

// RefreshGroups rewrites an event's reporting groups (the distinct
// affiliations of the documents its evidence comes from), the
// denormalised index the group filter walks; each statement takes the
// event id once.
var RefreshGroups = []string{
	`DELETE FROM event_groups WHERE event_id = ?`,
	`INSERT INTO event_groups (grp, date, event_id) SELECT DISTINCT d.source_affiliation, e.date, e.id
		FROM events e JOIN evidence v ON v.event_id = e.id JOIN documents d ON d.id = v.doc_id
		WHERE e.id = ? AND d.source_affiliation != ''`,
}

// EventsOfDoc lists the events with evidence from a document: the ones
// whose groups change when the document is stored or replaced.
const EventsOfDoc = `SELECT DISTINCT event_id FROM evidence WHERE doc_id = ?`

const eventColumns = `e.id, e.story_id, e.date, e.date_text, e.src_code, e.src_country, e.src_name, e.tgt_code,
	e.tgt_country, e.tgt_name, e.cameo, e.root, e.goldstein, e.quad_class, e.plover, e.coder, e.extra,
	e.num_articles, e.num_sources, e.rev`

// EventsQuery is the SQL of Events: the filter's events sorted by (date,
// id), a page at a time.
func EventsQuery(d Dialect, f store.EventFilter) (string, []any, error) {
	q, err := eventSelect(d, f)
	if err != nil {
		return "", nil, err
	}
	return `SELECT ` + eventColumns + q.from + q.w.sql() + q.order + limit(f.Limit) + offset(f), q.w.args, nil
}

// eventQuery is a query of events without its columns and limit.
type eventQuery struct {
	from, order string
	w           where
}

func eventSelect(d Dialect, f store.EventFilter) (eventQuery, error) {
	var w where
	from, order := ` FROM events e`, ` ORDER BY e.date, e.id`
	date := "e.date"
	if f.Group != "" {
		// The group's index is in (date, id) order: walk it.
		from, order = ` FROM event_groups g JOIN events e ON e.id = g.event_id`, ` ORDER BY g.date, g.event_id`
		date = "g.date"
		w.add(`g.grp = ?`, f.Group)
	} else if f.Actor != "" && len(f.Actor) != 3 || f.DyadA != "" && (len(f.DyadA) != 3 || len(f.DyadB) != 3) {
		// With an actor or dyad filter, the code indexes are the
		// selective ones: keep the planner from walking the date index
		// instead (a country filter's index holds the date itself).
		date = d.NoIndex + "e.date"
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
		return eventQuery{}, fmt.Errorf("%w: a dyad needs both sides", store.ErrInvalid)
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
	if f.Issue != "" {
		// extra is EventExtra's JSON, whose first field is the issue list
		w.add(`e.extra LIKE ? ESCAPE '\'`, `{"issues":[%"`+EscapeLike(f.Issue)+`"%`)
	}
	if f.LocCountry != "" {
		w.add(`e.geo_country = ?`, strings.ToUpper(f.LocCountry))
	}
	if f.LocAdmin1 != "" {
		w.add(`e.geo_admin1 = ?`, f.LocAdmin1)
	}
	if b := f.BBox; b != nil {
		w.add(`e.geo_lat >= ? AND e.geo_lat <= ?`, b.South, b.North)
		if b.West <= b.East {
			w.add(`e.geo_lon >= ? AND e.geo_lon <= ?`, b.West, b.East)
		} else {
			w.add(`(e.geo_lon >= ? OR e.geo_lon <= ?)`, b.West, b.East)
		}
	}
	if f.DocID != "" {
		w.add(`e.id IN (SELECT v.event_id FROM evidence v WHERE v.doc_id = ?)`, f.DocID)
	}
	if f.Text != "" {
		if d.TextIndex != nil {
			if sub, args, ok := d.TextIndex(f.Text); ok {
				w.add(`e.id IN (`+sub+`)`, args...)
			}
		}
		w.add(`EXISTS (SELECT 1 FROM evidence v WHERE v.event_id = e.id AND v.sentence `+d.ILike+` ? ESCAPE '\')`,
			"%"+EscapeLike(f.Text)+"%")
	}
	if f.After != "" {
		key := "(e.date, e.id)"
		if f.Group != "" {
			key = "(g.date, g.event_id)"
		}
		cmp := ` > `
		if f.Desc {
			cmp = ` < `
		}
		w.add(key+cmp+`(SELECT a.date, a.id FROM events a WHERE a.id = ?)`, f.After)
	}
	if f.Desc {
		// newest first; undated events ("" sorts first) go last
		order = strings.ReplaceAll(strings.ReplaceAll(order, "date,", "date DESC,"), "id", "id DESC")
	}
	return eventQuery{from: from, order: order, w: w}, nil
}

// offset skips f.Offset events of a limited page.
func offset(f store.EventFilter) string {
	if f.Offset <= 0 || f.Limit <= 0 {
		return ""
	}
	return fmt.Sprintf(" OFFSET %d", f.Offset)
}

// CountEvents counts the events of a filter (its paging ignored).
func (r *Reader) CountEvents(ctx context.Context, f store.EventFilter) (int, error) {
	f.After, f.Limit, f.Offset = "", 0, 0
	sel, err := eventSelect(r.D, f)
	if err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	defer done()
	rows, err := db.QueryContext(ctx, `SELECT count(*)`+sel.from+sel.w.sql(), sel.w.args...)
	if err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	defer rows.Close()
	var n int
	for rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, fmt.Errorf("count events: %w", err)
		}
	}
	return n, rows.Err()
}

// TopDyads are the country-level dyads (the first three letters of each
// actor code, either direction) with the most events, most first.
func (r *Reader) TopDyads(ctx context.Context, n int) ([]store.DyadCount, error) {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return nil, fmt.Errorf("top dyads: %w", err)
	}
	defer done()
	rows, err := db.QueryContext(ctx, `SELECT substr(src_code, 1, 3), substr(tgt_code, 1, 3), count(*), max(date)
		FROM events GROUP BY substr(src_code, 1, 3), substr(tgt_code, 1, 3)`)
	if err != nil {
		return nil, fmt.Errorf("top dyads: %w", err)
	}
	defer rows.Close()
	byPair := map[string]*store.DyadCount{}
	for rows.Next() {
		var a, b, last string
		var c int
		if err := rows.Scan(&a, &b, &c, &last); err != nil {
			return nil, fmt.Errorf("top dyads: %w", err)
		}
		if a == b {
			continue // domestic: not a dyad between countries
		}
		if a > b {
			a, b = b, a
		}
		d := byPair[a+"-"+b]
		if d == nil {
			d = &store.DyadCount{A: a, B: b}
			byPair[a+"-"+b] = d
		}
		d.Events += c
		if last > d.Last {
			d.Last = last
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("top dyads: %w", err)
	}
	out := make([]store.DyadCount, 0, len(byPair))
	for _, d := range byPair {
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].A+out[i].B < out[j].A+out[j].B
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// Reader runs the read queries of one backend: its connection pool (or a
// wrapper of it), its dialect and, optionally, an evidence cache.
type Reader struct {
	DB Pool
	D  Dialect
	// Cache, when set, keeps the events read, keyed by their revision, so
	// that a page reads only the ids and revisions of events that have not
	// changed.
	Cache *EventCache
}

// Event reads one canonical event with its evidence.
func (r *Reader) Event(ctx context.Context, id string) (news.Event, error) {
	return r.EventCapped(ctx, id, 0)
}

// EventCapped reads one canonical event with at most max evidence
// sentences (0: all), store.EvidenceReader.
func (r *Reader) EventCapped(ctx context.Context, id string, max int) (news.Event, error) {
	evs, err := r.queryEvents(ctx, max, `SELECT `+eventColumns+` FROM events e WHERE e.id = ?`, id)
	if err != nil {
		return news.Event{}, fmt.Errorf("event %s: %w", id, err)
	}
	if len(evs) == 0 {
		return news.Event{}, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	return evs[0], nil
}

// Events reads the events of a filter with their evidence. Without a
// cache: the events, then the evidence of all of them (two queries). With
// one: the page's ids and revisions, then the events not cached at their
// revision with their evidence (none, or two more queries).
func (r *Reader) Events(ctx context.Context, f store.EventFilter) ([]news.Event, error) {
	var evs []news.Event
	var err error
	if r.Cache == nil {
		var q string
		var args []any
		if q, args, err = EventsQuery(r.D, f); err == nil {
			evs, err = r.queryEvents(ctx, f.MaxEvidence, q, args...)
		}
	} else {
		evs, err = r.cachedEvents(ctx, f)
	}
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return evs, nil
}

func (r *Reader) cachedEvents(ctx context.Context, f store.EventFilter) ([]news.Event, error) {
	sel, err := eventSelect(r.D, f)
	if err != nil {
		return nil, err
	}
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	rows, err := db.QueryContext(ctx, `SELECT e.id, e.rev`+sel.from+sel.w.sql()+sel.order+limit(f.Limit)+offset(f), sel.w.args...)
	if err != nil {
		return nil, err
	}
	out := []news.Event{}
	var missing []string
	at := map[string]int{}
	for rows.Next() {
		var id string
		var rev int64
		if err := rows.Scan(&id, &rev); err != nil {
			rows.Close()
			return nil, err
		}
		ev, ok := r.Cache.get(id, rev, f.MaxEvidence)
		if !ok {
			ev.ID = id
			missing = append(missing, id)
			at[id] = len(out)
		}
		out = append(out, ev)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(missing) == 0 {
		return out, nil
	}
	in, args := r.D.InList("e.id", missing)
	loaded, revs, err := r.scanEvents(ctx, db, f.MaxEvidence, `SELECT `+eventColumns+` FROM events e WHERE `+in, args...)
	if err != nil {
		return nil, err
	}
	found := map[string]bool{}
	for i, ev := range loaded {
		out[at[ev.ID]] = ev
		found[ev.ID] = true
		r.Cache.put(revs[i], ev, f.MaxEvidence)
	}
	if len(found) < len(missing) {
		// Deleted between the two queries (its last document replaced):
		// the page goes without it.
		kept := out[:0]
		for _, ev := range out {
			if _, miss := at[ev.ID]; !miss || found[ev.ID] {
				kept = append(kept, ev)
			}
		}
		out = kept
	}
	return out, nil
}

func (r *Reader) queryEvents(ctx context.Context, max int, q string, args ...any) ([]news.Event, error) {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	out, _, err := r.scanEvents(ctx, db, max, q, args...)
	return out, err
}

// scanEvents runs a query of eventColumns and reads the events' evidence
// (at most max each, 0 all), returning the events with their revisions.
func (r *Reader) scanEvents(ctx context.Context, db Queryer, max int, q string, args ...any) ([]news.Event, []int64, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, err
	}
	var out []news.Event
	var revs []int64
	for rows.Next() {
		var ev news.Event
		var extra string
		var rev int64
		if err := rows.Scan(&ev.ID, &ev.StoryID, &ev.Date, &ev.DateText, &ev.Source.Code, &ev.Source.Country,
			&ev.Source.Name, &ev.Target.Code, &ev.Target.Country, &ev.Target.Name, &ev.CAMEO, &ev.Root,
			&ev.Goldstein, &ev.QuadClass, &ev.PLOVER, &ev.Coder, &extra, &ev.NumArticles, &ev.NumSources, &rev); err != nil {
			rows.Close()
			return nil, nil, err
		}
		if extra != "" && extra != "{}" {
			var x EventExtra
			if err := json.Unmarshal([]byte(extra), &x); err == nil {
				ev.Issues, ev.Explain, ev.Confidence, ev.Flags, ev.Location = x.Issues, x.Explain, x.Confidence, x.Flags, x.Location
			}
		}
		ev.Evidence = []news.Evidence{}
		out = append(out, ev)
		revs = append(revs, rev)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	index := map[string]int{}
	ids := make([]string, 0, len(out))
	for i, ev := range out {
		index[ev.ID] = i
		ids = append(ids, ev.ID)
	}
	if err := r.loadEvidence(ctx, db, out, index, ids, max); err != nil {
		return nil, nil, err
	}
	return out, revs, nil
}

// loadEvidence reads the evidence of the events ids (out[index[id]]), in
// the order it was added: all of it, or the first max of each event with
// EvidenceCount set on the events that have more.
func (r *Reader) loadEvidence(ctx context.Context, db Queryer, out []news.Event, index map[string]int, ids []string, max int) error {
	for len(ids) > 0 {
		chunk := ids
		if len(chunk) > 500 {
			chunk = chunk[:500]
		}
		ids = ids[len(chunk):]
		in, inArgs := r.D.InList("event_id", chunk)
		q := `SELECT event_id, doc_id, source, sentence, start, "end", spans, 0 FROM evidence
			WHERE ` + in + ` ORDER BY ` + r.D.EvidenceOrder
		if max > 0 {
			// The first max of each event, with its count, in one pass of
			// the event's rows (window functions: SQLite ≥ 3.25, PostgreSQL).
			q = `SELECT event_id, doc_id, source, sentence, start, "end", spans, n FROM (
				SELECT event_id, doc_id, source, sentence, start, "end", spans, ` + r.D.EvidenceOrder + ` AS o,
					ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY ` + r.D.EvidenceOrder + `) AS rn,
					COUNT(*) OVER (PARTITION BY event_id) AS n
				FROM evidence WHERE ` + in + `) capped
				WHERE rn <= ` + strconv.Itoa(max) + ` ORDER BY o`
		}
		rows, err := db.QueryContext(ctx, q, inArgs...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, spans string
			var e news.Evidence
			var n int
			if err := rows.Scan(&id, &e.DocID, &e.Source, &e.Sentence, &e.Start, &e.End, &spans, &n); err != nil {
				rows.Close()
				return err
			}
			setSpans(&e, spans)
			if i, ok := index[id]; ok {
				out[i].Evidence = append(out[i].Evidence, e)
				if max > 0 && n > max {
					out[i].EvidenceCount = n
				}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// Series counts canonical events between two actors (or of one actor)
// per period.
func (r *Reader) Series(ctx context.Context, q store.SeriesQuery) ([]news.SeriesPoint, error) {
	d := r.D
	if (q.DyadA == "" || q.DyadB == "") && q.Actor == "" {
		return nil, fmt.Errorf("series: %w: a dyad needs both sides", store.ErrInvalid)
	}
	if _, err := store.Period("2000-01-01", q.By); err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	f := store.EventFilter{From: q.From, To: q.To, Root: q.Root, QuadClass: q.QuadClass}
	if q.Actor != "" {
		f.Actor = q.Actor
	} else {
		f.DyadA, f.DyadB = q.DyadA, q.DyadB
	}
	sel, err := eventSelect(d, f)
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	defer done()
	rows, err := db.QueryContext(ctx, `SELECT e.date, e.goldstein, e.quad_class, e.src_code, e.tgt_code,
		(SELECT `+d.StringAgg("eg.grp")+` FROM event_groups eg WHERE eg.event_id = e.id)`+
		sel.from+sel.w.sql()+sel.order, sel.w.args...)
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	defer rows.Close()
	var evs []store.SeriesEvent
	for rows.Next() {
		var ev store.SeriesEvent
		var groups sql.NullString
		if err := rows.Scan(&ev.Date, &ev.Goldstein, &ev.QuadClass, &ev.Source, &ev.Target, &groups); err != nil {
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

// EventEvidence reads an event's evidence from the offset-th, at most
// limit, and counts it all (store.EvidenceReader).
func (r *Reader) EventEvidence(ctx context.Context, id string, offset, n int) ([]news.Evidence, int, error) {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("evidence of %s: %w", id, err)
	}
	defer done()
	counts, err := Strings(ctx, db, `SELECT CAST(COUNT(*) AS TEXT) FROM evidence WHERE event_id = ?`, id)
	if err != nil {
		return nil, 0, fmt.Errorf("evidence of %s: %w", id, err)
	}
	total, _ := strconv.Atoi(counts[0])
	if total == 0 {
		return nil, 0, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	rows, err := db.QueryContext(ctx, `SELECT doc_id, source, sentence, start, "end", spans FROM evidence
		WHERE event_id = ? ORDER BY `+r.D.EvidenceOrder+limit(n)+fmt.Sprintf(" OFFSET %d", max(offset, 0)), id)
	if err != nil {
		return nil, 0, fmt.Errorf("evidence of %s: %w", id, err)
	}
	defer rows.Close()
	out := []news.Evidence{}
	for rows.Next() {
		var e news.Evidence
		var spans string
		if err := rows.Scan(&e.DocID, &e.Source, &e.Sentence, &e.Start, &e.End, &spans); err != nil {
			return nil, 0, fmt.Errorf("evidence of %s: %w", id, err)
		}
		setSpans(&e, spans)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("evidence of %s: %w", id, err)
	}
	return out, total, nil
}

// setSpans reads evidence.spans into e.
func setSpans(e *news.Evidence, spans string) {
	if spans != "" && spans != "{}" {
		var sp EvidenceSpans
		if json.Unmarshal([]byte(spans), &sp) == nil {
			e.SourceSpan, e.TargetSpan, e.VerbSpan = sp.Source, sp.Target, sp.Verb
		}
	}
}
