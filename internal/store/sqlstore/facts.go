package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

// DocColumns are the documents table's columns as Documents reads them
// and a backend writes them (followed by ok).
const DocColumns = `id, content_hash, url, path, title, source_name, source_domain, source_origin,
	source_affiliation, source_distributor, source_country, published, published_confidence,
	published_from, lang, status, dup_of, dup_score, story_id, text, amounts, ingested_at, places`

// DocumentByHash returns the id of the document with this content hash.
func (r *Reader) DocumentByHash(ctx context.Context, hash string) (string, error) {
	ids, err := r.queryStrings(ctx, `SELECT id FROM documents WHERE content_hash = ?`, hash)
	if err != nil {
		return "", fmt.Errorf("document by hash: %w", err)
	}
	if len(ids) == 0 {
		return "", store.ErrNotFound
	}
	return ids[0], nil
}

// Document reads one document.
func (r *Reader) Document(ctx context.Context, id string) (news.Document, error) {
	docs, err := r.queryDocs(ctx, `SELECT `+DocColumns+` FROM documents WHERE id = ?`, id)
	if err != nil {
		return news.Document{}, fmt.Errorf("document %s: %w", id, err)
	}
	if len(docs) == 0 {
		return news.Document{}, fmt.Errorf("document %s: %w", id, store.ErrNotFound)
	}
	return docs[0], nil
}

