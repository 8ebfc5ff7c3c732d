// Package sqlstore is the SQL the two SQL backends (sqlite, postgres)
// share: the filters of every listing turned into one WHERE clause, the
// queries that read events, documents, quotes, stories and series, and the
// scanning of their rows. A Dialect holds the few places where SQLite and
// PostgreSQL differ (case-insensitive LIKE, string aggregation, list
// parameters, the text index); placeholders are written "?" and a backend
// whose driver wants $n numbers them in its Queryer.
package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
)

// Queryer runs a read query: a *sql.DB, or a backend's wrapper of one.
type Queryer interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

// Execer runs a statement: a transaction, or a backend's wrapper of one.
type Execer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
}

// Strings runs a query of one text column and returns its values.
func Strings(ctx context.Context, db Queryer, q string, args ...any) ([]string, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// ExecEach runs statements that each take the same arguments, stopping at
// the first error.
func ExecEach(ctx context.Context, db Execer, qs []string, args ...any) error {
	for _, q := range qs {
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			return err
		}
	}
	return nil
}

// Pool lends a Queryer for the queries of one read (an events page and
// its evidence); done gives it back once their rows are closed. A backend
// may lend one connection with its prepared statements.
type Pool interface {
	Session(ctx context.Context) (q Queryer, done func(), err error)
}

// DBPool is the Pool of a Queryer that needs no lending, such as a
// *sql.DB.
type DBPool struct{ Queryer }

// Session returns the Queryer itself.
func (p DBPool) Session(context.Context) (Queryer, func(), error) { return p.Queryer, func() {}, nil }

// Dialect is what differs between the backends' SQL.
type Dialect struct {
	Name string
	// ILike is the case-insensitive LIKE operator.
	ILike string
	// FoldEq compares a column with a parameter ignoring case.
	FoldEq func(col string) string
	// StringAgg aggregates the distinct values of expr into one
	// comma-separated string.
	StringAgg func(expr string) string
	// NoIndex prefixes a column to keep the planner from walking an index
	// on it ("+" in SQLite; PostgreSQL's planner needs no hint).
	NoIndex string
	// InList matches col against a list of strings with a fixed SQL text
	// (so that the statement is prepared once whatever the list's length).
	InList func(col string, xs []string) (string, []any)
	// TextIndex, when set, returns a query of the event ids whose evidence
	// may contain text (a superset, rechecked by LIKE), and false when the
	// index cannot serve this text.
	TextIndex func(text string) (string, []any, bool)
	// EvidenceOrder is the column that orders an event's evidence by
	// insertion.
	EvidenceOrder string
}

// SQLite is the dialect of modernc.org/sqlite; its evidence_text table is
// an FTS5 trigram index of the evidence sentences.
var SQLite = Dialect{
	Name:      "sqlite",
	ILike:     "LIKE",
	FoldEq:    func(col string) string { return col + ` = ? COLLATE NOCASE` },
	StringAgg: func(expr string) string { return `group_concat(DISTINCT ` + expr + `)` },
	NoIndex:   "+",
	InList: func(col string, xs []string) (string, []any) {
		return col + ` IN (SELECT value FROM json_each(?))`, []any{jsonList(xs)}
	},
	TextIndex:     sqliteText,
	EvidenceOrder: "seq",
}

// Postgres is the dialect of PostgreSQL (through pgx).
var Postgres = Dialect{
	Name:      "postgres",
	ILike:     "ILIKE",
	FoldEq:    func(col string) string { return `lower(` + col + `) = lower(?)` },
	StringAgg: func(expr string) string { return `string_agg(DISTINCT ` + expr + `, ',')` },
	InList: func(col string, xs []string) (string, []any) {
		return col + ` IN (` + strings.TrimSuffix(strings.Repeat("?,", len(xs)), ",") + `)`, anys(xs)
	},
	EvidenceOrder: "seq",
}

// sqliteText uses the trigram index, which needs three characters and
// takes the pattern without an ESCAPE clause: text with LIKE wildcards or
// shorter text is left to the LIKE scan.
func sqliteText(text string) (string, []any, bool) {
	if len([]rune(text)) < 3 || strings.ContainsAny(text, `%_\`) {
		return "", nil, false
	}
	return `SELECT v.event_id FROM evidence_text t JOIN evidence v ON v.seq = t.rowid WHERE t.sentence LIKE ?`,
		[]any{"%" + text + "%"}, true
}

// jsonList is xs as a JSON array of strings.
func jsonList(xs []string) string {
	b, err := json.Marshal(xs)
	if err != nil { // cannot happen: strings always marshal
		panic(err)
	}
	return string(b)
}

func anys(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// where builds a WHERE clause.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func limit(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(" LIMIT %d", n)
}

// EscapeLike escapes LIKE's wildcards and its escape character (\).
func EscapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// prefixRange gives the bounds [lo, hi) of the codes that start with p,
// so that an index on the code column serves prefix filters.
func prefixRange(p string) (string, string) {
	lo := strings.ToUpper(p)
	return lo, lo + "\U0010FFFF"
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