// DocumentsQuery is the SQL of Documents, sorted by (published, id).
func DocumentsQuery(d Dialect, f store.DocFilter) (string, []any, error) {
	var w where
	switch f.Status {
	case "ok":
		w.add(`ok = 1`)
	case "failed":
		w.add(`ok = 0`)
	case "":
	default:
		return "", nil, fmt.Errorf("%w: status %q", store.ErrInvalid, f.Status)
	}
	if f.StoryID != "" {
		w.add(`story_id = ?`, f.StoryID)
	}
	if f.Source != "" {
		w.add(`(`+d.FoldEq("source_origin")+` OR `+d.FoldEq("source_name")+`)`, f.Source, f.Source)
	}
	if f.From != "" {
		w.add(`published >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`published <= ?`, f.To)
	}
	if len(f.IDs) > 0 {
		in, args := d.InList("id", f.IDs)
		w.add(in, args...)
	}
	if f.After != "" {
		w.add(`(published, id) > (SELECT a.published, a.id FROM documents a WHERE a.id = ?)`, f.After)
	}
	return `SELECT ` + DocColumns + ` FROM documents` + w.sql() + ` ORDER BY published, id` + limit(f.Limit), w.args, nil
}

// Documents lists documents sorted by (published, id).
func (r *Reader) Documents(ctx context.Context, f store.DocFilter) ([]news.Document, error) {
	q, args, err := DocumentsQuery(r.D, f)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	docs, err := r.queryDocs(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return docs, nil
}

// queryAll runs q in one session and turns each row into a T with scan.
func queryAll[T any](ctx context.Context, r *Reader, scan func(*sql.Rows) (T, error), q string, args ...any) ([]T, error) {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func (r *Reader) queryDocs(ctx context.Context, q string, args ...any) ([]news.Document, error) {
	return queryAll(ctx, r, scanDoc, q, args...)
}

// scanDoc reads a row of DocColumns.
func scanDoc(rows *sql.Rows) (news.Document, error) {
	var d news.Document
	var amounts, ingested, places string
	if err := rows.Scan(&d.ID, &d.ContentHash, &d.URL, &d.Path, &d.Title, &d.Source.Name, &d.Source.Domain,
		&d.Source.Origin, &d.Source.Affiliation, &d.Source.Distributor, &d.Source.Country, &d.Published,
		&d.PublishedConfidence, &d.PublishedFrom, &d.Lang, &d.Status, &d.DupOf, &d.DupScore, &d.StoryID,
		&d.Text, &amounts, &ingested, &places); err != nil {
		return d, err
	}
	if err := json.Unmarshal([]byte(places), &d.Places); err != nil {
		return d, fmt.Errorf("places of %s: %w", d.ID, err)
	}
	if d.Places == nil {
		d.Places = []news.Place{}
	}
	if err := json.Unmarshal([]byte(amounts), &d.Amounts); err != nil {
		return d, fmt.Errorf("amounts of %s: %w", d.ID, err)
	}
	if d.Amounts == nil {
		d.Amounts = []news.Amount{}
	}
	d.IngestedAt, _ = time.Parse(time.RFC3339Nano, ingested)
	return d, nil
}

// QuotesQuery is the SQL of Quotes, sorted by (date, id).
func QuotesQuery(d Dialect, f store.QuoteFilter) (string, []any) {
	var w where
	if f.Speaker != "" {
		w.add(`speaker_name `+d.ILike+` ? ESCAPE '\'`, "%"+EscapeLike(f.Speaker)+"%")
	}
	if f.DocID != "" {
		w.add(`doc_id = ?`, f.DocID)
	}
	if f.StoryID != "" {
		w.add(`story_id = ?`, f.StoryID)
	}
	if f.From != "" {
		w.add(`date >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`date <= ?`, f.To)
	}
	if f.Text != "" {
		w.add(`text `+d.ILike+` ? ESCAPE '\'`, "%"+EscapeLike(f.Text)+"%")
	}
	if f.After != "" {
		w.add(`(date, id) > (SELECT a.date, a.id FROM quotes a WHERE a.id = ?)`, f.After)
	}
	return `SELECT id, doc_id, story_id, text, speaker_name, speaker_title, speaker_actor,
		date, date_text, start, "end" FROM quotes` + w.sql() + ` ORDER BY date, id` + limit(f.Limit), w.args
}

// Quotes lists quotes sorted by (date, id).
func (r *Reader) Quotes(ctx context.Context, f store.QuoteFilter) ([]news.Quote, error) {
	q, args := QuotesQuery(r.D, f)
	out, err := queryAll(ctx, r, func(rows *sql.Rows) (news.Quote, error) {
		var q news.Quote
		err := rows.Scan(&q.ID, &q.DocID, &q.StoryID, &q.Text, &q.Speaker.Name, &q.Speaker.Title,
			&q.Speaker.Actor, &q.Date, &q.DateText, &q.Start, &q.End)
		return q, err
	}, q, args...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return out, nil
}

const storyColumns = `id, title, first_seen, last_seen, doc_ids, sources`

// Story reads one story.
func (r *Reader) Story(ctx context.Context, id string) (news.Story, error) {
	sts, err := r.queryStories(ctx, `SELECT `+storyColumns+` FROM stories WHERE id = ?`, id)
	if err != nil {
		return news.Story{}, fmt.Errorf("story %s: %w", id, err)
	}
	if len(sts) == 0 {
		return news.Story{}, fmt.Errorf("story %s: %w", id, store.ErrNotFound)
	}
	return sts[0], nil
}

// StoriesQuery is the SQL of Stories, sorted by (first_seen, id).
func StoriesQuery(f store.StoryFilter) (string, []any) {
	var w where
	if f.From != "" {
		w.add(`last_seen >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`first_seen <= ?`, f.To)
	}
	if f.After != "" {
		w.add(`(first_seen, id) > (SELECT a.first_seen, a.id FROM stories a WHERE a.id = ?)`, f.After)
	}
	return `SELECT ` + storyColumns + ` FROM stories` + w.sql() + ` ORDER BY first_seen, id` + limit(f.Limit), w.args
}

// Stories lists stories sorted by (first_seen, id).
func (r *Reader) Stories(ctx context.Context, f store.StoryFilter) ([]news.Story, error) {
	q, args := StoriesQuery(f)
	sts, err := r.queryStories(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	return sts, nil
}

func (r *Reader) queryStories(ctx context.Context, q string, args ...any) ([]news.Story, error) {
	return queryAll(ctx, r, func(rows *sql.Rows) (news.Story, error) {
		var st news.Story
		var docs, srcs string
		if err := rows.Scan(&st.ID, &st.Title, &st.FirstSeen, &st.LastSeen, &docs, &srcs); err != nil {
			return st, err
		}
		if err := errors.Join(json.Unmarshal([]byte(docs), &st.DocIDs), json.Unmarshal([]byte(srcs), &st.Sources)); err != nil {
			return st, fmt.Errorf("story %s: %w", st.ID, err)
		}
		return st, nil
	}, q, args...)
}

// Signatures calls fn for each signature of kind in insertion order.
func (r *Reader) Signatures(ctx context.Context, kind string, fn func(docID string, data []byte) error) error {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return fmt.Errorf("signatures %s: %w", kind, err)
	}
	defer done()
	rows, err := db.QueryContext(ctx, `SELECT doc_id, data FROM signatures WHERE kind = ? ORDER BY seq`, kind)
	if err != nil {
		return fmt.Errorf("signatures %s: %w", kind, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var data []byte
		if err := rows.Scan(&id, &data); err != nil {
			return fmt.Errorf("signatures %s: %w", kind, err)
		}
		if err := fn(id, data); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Stats counts what the store holds.
func (r *Reader) Stats(ctx context.Context) (store.Stats, error) {
	st := store.Stats{Documents: map[string]int{"ok": 0, "failed": 0}}
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	defer done()
	rows, err := db.QueryContext(ctx, `SELECT (SELECT COUNT(*) FROM documents WHERE ok = 1), (SELECT COUNT(*) FROM documents WHERE ok = 0),
		(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM evidence)`)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	defer rows.Close()
	var ok, failed sql.NullInt64
	if rows.Next() {
		if err := rows.Scan(&ok, &failed, &st.Events, &st.Quotes, &st.Stories, &st.EventsByDoc); err != nil {
			return st, fmt.Errorf("stats: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.Documents["ok"], st.Documents["failed"] = int(ok.Int64), int(failed.Int64)
	return st, nil
}

func (r *Reader) queryStrings(ctx context.Context, q string, args ...any) ([]string, error) {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	return Strings(ctx, db, q, args...)
}
